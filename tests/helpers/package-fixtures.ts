// Test helper: builds upload packages (format v1, BagIt in a zip, Ed25519-signed) from a dataset, independently of the exporter.
import crypto from 'node:crypto';
import yazl from 'yazl';
import { z } from 'zod';
import { PACKAGE_FORMAT_VERSION, packageEntities, packageEntityNames, type PeriodDataset } from '../../electron/shared/package/records';
import { periodRange } from '../../electron/shared/rules/case-periods';
import { fingerprintOf } from '../../electron/core/district/signature';

export interface OfficeKey {
  privateKey: crypto.KeyObject;
  /** Raw Ed25519 public key, base64. */
  publicKey: string;
}

export function makeOfficeKey(): OfficeKey {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
  const raw = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url');
  return { privateKey, publicKey: raw.toString('base64') };
}

/** A bag before zipping: the top folder and every file by its path inside the bag. */
export interface BagFiles {
  root: string;
  files: Map<string, Buffer>;
}

const sha = (data: Buffer): string => crypto.createHash('sha256').update(data).digest('hex');
const manifestOf = (paths: string[], files: Map<string, Buffer>): Buffer =>
  Buffer.from(paths.map((p) => `${sha(files.get(p) ?? Buffer.alloc(0))}  ${p}\n`).join(''));

function recordsJson(rows: readonly unknown[]): Buffer {
  return Buffer.from(rows.length === 0 ? '[]\n' : `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
}

function csvOf(rows: readonly Record<string, unknown>[], keys: string[]): Buffer {
  const cell = (v: unknown): string => {
    const text = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
    const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [keys.join(','), ...rows.map((r) => keys.map((k) => cell(r[k])).join(','))];
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`${lines.join('\r\n')}\r\n`)]);
}

/** The payload files (paths under data/) of a dataset, as the format describes them. */
export function payloadOf(ds: PeriodDataset): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entity of packageEntityNames) {
    const { stem, schema } = packageEntities[entity];
    const rows = ds[entity] as readonly Record<string, unknown>[];
    files.set(`data/records/${stem}.json`, recordsJson(rows));
    files.set(`data/csv/${stem}.csv`, csvOf(rows, Object.keys(schema.shape)));
    files.set(`data/schemas/${stem}.schema.json`, Buffer.from(`${JSON.stringify(z.toJSONSchema(z.array(schema)), null, 2)}\n`));
  }
  files.set('data/README.txt', Buffer.from('司法所台账数据包（测试）\n'));
  return files;
}

export interface SealOptions {
  key: OfficeKey;
  exportedAt?: string;
  /** bag-info fields to override (or drop with null) after they are computed, e.g. a wrong Payload-Oxum. */
  info?: Record<string, string | null>;
  /** Declared counts override (stem → n). */
  counts?: Record<string, number>;
}

/** Adds the tag files to a payload: bagit.txt, bag-info.txt, manifests, the public key and the signature. */
export function sealBag(ds: PeriodDataset, payload: Map<string, Buffer>, opts: SealOptions): BagFiles {
  const office = ds.office[0];
  if (!office) throw new Error('dataset without office');
  const range = periodRange(ds.period);
  const paths = [...payload.keys()].sort();
  const octets = paths.reduce((sum, p) => sum + (payload.get(p)?.length ?? 0), 0);
  const code = opts.info?.['Ledger-Office-Code'] ?? office.code;
  const root = `ledger-${code}-${ds.period}`;
  const info: Record<string, string | null> = {
    'Source-Organization': office.name,
    'External-Identifier': root,
    'Bagging-Date': (opts.exportedAt ?? '2026-12-01T08:00:00.000Z').slice(0, 10),
    'Payload-Oxum': `${octets}.${paths.length}`,
    'Bag-Software-Agent': '司法所台账 test',
    'Ledger-Format-Version': PACKAGE_FORMAT_VERSION,
    'Ledger-Office-Code': office.code,
    'Ledger-Office-Name': office.name,
    'Ledger-Period': ds.period,
    'Ledger-Period-Start': range.start,
    'Ledger-Period-End': range.end,
    'Ledger-Export-Instant': opts.exportedAt ?? '2026-12-01T08:00:00.000Z',
    'Ledger-Key-Fingerprint': fingerprintOf(Buffer.from(opts.key.publicKey, 'base64')),
  };
  for (const entity of packageEntityNames) {
    const { stem } = packageEntities[entity];
    info[`Ledger-Records-${stem}`] = String(opts.counts?.[stem] ?? ds[entity].length);
  }
  info['Ledger-Dossier-PDFs'] = String(paths.filter((p) => p.startsWith('data/dossiers/')).length);
  Object.assign(info, opts.info ?? {});
  const files = new Map(payload);
  files.set('bagit.txt', Buffer.from('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n'));
  const infoLines = Object.entries(info).filter((e): e is [string, string] => e[1] !== null);
  files.set('bag-info.txt', Buffer.from(infoLines.map(([k, v]) => `${k}: ${v}\n`).join('')));
  files.set('manifest-sha256.txt', manifestOf(paths, files));
  files.set('ledger-signing-key.pub', Buffer.from(`${opts.key.publicKey}\n`));
  resign({ root, files }, opts.key);
  return { root, files };
}

/** Rewrites Payload-Oxum from the payload actually present and signs again (to isolate another fault). */
export function fixOxum(bag: BagFiles, key: OfficeKey): void {
  const payload = [...bag.files].filter(([p]) => p.startsWith('data/'));
  const oxum = `${payload.reduce((a, [, d]) => a + d.length, 0)}.${payload.length}`;
  const info = (bag.files.get('bag-info.txt') ?? Buffer.alloc(0)).toString('utf8').replace(/^Payload-Oxum: .*$/m, `Payload-Oxum: ${oxum}`);
  bag.files.set('bag-info.txt', Buffer.from(info));
  resign(bag, key);
}

/** Recomputes the tag manifest and its signature after a tag file was changed on purpose. */
export function resign(bag: BagFiles, key: OfficeKey): void {
  const tags = ['bag-info.txt', 'bagit.txt', 'ledger-signing-key.pub', 'manifest-sha256.txt'];
  const tagManifest = manifestOf(tags, bag.files);
  bag.files.set('tagmanifest-sha256.txt', tagManifest);
  bag.files.set('tagmanifest-sha256.txt.sig', Buffer.from(`${crypto.sign(null, tagManifest, key.privateKey).toString('base64')}\n`));
}

/** Zips a bag with yazl: one top folder, fixed mtime, entries in path order. */
export function zipBag(bag: BagFiles): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const mtime = new Date('2026-01-01T00:00:00Z');
  for (const path of [...bag.files.keys()].sort()) zip.addBuffer(bag.files.get(path) ?? Buffer.alloc(0), `${bag.root}/${path}`, { mtime });
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
  });
}

/** Dataset → payload → sealed bag → zip bytes. */
export async function buildPackage(ds: PeriodDataset, opts: SealOptions): Promise<Buffer> {
  return zipBag(sealBag(ds, payloadOf(ds), opts));
}
