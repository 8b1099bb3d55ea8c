// auth.*, user.*, security.*: first-run setup, login and its session, idle lock, recovery, own password; account management.
import { eq, sql } from 'drizzle-orm';
import { office, userAccount } from '../../../drizzle/schema';
import { AppError } from '../../shared/errors';
import {
  accountCount,
  idleLockMinutes,
  messages,
  saveAuthState,
  toSessionUser,
  userById,
} from '../auth/accounts';
import { checkPassword, recordAttempt, recoverAdmin, type CheckPurpose } from '../auth/login';
import { hashPassword, newRecoveryCode, normalizeRecoveryCode } from '../auth/password';
import { userHandlers } from '../auth/users';
import { officeHandlers } from './office';
import { asyncHandler, type AsyncCallContext, type CallContext, type HandlerGroup, type ServiceDeps } from './context';

type AuthMethod =
  | 'auth.status'
  | 'auth.setup'
  | 'auth.login'
  | 'auth.unlock'
  | 'auth.logout'
  | 'auth.lock'
  | 'auth.recover'
  | 'auth.changePassword'
  | 'auth.newRecoveryCode';

const officeRow = (call: CallContext) => call.db.select().from(office).where(eq(office.id, 1)).get();

/** The logged-in account of this call; trusted and anonymous callers have none. */
function ownAccount(call: AsyncCallContext) {
  const { userId } = call.viewer;
  const row = userId === null ? undefined : call.read((c) => userById(c.db, userId));
  if (!row) throw new AppError('UNAUTHORIZED', messages.loginFirst);
  return row;
}

