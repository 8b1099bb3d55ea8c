// Login sessions, in memory: which transport session (an IPC window, a browser cookie) is bound to which user.

export interface Session {
  readonly userId: number;
  /** The account's session_epoch at login: a password change or disabling raises it and ends older sessions. */
  epoch: number;
  /** Milliseconds since the epoch of the last call that needed the login. */
  lastSeen: number;
  /** Locked by `auth.lock` or by idling; the user stays known so that `auth.unlock` knows whom to ask. */
  locked: boolean;
}

export type SessionState =
  | { readonly kind: 'none' }
  | { readonly kind: 'active'; readonly session: Session }
  | { readonly kind: 'locked'; readonly session: Session };

export interface SessionStore {
  /** Binds `key` to the user (after a login, setup or recovery): active from `now`. */
  bind(key: string, userId: number, epoch: number, now: Date): void;
  /** The session and whether it is usable now, locking it when it idled longer than `idleMinutes`. */
  state(key: string, now: Date, idleMinutes: number): SessionState;
  touch(key: string, now: Date): void;
  lock(key: string): void;
  unlock(key: string, epoch: number, now: Date): void;
  end(key: string): void;
  /** Ends every session (after a restore). */
  clear(): void;
  /** Raised by every in-app restore: a login whose check began under an older generation must not bind. */
  readonly generation: number;
  /** Ends every session and starts a new generation (the database was replaced by a restore). */
  newGeneration(): void;
  /** Moves a session to a new key (the web bridge's fresh cookie after a login); false when there was none. */
  rename(from: string, to: string): boolean;
  /** Ends every session of one user (the account was removed from under them). */
  endUser(userId: number): void;
  readonly size: number;
}

export function createSessionStore(): SessionStore {
  const sessions = new Map<string, Session>();
  let generation = 0;
  return {
    bind(key, userId, epoch, now) {
      sessions.set(key, { userId, epoch, lastSeen: now.getTime(), locked: false });
    },
    state(key, now, idleMinutes) {
      const session = sessions.get(key);
      if (!session) return { kind: 'none' };
      if (!session.locked && now.getTime() - session.lastSeen > idleMinutes * 60_000) session.locked = true;
      return session.locked ? { kind: 'locked', session } : { kind: 'active', session };
    },
    touch(key, now) {
      const session = sessions.get(key);
      if (session) session.lastSeen = Math.max(session.lastSeen, now.getTime());
    },
    lock(key) {
      const session = sessions.get(key);
      if (session) session.locked = true;
    },
    unlock(key, epoch, now) {
      const session = sessions.get(key);
      if (!session) return;
      session.locked = false;
      session.epoch = epoch;
      session.lastSeen = now.getTime();
    },
    end: (key) => void sessions.delete(key),
    clear: () => sessions.clear(),
    get generation() {
      return generation;
    },
    newGeneration() {
      generation += 1;
      sessions.clear();
    },
    rename(from, to) {
      const session = sessions.get(from);
      if (!session || from === to) return false;
      sessions.delete(from);
      sessions.set(to, session);
      return true;
    },
    endUser(userId) {
      for (const [key, session] of sessions) if (session.userId === userId) sessions.delete(key);
    },
    get size() {
      return sessions.size;
    },
  };
}
