// Password and recovery-code hashing: scrypt N=2^17, r=8, p=1, 16-byte salt, 32-byte key, params kept in the stored string.
import crypto from 'node:crypto';

export const SCRYPT_LOG2_N = 17;
export const SCRYPT_R = 8;
export const SCRYPT_P = 1;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** 128·N·r bytes are needed (128 MiB at N=2^17); Node's default limit is 32 MiB. */
const MAX_MEM = 256 * 1024 * 1024;

function scrypt(password: string, salt: Buffer, log2N: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    crypto.scrypt(password.normalize('NFC'), salt, KEY_BYTES, { N: 2 ** log2N, r, p, maxmem: MAX_MEM }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** `scrypt$17$8$1$<salt b64>$<hash b64>` with a fresh random salt. */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(SALT_BYTES);
  const key = await scrypt(password, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P);
  return ['scrypt', SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, salt.toString('base64'), key.toString('base64')].join('$');
}

const STORED = /^scrypt\$(\d{1,2})\$(\d{1,3})\$(\d{1,2})\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/;

/** Checks `password` against a stored string, with the cost parameters the string names. A malformed string never verifies. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = STORED.exec(stored);
  if (!match) return false;
  const [log2N, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (log2N < 10 || log2N > 20 || r < 1 || r > 32 || p < 1 || p > 16) return false;
  const expected = Buffer.from(match[5]!, 'base64');
  if (expected.length === 0) return false;
  const key = await scrypt(password, Buffer.from(match[4]!, 'base64'), log2N, r, p);
  return key.length === expected.length && crypto.timingSafeEqual(key, expected);
}

/**
 * Verified against when a login names no account, so that an unknown name costs the same scrypt as a wrong password.
 * Built when the core opens (so the first unknown-name login costs no extra hash); a failed build is not kept.
 */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  if (dummyHash === undefined) {
    const made = hashPassword(crypto.randomBytes(12).toString('base64'));
    dummyHash = made;
    made.catch(() => {
      if (dummyHash === made) dummyHash = undefined;
    });
  }
  return dummyHash;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** 20 random base32 characters as 5 groups of 4: `ABCD-EFGH-IJKL-MNOP-QRST`. */
export function newRecoveryCode(): string {
  const bytes = crypto.randomBytes(20);
  const chars = [...bytes].map((b) => BASE32[b % 32]!).join('');
  return chars.match(/.{4}/g)!.join('-');
}

/** What the user typed, as it was hashed: upper-case, without spaces or dashes. */
export function normalizeRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}
