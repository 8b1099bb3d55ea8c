// importPackage: verify, then store the records in the district tables in one audited transaction (idempotent; newer replaces older).
import { and, eq, isNull } from 'drizzle-orm';
import { districtOffice, districtPackage, districtRecord, type DistrictPackageRow } from '../../../drizzle/schema';
import { AppError } from '../../shared/errors';
import { packageEntityNames, recordKeyOf } from '../../shared/package/records';
import type { PackageVerifyResult } from '../../shared/schemas/package';
import type { Db } from '../db/open';
import { sqliteOf } from '../search/statements';
import type { AsyncCallContext, CallContext } from '../services/context';
import type { RecordReader } from './records-check';
import { verifyPackage, type Verified } from './verify';

export interface ImportOutcome {
  outcome: 'imported' | 'replaced' | 'unchanged';
  packageId: number;
  verify: PackageVerifyResult;
}

/** The registered key of an office (base64), or null. */
export function registeredKey(db: Db, officeCode: string): string | null {
  return db.select({ key: districtOffice.publicKey }).from(districtOffice).where(eq(districtOffice.code, officeCode)).get()?.key ?? null;
}

/** What the audit shows of a package (no records). */
export function packageAudit(p: DistrictPackageRow): Record<string, unknown> {
  return { officeCode: p.officeCode, officeName: p.officeName, period: p.period, fileName: p.fileName, sha256: p.sha256, exportedAt: p.exportedAt, counts: p.counts, replacedAt: p.replacedAt };
}

/** One Chinese sentence for a refused package: the first problems and how many there are. */
export function refusalMessage(result: PackageVerifyResult): string {
  const first = result.problems.slice(0, 3).map((p) => p.message);
  const more = result.problems.length > 3 ? `等 ${result.problems.length} 个问题` : '';
  return `数据包未通过校验，未导入：${first.join('；')}${more}`;
}

/** Writes the package row and its records, entity by entity, through one prepared statement. */
function store(c: CallContext, fileName: string, sha256: string, verify: PackageVerifyResult, records: RecordReader): DistrictPackageRow {
  const s = verify.summary;
  if (!s) throw new Error('valid package without summary');
  const row = c.db
    .insert(districtPackage)
    .values({
      officeCode: s.officeCode,
      officeName: s.officeName,
      period: s.period,
      fileName,
      sha256,
      formatVersion: s.formatVersion,
      exportedAt: s.exportedAt,
      keyFingerprint: s.keyFingerprint,
      counts: s.counts,
      importedAt: c.now,
    })
    .returning()
    .get();
  const insert = sqliteOf(c.db).prepare('INSERT INTO district_record (package_id, entity, record_key, data) VALUES (?, ?, ?, ?)');
  for (const entity of packageEntityNames) {
    for (const record of records(entity)) insert.run(row.id, entity, recordKeyOf(entity, record), JSON.stringify(record));
  }
  return row;
}

/**
 * Verifies `source` (outside any transaction), then imports it: the same zip again changes nothing; a
 * newer export of the same office and period replaces the current package (audited with both); an older
 * or equally old one is refused.
 */
export async function importPackage(call: AsyncCallContext, source: Buffer, fileName: string, checked?: Verified): Promise<ImportOutcome> {
  // A caller that has just verified `source` (the CLI prints every problem first) passes its result along.
  const verified = checked ?? (await verifyPackage(source, (code) => call.read((c) => registeredKey(c.db, code)), fileName));
  const { result, records } = verified;
  if (!result.valid || !records || !result.summary) throw new AppError('VALIDATION_FAILED', refusalMessage(result), 'dataBase64');
  const summary = result.summary;
  const same = call.read((c) => c.db.select({ id: districtPackage.id }).from(districtPackage).where(eq(districtPackage.sha256, result.sha256)).get());
  if (same) return { outcome: 'unchanged', packageId: same.id, verify: result };

  return call.write((c) => {
    if (registeredKey(c.db, summary.officeCode) !== summary.publicKey) throw new AppError('CONFLICT', '该司法所的登记公钥刚刚被修改，请重新导入');
    if (c.db.select({ id: districtPackage.id }).from(districtPackage).where(eq(districtPackage.sha256, result.sha256)).get()) {
      throw new AppError('CONFLICT', '同一数据包刚刚已被导入');
    }
    const current = c.db
      .select()
      .from(districtPackage)
      .where(and(eq(districtPackage.officeCode, summary.officeCode), eq(districtPackage.period, summary.period), isNull(districtPackage.replacedAt)))
      .get();
    if (current && Date.parse(current.exportedAt) >= Date.parse(summary.exportedAt)) {
      throw new AppError(
        'CONFLICT',
        `已导入${current.officeName} ${current.period} 的数据包（导出于 ${current.exportedAt}），本数据包导出于 ${summary.exportedAt}，不是更新的版本，未导入`,
      );
    }
    if (current) {
      c.db.update(districtPackage).set({ replacedAt: c.now }).where(eq(districtPackage.id, current.id)).run();
      c.db.delete(districtRecord).where(eq(districtRecord.packageId, current.id)).run();
    }
    const row = store(c, fileName, result.sha256, result, records);
    if (current) {
      // The replaced package: as it was, and after (replaced, its records removed, by which package).
      c.audit({ entity: 'districtPackage', entityId: current.id, before: packageAudit(current), after: { ...packageAudit(current), replacedAt: c.now, replacedBy: row.id } });
    }
    c.audit({ entity: 'districtPackage', entityId: row.id, before: null, after: packageAudit(row) });
    return { outcome: current ? 'replaced' : 'imported', packageId: row.id, verify: result };
  });
}
