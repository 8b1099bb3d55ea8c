// Password hashing at the real cost (scrypt N=2^17, r=8, p=1), the stored format, and recovery codes.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPassword, newRecoveryCode, normalizeRecoveryCode, verifyPassword } from '../../electron/core/auth/password';

describe('hashPassword / verifyPassword', () => {
  it('stores scrypt$17$8$1 with a 16-byte salt and 32-byte key, and verifies the password', async () => {
    const stored = await hashPassword('mima2026abc');
    const [name, n, r, p, salt, key] = stored.split('$');
    expect([name, n, r, p]).toEqual(['scrypt', '17', '8', '1']);
    expect(Buffer.from(salt!, 'base64')).toHaveLength(16);
    expect(Buffer.from(key!, 'base64')).toHaveLength(32);
    // The key is scrypt's own output for those parameters (not some other derivation).
    const expected = crypto.scryptSync('mima2026abc', Buffer.from(salt!, 'base64'), 32, { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 });
    expect(key).toBe(expected.toString('base64'));
    expect(await verifyPassword('mima2026abc', stored)).toBe(true);
  });

  it('refuses a wrong password, a changed hash and malformed strings', async () => {
    const stored = await hashPassword('mima2026abc');
    expect(await verifyPassword('mima2026abd', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
    const parts = stored.split('$');
    const key = Buffer.from(parts[5]!, 'base64');
    key[0] = key[0]! ^ 1;
    expect(await verifyPassword('mima2026abc', [...parts.slice(0, 5), key.toString('base64')].join('$'))).toBe(false);
    for (const bad of ['', 'plain', 'scrypt$17$8$1$$', 'scrypt$40$8$1$AAAA$AAAA', 'bcrypt$17$8$1$AAAA$AAAA']) {
      expect(await verifyPassword('mima2026abc', bad)).toBe(false);
    }
  });

  it('uses a fresh salt each time, so the same password hashes differently', async () => {
    const [a, b] = await Promise.all([hashPassword('same1234'), hashPassword('same1234')]);
    expect(a).not.toBe(b);
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
  });

  it('verifies with the parameters stored in the string (an older, cheaper hash still verifies)', async () => {
    const salt = crypto.randomBytes(16);
    const key = crypto.scryptSync('old-pass1', salt, 32, { N: 2 ** 14, r: 8, p: 1 });
    const stored = `scrypt$14$8$1$${salt.toString('base64')}$${key.toString('base64')}`;
    expect(await verifyPassword('old-pass1', stored)).toBe(true);
    expect(await verifyPassword('old-pass2', stored)).toBe(false);
  });
});

describe('recovery codes', () => {
  it('are 20 base32 characters in 5 groups of 4, different each time', () => {
    const codes = Array.from({ length: 50 }, newRecoveryCode);
    for (const code of codes) expect(code).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){4}$/);
    expect(new Set(codes).size).toBe(50);
  });

  it('are compared without case, spaces or dashes', () => {
    expect(normalizeRecoveryCode(' abcd-efgh ijkl-mnop-qrst ')).toBe('ABCDEFGHIJKLMNOPQRST');
  });
});
