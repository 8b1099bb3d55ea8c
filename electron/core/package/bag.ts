// The BagIt tag files of a package (RFC 8493 + our Ledger-* fields): bagit.txt, bag-info.txt, the manifests, the public key and the signature.
import crypto, { type KeyObject } from 'node:crypto';
import { PACKAGE_FORMAT_VERSION, packageEntities, packageEntityNames, type PackageEntity } from '../../shared/package/records';
import { signBytes } from './keys';

/** A payload file as written: its path inside the bag (data/…), SHA-256 (hex) and size. */
export interface PayloadFile {
  readonly path: string;
  readonly sha256: string;
  readonly size: number;
}

export interface BagFacts {
  readonly name: string;
  readonly office: { readonly code: string; readonly name: string; readonly address: string | null; readonly head: string | null; readonly phone: string | null };
  readonly period: { readonly code: string; readonly start: string; readonly end: string; readonly label: string };
  readonly appVersion: string;
  /** The export instant (ISO UTC) and its Asia/Shanghai day: only in the tag files, never in data/. */
  readonly now: string;
  readonly today: string;
  readonly publicKey: string;
  readonly fingerprint: string;
  readonly counts: { readonly [E in PackageEntity]: number };
  readonly dossierPdfs: number;
}

export const TAG_FILES = ['bagit.txt', 'bag-info.txt', 'manifest-sha256.txt', 'ledger-signing-key.pub'] as const;
export const SIGNATURE_FILE = 'tagmanifest-sha256.txt.sig';

export const sha256Hex = (data: Buffer): string => crypto.createHash('sha256').update(data).digest('hex');

/** One line per value: tag values never span lines (line breaks in office fields become spaces). */
const oneLine = (v: string) => v.replace(/[\r\n]+/g, ' ').trim();

export function bagInfoText(facts: BagFacts, payload: readonly PayloadFile[]): string {
  const octets = payload.reduce((n, f) => n + f.size, 0);
  const { office, period } = facts;
  const fields: [string, string | number | null][] = [
    ['Source-Organization', office.name],
    ['Organization-Address', office.address],
    ['Contact-Name', office.head],
    ['Contact-Phone', office.phone],
    ['External-Identifier', facts.name],
    ['External-Description', `${office.name}${period.label}人民调解数据包（司法所台账数据包格式 ${PACKAGE_FORMAT_VERSION}）`],
    ['Bagging-Date', facts.today],
    ['Payload-Oxum', `${octets}.${payload.length}`],
    ['Bag-Software-Agent', `司法所台账 ${facts.appVersion}`],
    ['Ledger-Format-Version', PACKAGE_FORMAT_VERSION],
    ['Ledger-Office-Code', office.code],
    ['Ledger-Office-Name', office.name],
    ['Ledger-Period', period.code],
    ['Ledger-Period-Start', period.start],
    ['Ledger-Period-End', period.end],
    ['Ledger-Export-Instant', facts.now],
    ['Ledger-Key-Fingerprint', facts.fingerprint],
    ...packageEntityNames.map((e): [string, number] => [`Ledger-Records-${packageEntities[e].stem}`, facts.counts[e]]),
    ['Ledger-Dossier-PDFs', facts.dossierPdfs],
  ];
  return fields
    .filter((f): f is [string, string | number] => f[1] !== null && String(f[1]).trim() !== '')
    .map(([k, v]) => `${k}: ${oneLine(String(v))}\n`)
    .join('');
}

/** `<hex>  <path>` per file, sorted by path (code unit order; every path is ASCII), LF. */
export function manifestText(files: readonly { path: string; sha256: string }[]): string {
  return [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((f) => `${f.sha256}  ${f.path}\n`)
    .join('');
}

/** The tag files in zip order (paths relative to the bag's top folder), signed with the office key. */
export function tagFiles(facts: BagFacts, payload: readonly PayloadFile[], key: KeyObject): { path: string; data: Buffer }[] {
  const tags: { path: string; data: Buffer }[] = [
    { path: 'bagit.txt', data: Buffer.from('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n') },
    { path: 'bag-info.txt', data: Buffer.from(bagInfoText(facts, payload), 'utf8') },
    { path: 'manifest-sha256.txt', data: Buffer.from(manifestText(payload)) },
    { path: 'ledger-signing-key.pub', data: Buffer.from(`${facts.publicKey}\n`) },
  ];
  const tagmanifest = Buffer.from(manifestText(tags.map((t) => ({ path: t.path, sha256: sha256Hex(t.data) }))));
  tags.push({ path: 'tagmanifest-sha256.txt', data: tagmanifest });
  tags.push({ path: SIGNATURE_FILE, data: Buffer.from(`${signBytes(key, tagmanifest)}\n`) });
  return tags;
}
