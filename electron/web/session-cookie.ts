// The web bridge's login session cookie `ledger_sid_<port>`: a random, opaque id naming the browser's session in the core.
import crypto from 'node:crypto';

export function newSessionId(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** Anything else in the cookie counts as no session (a new one is handed out). */
export const isSessionId = (value: string): boolean => /^[A-Za-z0-9_-]{32,64}$/.test(value);
export const sessionCookieName = (port: number): string => `ledger_sid_${port}`;
export const sessionKeyOf = (sessionId: string): string => `web:${sessionId}`;
