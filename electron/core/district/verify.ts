// verifyPackage: zip safety, BagIt, signature, format version, records — every problem of each stage, in Chinese.
import crypto from 'node:crypto';
import { packageEntities, packageEntityNames, type PeriodDataset } from '../../shared/package/records';
import type { PackageVerifyResult } from '../../shared/schemas/package';
import { checkBag, TAG_FILES } from './bag';
import { readLedgerInfo, type LedgerInfo } from './ledger-info';
import { Problems } from './problems';
import { checkRecords, datasetOf, type RecordReader } from './records-check';
import { checkSignature, shippedKey, type KeyStatus } from './signature';
import { readPackageZip, type KeepKind } from './zip-read';

/** The registered public key (base64) of an office, or null when none is registered. */
export type KeyLookup = (officeCode: string) => string | null;

export interface Verified {
  result: PackageVerifyResult;
  info: LedgerInfo | null;
  /** One entity's records of a valid package, parsed on demand (import stores them one entity at a time). */
  records: RecordReader | null;
  /** Every record of a valid package at once (parsed on first access). */
  readonly dataset: PeriodDataset | null;
}

const TAG_NAMES = new Set(TAG_FILES);
const RECORD_FILES = new Set(packageEntityNames.map((e) => `data/records/${packageEntities[e].stem}.json`));

/** Entries kept in memory: the exact tag files and the format's records files; everything else is hashed and dropped. */
function keepOf(name: string): KeepKind | null {
  const slash = name.indexOf('/');
  if (slash < 0) return null;
  const inner = name.slice(slash + 1);
  if (TAG_NAMES.has(inner)) return 'tag';
  return RECORD_FILES.has(inner) ? 'records' : null;
}

const SUPPORTED_MAJOR = '1';

function summaryOf(info: LedgerInfo, publicKey: string, keyStatus: KeyStatus): NonNullable<PackageVerifyResult['summary']> {
  return {
    officeCode: info.officeCode,
    officeName: info.officeName,
    period: info.period,
    formatVersion: info.formatVersion,
    exportedAt: info.exportedAt,
    keyFingerprint: info.keyFingerprint,
    publicKey,
    keyStatus,
    counts: info.counts,
  };
}

/** Verifies a package held in memory; nothing is written anywhere. */
export async function verifyPackage(source: Buffer, lookupKey: KeyLookup, fileName = 'package.zip'): Promise<Verified> {
  const problems = new Problems();
  const sha256 = crypto.createHash('sha256').update(source).digest('hex');
  const done = (info: LedgerInfo | null, summary: PackageVerifyResult['summary'], reader: RecordReader | null): Verified => {
    const records = problems.count === 0 && info ? reader : null;
    let dataset: PeriodDataset | null | undefined;
    return {
      result: { valid: problems.count === 0, fileName, sha256, problems: problems.list, summary },
      info,
      records,
      get dataset() {
        dataset ??= records && info ? datasetOf(info.period, records) : null;
        return dataset;
      },
    };
  };

  const entries = await readPackageZip(source, problems, keepOf);
  if (!entries) return done(null, null, null);
  const bag = checkBag(entries, problems);
  if (!bag) return done(null, null, null);
  const bagProblems = problems.count;
  const info = readLedgerInfo(bag.info, bag.root, problems);
  const registered = info ? lookupKey(info.officeCode) : undefined;
  const keyStatus = checkSignature(bag, info?.keyFingerprint ?? null, registered, problems);
  const summary = info ? summaryOf(info, shippedKey(bag) ?? '', keyStatus) : null;
  if (!info || bagProblems > 0) return done(info, summary, null);
  if (info.formatVersion.split('.')[0] !== SUPPORTED_MAJOR) {
    problems.add('formatUnsupported', `数据包格式版本 ${info.formatVersion} 不受支持（本软件读取 ${SUPPORTED_MAJOR}.x 版）`, 'bag-info.txt');
    return done(info, summary, null);
  }
  // Records are parsed only for a package signed, validly, by the key the district registered for the office:
  // an unknown sender cannot make the district parse anything beyond the tag files (records bytes are only held, capped).
  if (keyStatus !== 'registered' || problems.count > 0) return done(info, summary, null);
  return done(info, summary, await checkRecords(bag, info, problems));
}
