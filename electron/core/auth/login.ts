// Password attempts with lockout (login, unlock, own-password checks) and the recovery-code reset; every attempt leaves an audit row, even when it fails.
import { eq, sql } from 'drizzle-orm';
import { userAccount, type UserAccountRow } from '../../../drizzle/schema';
import { AppError } from '../../shared/errors';
import type { AsyncCallContext, CallContext } from '../services/context';
import {
  ANONYMOUS_ACTOR,
  addMinutes,
  isLocked,
  LOCKOUT_MINUTES,
  MAX_FAILED_LOGINS,
  messages,
  readAuthState,
  saveAuthState,
  userById,
  userByName,
} from './accounts';
import { dummyPasswordHash, hashPassword, newRecoveryCode, normalizeRecoveryCode, verifyPassword } from './password';

/** One audit row about an account (never a password or hash). */
export function recordAttempt(call: CallContext, userId: number | null, after: Record<string, unknown>): void {
  // Before login the call's actor is 未登录; the row also names the user name that was tried, so the log can be read by person.
  const tried = call.viewer.actor === ANONYMOUS_ACTOR && typeof after.username === 'string' ? `${call.viewer.actor}（${after.username}）` : undefined;
  call.audit({ entity: 'user_account', entityId: userId, before: null, after, ...(tried === undefined ? {} : { actor: tried }) });
}

/** Why a password is being checked: logins and unlocks stamp the login; the others only prove who is at the keyboard. */
export type CheckPurpose = 'login' | 'unlock' | 'change-password' | 'new-recovery-code';

export interface CheckOptions {
  purpose?: CheckPurpose;
  /** True when the login must not take effect any more (the data was restored from a backup while scrypt ran). */
  stale?: () => boolean;
}

interface Counter {
  failures: number;
  lockedUntil: string | null;
}

type Reservation = { kind: 'locked'; until: string } | { kind: 'lock'; until: string } | { kind: 'go'; failures: number };

/**
 * Reserves one attempt BEFORE its scrypt, so that parallel attempts cannot all pass the lock check: refused while
 * locked; an expired lock restarts the count; the attempt after the 5th failure in a row locks at once.
 */
export function reserveAttempt(current: Counter, now: string): Reservation {
  if (isLocked(current, now)) return { kind: 'locked', until: current.lockedUntil! };
  const failures = (current.lockedUntil !== null ? 0 : current.failures) + 1;
  return failures > MAX_FAILED_LOGINS ? { kind: 'lock', until: addMinutes(now, LOCKOUT_MINUTES) } : { kind: 'go', failures };
}

/**
 * Checks `password` for `username`. The attempt is counted before scrypt runs; on success the count is reset (and a
 * login stamped), on failure the 5th in a row locks the account for 15 minutes. Audit rows are committed before any
 * refusal is thrown. A lock set while checking an own password (change-password, new-recovery-code) also ends the
 * account's sessions.
 */
export async function checkPassword(call: AsyncCallContext, username: string, password: string, options: CheckOptions = {}): Promise<UserAccountRow> {
  const purpose = options.purpose ?? 'login';
  const name = username.trim().toLowerCase();
  const tag = purpose === 'login' ? {} : { purpose };
  const endsSessions = purpose === 'change-password' || purpose === 'new-recovery-code';
  const lockSet = (until: string) => ({ lockedUntil: until, ...(endsSessions ? { sessionEpoch: sql`${userAccount.sessionEpoch} + 1` } : {}) });
  const refuse = (c: CallContext, id: number, until: string) => recordAttempt(c, id, { result: 'refused', reason: 'locked', username: name, lockedUntil: until, ...tag });

  // The counter moves in this synchronous block and its audit rows in the one right after it: no other call runs in between.
  const reserved = call.read((c) => {
    const row = userByName(c.db, name);
    if (!row || row.disabled) return { row };
    const next = reserveAttempt({ failures: row.failedAttempts, lockedUntil: row.lockedUntil }, c.now);
    const set = next.kind === 'go' ? { failedAttempts: next.failures, lockedUntil: null } : next.kind === 'lock' ? lockSet(next.until) : null;
    if (set) c.db.update(userAccount).set(set).where(eq(userAccount.id, row.id)).run();
    return { row, next };
  });
  const { row } = reserved;
  if (!row) {
    await verifyPassword(password, await dummyPasswordHash());
    call.write((c) => recordAttempt(c, null, { result: 'failure', reason: 'unknown-user', username: name, ...tag }));
    throw new AppError('UNAUTHORIZED', messages.badCredentials);
  }
  if (row.disabled || !reserved.next) {
    call.write((c) => recordAttempt(c, row.id, { result: 'refused', reason: 'disabled', username: name, ...tag }));
    throw new AppError('UNAUTHORIZED', messages.disabled);
  }
  const { next } = reserved;
  if (next.kind !== 'go') {
    call.write((c) => {
      if (next.kind === 'lock') recordAttempt(c, row.id, { result: 'locked', username: name, lockedUntil: next.until, ...tag });
      refuse(c, row.id, next.until);
    });
    throw new AppError('UNAUTHORIZED', messages.lockedUntil(next.until));
  }

  if (await verifyPassword(password, row.passwordHash)) {
    if (options.stale?.()) throw new AppError('UNAUTHORIZED', messages.restored);
    const outcome = call.write((c) => {
      const current = userById(c.db, row.id);
      if (!current || current.passwordHash !== row.passwordHash || current.disabled) {
        recordAttempt(c, row.id, { result: 'refused', reason: 'account-changed', username: name, ...tag });
        return { refused: messages.badCredentials };
      }
      if (isLocked(current, c.now)) {
        refuse(c, row.id, current.lockedUntil!);
        return { refused: messages.lockedUntil(current.lockedUntil!) };
      }
      const stamp = purpose === 'login' || purpose === 'unlock' ? { lastLoginAt: c.now } : {};
      const updated = c.db.update(userAccount).set({ failedAttempts: 0, lockedUntil: null, ...stamp }).where(eq(userAccount.id, row.id)).returning().get();
      recordAttempt(c, row.id, { result: 'success', username: name, ...tag });
      return { updated };
    });
    if (outcome.refused !== undefined) throw new AppError('UNAUTHORIZED', outcome.refused);
    return outcome.updated;
  }
  const lockedUntil = call.write((c) => {
    const current = userById(c.db, row.id) ?? row;
    recordAttempt(c, row.id, { result: 'failure', reason: 'wrong-password', username: name, failedAttempts: current.failedAttempts, ...tag });
    if (isLocked(current, c.now)) return current.lockedUntil;
    if (current.failedAttempts < MAX_FAILED_LOGINS) return null;
    const until = addMinutes(c.now, LOCKOUT_MINUTES);
    c.db.update(userAccount).set(lockSet(until)).where(eq(userAccount.id, row.id)).run();
    recordAttempt(c, row.id, { result: 'locked', username: name, lockedUntil: until, ...tag });
    return until;
  });
  throw new AppError('UNAUTHORIZED', lockedUntil ? messages.lockedUntil(lockedUntil) : messages.badCredentials);
}

