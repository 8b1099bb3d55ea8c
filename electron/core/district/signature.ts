// The package's signature: the tag manifest signed with the office's Ed25519 key, checked against the key the district registered.
import crypto from 'node:crypto';
import { fingerprintOf } from '../package/keys';
import type { Bag } from './bag';
import { Problems } from './problems';

export { fingerprintOf };

export type KeyStatus = 'registered' | 'unknown' | 'mismatch';

const RAW_KEY = /^[A-Za-z0-9+/]{43}=$/;

function ed25519Key(raw: Buffer): crypto.KeyObject {
  return crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
}

/** The public key shipped in the package (base64), or null when absent or malformed. */
export function shippedKey(bag: Bag): string | null {
  const text = bag.files.get('ledger-signing-key.pub')?.data?.toString('utf8').trim() ?? '';
  return RAW_KEY.test(text) ? text : null;
}

/**
 * Checks the signature of tagmanifest-sha256.txt with the shipped key, the shipped key against bag-info's
 * fingerprint, and the shipped key against the registered one (`registered` is null when none is, undefined
 * when bag-info does not say which office it is).
 */
export function checkSignature(bag: Bag, fingerprint: string | null, registered: string | null | undefined, problems: Problems): KeyStatus {
  const key = shippedKey(bag);
  const sigText = bag.files.get('tagmanifest-sha256.txt.sig')?.data?.toString('utf8').trim() ?? '';
  const tagManifest = bag.files.get('tagmanifest-sha256.txt')?.data ?? Buffer.alloc(0);
  if (!bag.files.has('ledger-signing-key.pub') || !bag.files.has('tagmanifest-sha256.txt.sig')) {
    problems.add('signatureMissing', '数据包缺少签名（tagmanifest-sha256.txt.sig）或签名公钥（ledger-signing-key.pub）');
    return registered ? 'mismatch' : 'unknown';
  }
  if (key === null) {
    problems.add('signatureInvalid', 'ledger-signing-key.pub 不是有效的 Ed25519 公钥', 'ledger-signing-key.pub');
    return registered ? 'mismatch' : 'unknown';
  }
  const raw = Buffer.from(key, 'base64');
  if (fingerprint !== null && fingerprintOf(raw) !== fingerprint) {
    problems.add('keyFingerprintMismatch', `bag-info.txt 声明的公钥指纹 ${fingerprint} 与包内公钥的指纹 ${fingerprintOf(raw)} 不符`, 'bag-info.txt');
  }
  let valid = false;
  try {
    valid = /^[A-Za-z0-9+/]{86}==$/.test(sigText) && crypto.verify(null, tagManifest, ed25519Key(raw), Buffer.from(sigText, 'base64'));
  } catch {
    valid = false;
  }
  if (!valid) problems.add('signatureInvalid', '签名校验失败：tagmanifest-sha256.txt 与签名不符（数据包被改动或签名损坏）', 'tagmanifest-sha256.txt.sig');
  if (registered === undefined) return 'unknown';
  if (registered === null) {
    problems.add('keyUnregistered', `该司法所尚未登记签名公钥；请与司法所核对指纹 ${fingerprintOf(raw)} 后登记`);
    return 'unknown';
  }
  if (registered !== key) {
    problems.add('keyMismatch', `数据包的签名公钥（指纹 ${fingerprintOf(raw)}）不是该司法所登记的公钥（指纹 ${fingerprintOf(Buffer.from(registered, 'base64'))}）`);
    return 'mismatch';
  }
  return 'registered';
}
