// District statistics for a period: each office's report from its packages, the sum, the district-wide checks and who is missing.
import { asc } from 'drizzle-orm';
import { districtOffice } from '../../../drizzle/schema';
import type { PeriodDataset } from '../../shared/package/records';
import { periodRange } from '../../shared/rules/case-periods';
import type { DistrictReport } from '../../shared/schemas/package';
import type { Report } from '../../shared/schemas/statistics';
import type { Db } from '../db/open';
import { districtChecks } from '../statistics/district-checks';
import { monthsOfPeriod } from '../statistics/months';
import { datasetReport } from '../statistics/report';
import { sumFigures } from '../statistics/sum-figures';
import { currentPackages, districtDataset, insidePeriod } from './dataset';

/** The offices' trends added month by month (every office's report of the period has the same months). */
function sumTrend(period: string, reports: readonly Report[]): Report['trend'] {
  return monthsOfPeriod(period).map((month) => {
    const points = reports.flatMap((r) => r.trend.filter((t) => t.month === month));
    return {
      month,
      received: points.reduce((a, t) => a + t.received, 0),
      mediated: points.reduce((a, t) => a + t.mediated, 0),
      succeeded: points.reduce((a, t) => a + t.succeeded, 0),
    };
  });
}

/** The months of `period` an office's current packages cover: all of them with a package of exactly that period. */
function coveredMonths(db: Db, code: string, period: string): string[] {
  const periods = currentPackages(db, code).map((p) => p.period);
  if (periods.includes(period)) return monthsOfPeriod(period);
  const covered = new Set(periods.filter((p) => insidePeriod(p, period)).flatMap((p) => monthsOfPeriod(p)));
  return monthsOfPeriod(period).filter((m) => covered.has(m));
}

/**
 * Offices whose packages leave months of the period out (a quarter from two of its three months): their figures
 * cover less than the period. Only months that ended before `asOf` are expected.
 */
function coverageCheck(period: string, datasets: readonly PeriodDataset[], covered: (ds: PeriodDataset) => readonly string[], asOf: string): DistrictReport['checks'][number] {
  const due = monthsOfPeriod(period).filter((m) => periodRange(m).end < asOf);
  const offices = datasets.flatMap((ds) => {
    const code = ds.office[0]?.code ?? '';
    const have = new Set(covered(ds));
    const lacking = due.filter((m) => !have.has(m));
    return lacking.length === 0 ? [] : [{ code, name: ds.office[0]?.name ?? code, detail: `缺少 ${lacking.join('、')} 的数据包，统计只含已报送的月份` }];
  });
  return { code: 'packageCoverage', title: '数据包未覆盖统计期间的全部月份', severity: 'warning', count: offices.length, offices };
}

export function districtReport(db: Db, period: string, generatedAt: string): DistrictReport {
  const { start, end, label } = periodRange(period);
  const registered = db.select({ code: districtOffice.code, name: districtOffice.name }).from(districtOffice).orderBy(asc(districtOffice.code)).all();
  const codes = [...new Set([...registered.map((o) => o.code), ...currentPackages(db).map((p) => p.officeCode)])].sort();
  const datasets: PeriodDataset[] = [];
  for (const code of codes) {
    const ds = districtDataset(db, code, period);
    if (ds) datasets.push(ds);
  }
  const offices = datasets.map((ds) => datasetReport(ds, generatedAt));
  const asOf = generatedAt.slice(0, 10);
  const months = new Map(datasets.map((ds) => [ds, coveredMonths(db, ds.office[0]?.code ?? '', period)]));
  const covered = (ds: PeriodDataset) => months.get(ds) ?? [];
  // 排查 rounds are looked for only in the months the office's packages cover; missing months are their own check.
  const checks = [...districtChecks(datasets, asOf, covered), coverageCheck(period, datasets, covered, asOf)];
  const present = new Set(datasets.map((ds) => ds.office[0]?.code));
  const total: Report = {
    period,
    label,
    start,
    end,
    office: null,
    figures: sumFigures(offices.map((r) => r.figures)),
    trend: sumTrend(period, offices),
    checks: checks.map(({ code, title, count, severity }) => ({ code, title, count, severity })),
    generatedAt,
  };
  return { period, label, offices, total, checks, missing: registered.filter((o) => !present.has(o.code)) };
}
