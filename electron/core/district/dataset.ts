// The district's view of one office and period: the exact-period package, or the union of the packages inside the period.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { districtPackage, type DistrictPackageRow } from '../../../drizzle/schema';
import { packageEntities, packageEntityNames, type PackageEntity, type PeriodDataset } from '../../shared/package/records';
import { periodRange } from '../../shared/rules/case-periods';
import type { Db } from '../db/open';
import { sqliteOf } from '../search/statements';
import { compareRecordKeys } from '../statistics/dataset';

/** The office's current (not replaced) packages, oldest export first (by instant: the fraction digits may differ). */
export function currentPackages(db: Db, officeCode?: string): DistrictPackageRow[] {
  const live = isNull(districtPackage.replacedAt);
  return db
    .select()
    .from(districtPackage)
    .where(officeCode === undefined ? live : and(live, eq(districtPackage.officeCode, officeCode)))
    .orderBy(asc(districtPackage.id))
    .all()
    .sort((a, b) => Date.parse(a.exportedAt) - Date.parse(b.exportedAt) || a.id - b.id);
}

/** True when period `inner` lies wholly inside `outer` (a month in its quarter or year). */
export function insidePeriod(inner: string, outer: string): boolean {
  const a = periodRange(inner);
  const b = periodRange(outer);
  return a.start >= b.start && a.end <= b.end;
}

/**
 * The records of an office for a period: the package of exactly that period when there is one; otherwise
 * the union of the office's packages whose period lies inside it (a quarter from its months), the newer
 * package winning per record key, snapshot entities (office, committees, mediators …) from the latest.
 * Null when the office has no package for the period.
 */
export function districtDataset(db: Db, officeCode: string, period: string): PeriodDataset | null {
  const packages = currentPackages(db, officeCode);
  const exact = packages.filter((p) => p.period === period);
  const chosen = exact.length > 0 ? exact.slice(-1) : packages.filter((p) => insidePeriod(p.period, period));
  const latest = chosen.at(-1);
  if (latest === undefined) return null;
  const select = sqliteOf(db).prepare('SELECT record_key AS k, data FROM district_record WHERE package_id = ? AND entity = ?');
  const dataset: Record<string, unknown> = { period };
  for (const entity of packageEntityNames) {
    const sources = packageEntities[entity].scope === 'snapshot' ? [latest] : chosen;
    const byKey = new Map<string, string>();
    for (const pkg of sources) {
      for (const row of select.iterate(pkg.id, entity) as Iterable<{ k: string; data: string }>) byKey.set(row.k, row.data);
    }
    const keys = [...byKey.keys()].sort(compareRecordKeys);
    dataset[entity as PackageEntity] = keys.map((k) => JSON.parse(byKey.get(k) ?? 'null') as unknown);
  }
  return dataset as unknown as PeriodDataset;
}