export function authHandlers(deps: Pick<ServiceDeps, 'sessions'>): HandlerGroup<AuthMethod> & typeof userHandlers {
  const { sessions } = deps;
  /** Whether a restore replaced the database since `generation` (read when the call began). */
  const staleSince = (generation: number) => () => sessions.generation !== generation;
  const bind = (call: AsyncCallContext, row: { id: number; sessionEpoch: number }, generation: number) => {
    if (sessions.generation !== generation) throw new AppError('UNAUTHORIZED', messages.restored);
    if (call.viewer.sessionKey !== null) sessions.bind(call.viewer.sessionKey, row.id, row.sessionEpoch, new Date(call.now));
  };
  /** Checks the caller's own password with the login's counter and lockout; a wrong one answers on `field`. */
  const ownPassword = async (call: AsyncCallContext, password: string, purpose: CheckPurpose, field: string, wrong: string) => {
    const own = ownAccount(call);
    try {
      return await checkPassword(call, own.username, password, { purpose });
    } catch (error) {
      if (error instanceof AppError && error.message === messages.badCredentials) throw new AppError('VALIDATION_FAILED', wrong, field);
      throw error;
    }
  };
  return {
    ...userHandlers,
    'auth.status': (_input, call) => {
      const idle = idleLockMinutes(call.db);
      const { userId, sessionKey } = call.viewer;
      const row = userId === null ? undefined : userById(call.db, userId);
      const found = officeRow(call);
      return {
        needsSetup: accountCount(call.db) === 0,
        office: found ? { name: found.name, code: found.code } : null,
        user: row ? toSessionUser(row) : null,
        locked: row !== undefined && sessionKey !== null && sessions.state(sessionKey, new Date(call.now), idle).kind === 'locked',
        idleLockMinutes: idle,
      };
    },

    'auth.setup': asyncHandler(async (input, call) => {
      const generation = sessions.generation;
      const ready = call.read((c) => ({ accounts: accountCount(c.db), office: officeRow(c) !== undefined }));
      if (ready.accounts > 0) throw new AppError('CONFLICT', '已完成初始设置，请直接登录');
      if (!ready.office && input.office === null) throw new AppError('VALIDATION_FAILED', '请先填写本所信息', 'office');
      const passwordHash = await hashPassword(input.admin.password);
      const recoveryCode = newRecoveryCode();
      const recoveryHash = await hashPassword(normalizeRecoveryCode(recoveryCode));
      const row = call.write((c) => {
        if (accountCount(c.db) > 0) throw new AppError('CONFLICT', '已完成初始设置，请直接登录');
        const saveOffice = officeHandlers['office.save'];
        if (!officeRow(c) && input.office !== null && typeof saveOffice === 'function') saveOffice(input.office, c);
        const { username, displayName } = input.admin;
        const created = c.db
          .insert(userAccount)
          .values({ username, displayName, role: 'admin', passwordHash, lastLoginAt: c.now, createdAt: c.now, updatedAt: c.now })
          .returning()
          .get();
        saveAuthState(c.db, c.now, { recoveryHash, recoveryFailures: 0, recoveryLockedUntil: null });
        recordAttempt(c, created.id, { result: 'setup', username, displayName, role: 'admin', recoveryCode: 'issued' });
        return created;
      });
      bind(call, row, generation);
      return { user: toSessionUser(row), recoveryCode };
    }),

    'auth.login': asyncHandler(async (input, call) => {
      const generation = sessions.generation;
      const row = await checkPassword(call, input.username, input.password, { stale: staleSince(generation) });
      bind(call, row, generation);
      return toSessionUser(row);
    }),

    'auth.unlock': asyncHandler(async (input, call) => {
      const generation = sessions.generation;
      const own = ownAccount(call);
      const row = await checkPassword(call, own.username, input.password, { purpose: 'unlock', stale: staleSince(generation) });
      if (call.viewer.sessionKey !== null) sessions.unlock(call.viewer.sessionKey, row.sessionEpoch, new Date(call.now));
      return toSessionUser(row);
    }),

    'auth.logout': asyncHandler(async (_input, call) => {
      const { userId, sessionKey } = call.viewer;
      if (userId !== null) call.write((c) => recordAttempt(c, userId, { result: 'logout' }));
      if (sessionKey !== null) sessions.end(sessionKey);
      return { ok: true as const };
    }),

    'auth.lock': asyncHandler(async (_input, call) => {
      const own = ownAccount(call);
      const { sessionKey } = call.viewer;
      if (sessionKey === null) throw new AppError('UNAUTHORIZED', messages.loginFirst);
      call.write((c) => recordAttempt(c, own.id, { result: 'session-locked', username: own.username }));
      sessions.lock(sessionKey);
      return { ok: true as const };
    }),

    'auth.recover': asyncHandler(async (input, call) => {
      const generation = sessions.generation;
      const { row, recoveryCode } = await recoverAdmin(call, input, { stale: staleSince(generation) });
      sessions.endUser(row.id);
      bind(call, row, generation);
      return { user: toSessionUser(row), recoveryCode };
    }),

    'auth.changePassword': asyncHandler(async (input, call) => {
      const generation = sessions.generation;
      const own = await ownPassword(call, input.current, 'change-password', 'current', '当前密码不正确');
      const passwordHash = await hashPassword(input.password);
      if (staleSince(generation)()) throw new AppError('UNAUTHORIZED', messages.restored);
      const row = call.write((c) => {
        const updated = c.db
          .update(userAccount)
          .set({ passwordHash, sessionEpoch: sql`${userAccount.sessionEpoch} + 1`, updatedAt: c.now })
          .where(eq(userAccount.id, own.id))
          .returning()
          .get();
        recordAttempt(c, own.id, { result: 'password-changed', username: own.username });
        return updated;
      });
      // Other sessions of this account end (their epoch is old); this one stays logged in.
      bind(call, row, generation);
      return { ok: true as const };
    }),

    'auth.newRecoveryCode': asyncHandler(async (input, call) => {
      const generation = sessions.generation;
      const own = await ownPassword(call, input.password, 'new-recovery-code', 'password', '密码不正确');
      const recoveryCode = newRecoveryCode();
      const recoveryHash = await hashPassword(normalizeRecoveryCode(recoveryCode));
      if (staleSince(generation)()) throw new AppError('UNAUTHORIZED', messages.restored);
      call.write((c) => {
        saveAuthState(c.db, c.now, { recoveryHash, recoveryFailures: 0, recoveryLockedUntil: null });
        c.audit({ entity: 'auth_state', entityId: 1, before: null, after: { recoveryCode: 'reissued', by: own.username } });
      });
      return { recoveryCode };
    }),
  };
}
