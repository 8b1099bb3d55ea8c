// Account management (admin): list, create, edit (role, disable), reset password, unlock; and the idle-lock setting.
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { SQLiteUpdateSetSource } from 'drizzle-orm/sqlite-core';
import { userAccount, type UserAccountRow } from '../../../drizzle/schema';
import { AppError } from '../../shared/errors';
import { asyncHandler, type CallContext, type HandlerGroup } from '../services/context';
import { idleLockMinutes, saveAuthState, toUser, userById, userByName } from './accounts';
import { hashPassword } from './password';

type UserMethod = 'user.list' | 'user.create' | 'user.update' | 'user.resetPassword' | 'user.unlock' | 'security.get' | 'security.save';

function existing(call: CallContext, id: number) {
  const row = userById(call.db, id);
  if (!row) throw new AppError('NOT_FOUND', '找不到该账户', 'id');
  return row;
}

/** Writes `changes` to the account and audits it before and after; `note` is added to the audited after (never a secret). */
function updateAccount(call: CallContext, row: UserAccountRow, changes: SQLiteUpdateSetSource<typeof userAccount>, note: object = {}) {
  const updated = call.db
    .update(userAccount)
    .set({ ...changes, updatedAt: call.now })
    .where(eq(userAccount.id, row.id))
    .returning()
    .get();
  const after = toUser(updated);
  call.audit({ entity: 'user_account', entityId: row.id, before: toUser(row), after: { ...after, ...note } });
  return after;
}

function enabledAdmins(call: CallContext): number {
  return call.db.select({ n: count() }).from(userAccount).where(and(eq(userAccount.role, 'admin'), eq(userAccount.disabled, false))).get()?.n ?? 0;
}

export const userHandlers: HandlerGroup<UserMethod> = {
  'user.list': (_input, { db }) => ({ items: db.select().from(userAccount).orderBy(asc(userAccount.id)).all().map(toUser) }),

  'user.create': asyncHandler(async (input, call) => {
    const taken = () => {
      if (call.read(({ db }) => userByName(db, input.username))) throw new AppError('CONFLICT', '该用户名已被使用', 'username');
    };
    taken();
    const passwordHash = await hashPassword(input.password);
    return call.write((c) => {
      if (userByName(c.db, input.username)) throw new AppError('CONFLICT', '该用户名已被使用', 'username');
      const row = c.db
        .insert(userAccount)
        .values({ username: input.username, displayName: input.displayName, role: input.role, passwordHash, createdAt: c.now, updatedAt: c.now })
        .returning()
        .get();
      const after = toUser(row);
      c.audit({ entity: 'user_account', entityId: row.id, before: null, after });
      return after;
    });
  }),

  'user.update': (input, call) => {
    const row = existing(call, input.id);
    const losesAdmin = row.role === 'admin' && !row.disabled && (input.role !== 'admin' || input.disabled);
    if (losesAdmin && enabledAdmins(call) <= 1) {
      throw new AppError('CONFLICT', '至少需要保留一个启用的管理员账户', input.disabled ? 'disabled' : 'role');
    }
    if (input.disabled && !row.disabled && call.viewer.userId === row.id) throw new AppError('CONFLICT', '不能停用当前登录的账户', 'disabled');
    const disabling = input.disabled && !row.disabled;
    return updateAccount(call, row, {
      displayName: input.displayName,
      role: input.role,
      disabled: input.disabled,
      // A disabled account's sessions end at their next call.
      ...(disabling ? { sessionEpoch: sql`${userAccount.sessionEpoch} + 1` } : {}),
    });
  },

  'user.resetPassword': asyncHandler(async (input, call) => {
    call.read((c) => existing(c, input.id));
    const passwordHash = await hashPassword(input.password);
    return call.write((c) => {
      const changes = { passwordHash, failedAttempts: 0, lockedUntil: null, sessionEpoch: sql`${userAccount.sessionEpoch} + 1` };
      return updateAccount(c, existing(c, input.id), changes, { password: 'reset' });
    });
  }),

  'user.unlock': (input, call) => {
    return updateAccount(call, existing(call, input.id), { failedAttempts: 0, lockedUntil: null });
  },

  'security.get': (_input, { db }) => ({ idleLockMinutes: idleLockMinutes(db) }),

  'security.save': (input, call) => {
    const before = { idleLockMinutes: idleLockMinutes(call.db) };
    saveAuthState(call.db, call.now, { idleLockMinutes: input.idleLockMinutes });
    call.audit({ entity: 'auth_state', entityId: 1, before, after: input });
    return input;
  },
};
