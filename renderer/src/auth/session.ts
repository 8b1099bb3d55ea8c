// Who is using the app and in which state (初始设置 / 登录 / 已登录 / 已锁定): a tiny store the start gate, the header and `useCan` read.
import type { AuthStatus, Role, SessionUser } from '@shared/schemas/auth';
import { IDLE_LOCK_MINUTES_DEFAULT } from '@shared/schemas/auth';
import { useSyncExternalStore } from 'react';
import { ApiCallError, call, onAuthFailure } from '../api/client';
import { loginNotice, sessionActive } from './session-rules';

export type SessionState =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'setup'; office: AuthStatus['office'] }
  | { kind: 'login'; notice: string | null }
  | { kind: 'app'; user: SessionUser; locked: boolean };

let state: SessionState = { kind: 'loading' };
let idleLockMinutes = IDLE_LOCK_MINUTES_DEFAULT;
const listeners = new Set<() => void>();

function set(next: SessionState): void {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, () => state);
}

/** The logged-in user's role, or null before login. */
export function useRole(): Role | null {
  const session = useSession();
  return session.kind === 'app' ? session.user.role : null;
}

/** Whether background work (a job's 400 ms polling) may run now: stops while locked or logged out. */
export function useSessionActive(): boolean {
  return sessionActive(useSession());
}

export function useIdleLockMinutes(): number {
  useSyncExternalStore(subscribe, () => state);
  return idleLockMinutes;
}

export function setIdleLockMinutes(minutes: number): void {
  idleLockMinutes = minutes;
  set({ ...state });
}

/** The state `auth.status` describes. */
export function stateOf(status: AuthStatus, notice: string | null = null): SessionState {
  if (status.needsSetup) return { kind: 'setup', office: status.office };
  if (!status.user) return { kind: 'login', notice };
  return { kind: 'app', user: status.user, locked: status.locked };
}

/** Asks the core who this session is (at start, after setup or recovery). */
export async function loadSession(notice: string | null = null): Promise<void> {
  try {
    const status = await call('auth.status', {});
    idleLockMinutes = status.idleLockMinutes;
    set(stateOf(status, notice));
  } catch (error) {
    set({ kind: 'error', error });
  }
}

export function signedIn(user: SessionUser): void {
  set({ kind: 'app', user, locked: false });
}

/** Shows the login page (logout, a lost session, or after a restore: '已从备份恢复，请重新登录'). */
export function requireLogin(notice: string | null = null): void {
  set({ kind: 'login', notice });
}

export function markLocked(): void {
  if (state.kind === 'app' && !state.locked) set({ ...state, locked: true });
}

/**
 * What a LOCKED or UNAUTHORIZED answer to any call means for the whole app. The auth methods handle their own
 * answers (a wrong password at 解锁 is not a lost session).
 */
export function handleAuthFailure(method: string, err: ApiCallError): void {
  if (method.startsWith('auth.') || state.kind !== 'app') return;
  if (err.code === 'LOCKED') markLocked();
  else if (err.code === 'UNAUTHORIZED') requireLogin(loginNotice(err.message));
}

onAuthFailure(handleAuthFailure);