/**
 * The forgotten-password path: an ADMIN's name and the recovery code reset that admin's password, unlock the account
 * and rotate the code. Each attempt is counted before its scrypt; 5 wrong codes in a row suspend recovery for 15 minutes.
 */
export async function recoverAdmin(
  call: AsyncCallContext,
  input: { username: string; recoveryCode: string; password: string },
  options: Pick<CheckOptions, 'stale'> = {},
): Promise<{ row: UserAccountRow; recoveryCode: string }> {
  const name = input.username.trim().toLowerCase();
  const lockState = (until: string) => ({ recoveryLockedUntil: until });
  const { state, next } = call.read((c) => {
    const found = readAuthState(c.db);
    const reservation = reserveAttempt({ failures: found?.recoveryFailures ?? 0, lockedUntil: found?.recoveryLockedUntil ?? null }, c.now);
    if (reservation.kind === 'go') saveAuthState(c.db, c.now, { recoveryFailures: reservation.failures, recoveryLockedUntil: null });
    if (reservation.kind === 'lock') saveAuthState(c.db, c.now, lockState(reservation.until));
    return { state: found, next: reservation };
  });
  if (next.kind !== 'go') {
    call.write((c) => {
      if (next.kind === 'lock') c.audit({ entity: 'auth_state', entityId: 1, before: null, after: { result: 'recovery-locked', until: next.until } });
      recordAttempt(c, null, { result: 'refused', reason: 'recovery-locked', username: name });
    });
    throw new AppError('UNAUTHORIZED', messages.recoveryLocked(next.until));
  }
  const row = call.read(({ db }) => userByName(db, name));
  const codeMatches = await verifyPassword(normalizeRecoveryCode(input.recoveryCode), state?.recoveryHash ?? (await dummyPasswordHash()));
  if (!codeMatches || !state?.recoveryHash || !row || row.role !== 'admin' || row.disabled) {
    const lockedUntil = call.write((c) => {
      const current = readAuthState(c.db);
      const failures = current?.recoveryFailures ?? 0;
      recordAttempt(c, row?.id ?? null, { result: 'failure', reason: 'recovery', username: name, recoveryFailures: failures });
      if (current && isLocked({ lockedUntil: current.recoveryLockedUntil }, c.now)) return current.recoveryLockedUntil;
      if (failures < MAX_FAILED_LOGINS) return null;
      const until = addMinutes(c.now, LOCKOUT_MINUTES);
      saveAuthState(c.db, c.now, lockState(until));
      c.audit({ entity: 'auth_state', entityId: 1, before: null, after: { result: 'recovery-locked', until } });
      return until;
    });
    throw new AppError('UNAUTHORIZED', lockedUntil ? messages.recoveryLocked(lockedUntil) : messages.badRecovery);
  }
  const passwordHash = await hashPassword(input.password);
  const recoveryCode = newRecoveryCode();
  const recoveryHash = await hashPassword(normalizeRecoveryCode(recoveryCode));
  if (options.stale?.()) throw new AppError('UNAUTHORIZED', messages.restored);
  const outcome = call.write((c) => {
    const current = readAuthState(c.db);
    if (current?.recoveryHash !== state.recoveryHash) {
      recordAttempt(c, row.id, { result: 'refused', reason: 'recovery-code-changed', username: name });
      return { refused: messages.badRecovery };
    }
    if (current.recoveryLockedUntil !== null && isLocked({ lockedUntil: current.recoveryLockedUntil }, c.now)) {
      recordAttempt(c, row.id, { result: 'refused', reason: 'recovery-locked', username: name });
      return { refused: messages.recoveryLocked(current.recoveryLockedUntil) };
    }
    const after = c.db
      .update(userAccount)
      .set({ passwordHash, failedAttempts: 0, lockedUntil: null, sessionEpoch: sql`${userAccount.sessionEpoch} + 1`, lastLoginAt: c.now, updatedAt: c.now })
      .where(eq(userAccount.id, row.id))
      .returning()
      .get();
    saveAuthState(c.db, c.now, { recoveryHash, recoveryFailures: 0, recoveryLockedUntil: null });
    recordAttempt(c, row.id, { result: 'recovered', username: name, recoveryCode: 'rotated' });
    return { after };
  });
  if (outcome.refused !== undefined) throw new AppError('UNAUTHORIZED', outcome.refused);
  return { row: outcome.after, recoveryCode };
}
