// The office's Ed25519 signing key: generated on first use into <data>/keys/, never leaves the machine; the public key's fingerprint is registered with the district.
import crypto, { type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import { writeSynced } from '../files/synced-write';
import path from 'node:path';

export interface OfficeKey {
  readonly privateKey: KeyObject;
  /** Raw 32-byte Ed25519 public key, base64. */
  readonly publicKey: string;
  readonly fingerprint: string;
  /** When the key file was written (its mtime), ISO 8601 UTC. */
  readonly createdAt: string;
}

export const KEY_FILE = 'office-signing-key.pem';

/** 'SHA256:' + unpadded base64 of the SHA-256 of the raw public key (as `ssh-keygen -l` prints keys). */
export function fingerprintOf(publicKeyRaw: Buffer): string {
  return `SHA256:${crypto.createHash('sha256').update(publicKeyRaw).digest('base64').replace(/=+$/, '')}`;
}

/** The raw 32 bytes of an Ed25519 public key (the tail of its SPKI DER encoding). */
export function rawPublicKey(key: KeyObject): Buffer {
  const der = key.export({ format: 'der', type: 'spki' });
  return der.subarray(der.length - 32);
}

/**
 * Writes the new key under its final name only once complete: a temp file (0600) linked into place, so a
 * concurrent first use never overwrites a key already written (the loser reads the winner's key).
 */
function writeKey(file: string): void {
  const { privateKey } = crypto.generateKeyPairSync('ed25519');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' });
  const temp = `${file}.${process.pid}.tmp`;
  try {
    writeSynced(temp, pem, { mode: 0o600 });
    fs.linkSync(temp, file);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code !== 'EEXIST') throw cause;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** The office's key, generated into <dataDir>/keys/ on first use. */
export function officeKey(dataDir: string): OfficeKey {
  const folder = path.join(dataDir, 'keys');
  const file = path.join(folder, KEY_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    writeKey(file);
  }
  const privateKey = crypto.createPrivateKey(fs.readFileSync(file));
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`${file} is not an Ed25519 key`);
  const raw = rawPublicKey(crypto.createPublicKey(privateKey));
  return { privateKey, publicKey: raw.toString('base64'), fingerprint: fingerprintOf(raw), createdAt: fs.statSync(file).mtime.toISOString() };
}

/** Base64 Ed25519 signature of the exact bytes given. */
export function signBytes(key: KeyObject, data: Buffer): string {
  return crypto.sign(null, data, key).toString('base64');
}
