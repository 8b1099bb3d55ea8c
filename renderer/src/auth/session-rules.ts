// Pure rules of the session store (no imports, so unit tests load them): when the app may work, what a lost session says.

/** Logged in and not locked: the only state in which the app calls the core on its own (polling). */
export function sessionActive(session: { kind: string; locked?: boolean }): boolean {
  return session.kind === 'app' && session.locked !== true;
}

/** What the login page says after the session was lost (an admin reset or disabled the account, a restore). */
export function loginNotice(message: string): string {
  return message === '请先登录' ? '登录已失效，请重新登录' : message;
}

/**
 * What a failed 解锁 leads to: UNAUTHORIZED (an admin reset or disabled the account, or the data was restored
 * meanwhile) → the login page with its notice, since no password unlocks that session; otherwise the dialog's error.
 */
export function unlockFailure(failure: { code?: string | undefined; message: string }): { login: string } | { error: string } {
  return failure.code === 'UNAUTHORIZED' ? { login: loginNotice(failure.message) } : { error: failure.message };
}
