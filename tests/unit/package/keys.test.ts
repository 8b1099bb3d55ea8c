// The office's signing key: generated once into <data>/keys/ (0600, PKCS8 PEM), stable afterwards; fingerprints as ssh-keygen prints them.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KEY_FILE, fingerprintOf, officeKey, signBytes } from '../../../electron/core/package/keys';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-key-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('office signing key', () => {
  it('fingerprints a raw key as SHA256:<unpadded base64>', () => {
    const raw = Buffer.alloc(32, 7);
    const digest = crypto.createHash('sha256').update(raw).digest('base64');
    expect(fingerprintOf(raw)).toBe(`SHA256:${digest.replace(/=+$/, '')}`);
    expect(fingerprintOf(raw)).not.toContain('=');
  });

  it('is generated on first use as a private PKCS8 PEM readable by the owner only, and the same key afterwards', () => {
    const dir = tempDir();
    const first = officeKey(dir);
    const file = path.join(dir, 'keys', KEY_FILE);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(path.join(dir, 'keys'))).toEqual([KEY_FILE]);
    expect(Buffer.from(first.publicKey, 'base64')).toHaveLength(32);
    expect(first.fingerprint).toBe(fingerprintOf(Buffer.from(first.publicKey, 'base64')));
    const again = officeKey(dir);
    expect(again.publicKey).toBe(first.publicKey);
    expect(officeKey(tempDir()).publicKey).not.toBe(first.publicKey);
  });

  it('signs so that the raw public key verifies, and a changed byte does not', () => {
    const key = officeKey(tempDir());
    const data = Buffer.from('abc  bagit.txt\n');
    const sig = Buffer.from(signBytes(key.privateKey, data), 'base64');
    const pub = crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(key.publicKey, 'base64').toString('base64url') }, format: 'jwk' });
    expect(crypto.verify(null, data, pub, sig)).toBe(true);
    data[0] = 0x62;
    expect(crypto.verify(null, data, pub, sig)).toBe(false);
  });
});
