// Account rows and the office's auth state: reading, the public shape of a user, viewers, and the Chinese messages.
import { count, eq } from 'drizzle-orm';
import { authState, userAccount, type UserAccountRow } from '../../../drizzle/schema';
import { roleLabels, IDLE_LOCK_MINUTES_DEFAULT, type Role, type SessionUser, type User } from '../../shared/schemas/auth';
import { seesSensitive } from '../../shared/access';
import type { Db } from '../db/open';
import type { Viewer } from '../services/context';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;
export const ANONYMOUS_ACTOR = '未登录';

export const messages = {
  loginFirst: '请先登录',
  idleLocked: '长时间未操作，已自动锁定，请输入密码解锁',
  badCredentials: '用户名或密码不正确',
  disabled: '该账户已停用，请联系管理员',
  forbidden: (role: Role) => `当前账户（${roleLabels[role]}）无权执行此操作`,
  lockedUntil: (until: string) => `该账户因连续5次密码错误已锁定，请于${shanghaiClock(until)}后再试或联系管理员解锁`,
  recoveryLocked: (until: string) => `恢复码连续5次错误，已暂停使用，请于${shanghaiClock(until)}后再试`,
  badRecovery: '用户名或恢复码不正确',
  restored: '数据已从备份恢复，请重新登录',
  reopenFailed: '恢复后数据库无法重新打开，请关闭并重新启动程序；若仍失败，请从备份恢复',
} as const;

/** HH:mm in Asia/Shanghai (UTC+8, no daylight saving) of an ISO instant. */
export function shanghaiClock(iso: string): string {
  const shifted = new Date(new Date(iso).getTime() + 8 * 3600_000);
  return shifted.toISOString().slice(11, 16);
}

export function addMinutes(iso: string, minutes: number): string {
  return new Date(new Date(iso).getTime() + minutes * 60_000).toISOString();
}

export function toUser(row: UserAccountRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role as Role,
    disabled: row.disabled,
    lockedUntil: row.lockedUntil,
    lastLoginAt: row.lastLoginAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export function toSessionUser(row: UserAccountRow): SessionUser {
  return { id: row.id, username: row.username, displayName: row.displayName, role: row.role as Role };
}

export function userById(db: Db, id: number): UserAccountRow | undefined {
  return db.select().from(userAccount).where(eq(userAccount.id, id)).get();
}

export function userByName(db: Db, username: string): UserAccountRow | undefined {
  return db.select().from(userAccount).where(eq(userAccount.username, username.trim().toLowerCase())).get();
}

export function accountCount(db: Db): number {
  return db.select({ n: count() }).from(userAccount).get()?.n ?? 0;
}

export function readAuthState(db: Db) {
  return db.select().from(authState).where(eq(authState.id, 1)).get();
}

export function idleLockMinutes(db: Db): number {
  return readAuthState(db)?.idleLockMinutes ?? IDLE_LOCK_MINUTES_DEFAULT;
}

/** Writes the single auth_state row (creating it with defaults when missing). */
export function saveAuthState(db: Db, now: string, set: Partial<Omit<typeof authState.$inferInsert, 'id' | 'updatedAt'>>): void {
  db.insert(authState)
    .values({ id: 1, ...set, updatedAt: now })
    .onConflictDoUpdate({ target: authState.id, set: { ...set, updatedAt: now } })
    .run();
}

/** Locked now? (a lock whose time has passed no longer counts). */
export function isLocked(row: { lockedUntil: string | null }, now: string): boolean {
  return row.lockedUntil !== null && row.lockedUntil > now;
}

export function trustedViewer(actor: string): Viewer {
  return { userId: null, actor, role: 'admin', seesSensitive: true, sessionKey: null };
}

export function anonymousViewer(sessionKey: string): Viewer {
  return { userId: null, actor: ANONYMOUS_ACTOR, role: 'readonly', seesSensitive: false, sessionKey };
}

export function userViewer(row: UserAccountRow, sessionKey: string): Viewer {
  const role = row.role as Role;
  return { userId: row.id, actor: `${row.displayName}（${row.username}）`, role, seesSensitive: seesSensitive(role), sessionKey };
}

/** A session's user as long as the account still exists, is enabled and its epoch did not move. */
export function sessionAccount(db: Db, session: { userId: number; epoch: number }): UserAccountRow | undefined {
  const row = userById(db, session.userId);
  return row && !row.disabled && row.sessionEpoch === session.epoch ? row : undefined;
}
