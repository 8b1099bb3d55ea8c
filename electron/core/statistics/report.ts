// The period report: figures from the period's records, the monthly trend by SQL, and the rule checks as of a day.
import { and, between, count, inArray, isNull, sql } from 'drizzle-orm';
import { mediationCase } from '../../../drizzle/schema';
import { mediatedStates } from '../../shared/case-codes';
import type { PeriodDataset } from '../../shared/package/records';
import { reminderCatalog, reminderCodes } from '../../shared/rules/catalog';
import { periodRange } from '../../shared/rules/case-periods';
import type { Report } from '../../shared/schemas/statistics';
import type { Db } from '../db/open';
import { ruleChecks } from '../rules';
import { loadReportDataset } from './dataset';
import { districtChecks } from './district-checks';
import { computeFigures } from './figures';
import { monthsBetween, monthsOfPeriod, trendMonths } from './months';

/** The day a period's checks are taken and its package's report is dated: the period's end, or today while it runs. */
export function reportAsOf(period: string, today: string): string {
  const { end } = periodRange(period);
  return today < end ? today : end;
}

/** Received, mediated and succeeded per month, for the trend chart (zeros for months without cases). */
export function reportTrend(db: Db, period: string): Report['trend'] {
  const months = trendMonths(period);
  const first = `${months[0]}-01`;
  const last = periodRange(months[months.length - 1]!).end;
  const live = isNull(mediationCase.deletedAt);
  const receivedMonth = sql<string>`substr(${mediationCase.receivedOn}, 1, 7)`;
  const concludedMonth = sql<string>`substr(${mediationCase.concludedOn}, 1, 7)`;
  const received = db
    .select({ month: receivedMonth, n: count() })
    .from(mediationCase)
    .where(and(live, between(mediationCase.receivedOn, first, last)))
    .groupBy(receivedMonth)
    .all();
  const mediated = db
    .select({ month: concludedMonth, n: count(), ok: sql<number>`coalesce(sum(${mediationCase.state} = 'succeeded'), 0)` })
    .from(mediationCase)
    .where(and(live, inArray(mediationCase.state, [...mediatedStates]), between(mediationCase.concludedOn, first, last)))
    .groupBy(concludedMonth)
    .all();
  const r = new Map(received.map((x) => [x.month, x.n]));
  const m = new Map(mediated.map((x) => [x.month, x]));
  return monthsBetween(months[0]!, months[months.length - 1]!).map((month) => ({
    month,
    received: r.get(month) ?? 0,
    mediated: m.get(month)?.n ?? 0,
    succeeded: Number(m.get(month)?.ok ?? 0),
  }));
}

/** The trend from the records alone (the district's side): only the period's own months, from its cases. */
function datasetTrend(ds: PeriodDataset): Report['trend'] {
  const mediated: readonly string[] = mediatedStates;
  return monthsOfPeriod(ds.period).map((month) => {
    const concluded = ds.cases.filter((c) => mediated.includes(c.state) && c.concludedOn?.startsWith(month));
    return {
      month,
      received: ds.cases.filter((c) => c.receivedOn.startsWith(month)).length,
      mediated: concluded.length,
      succeeded: concluded.filter((c) => c.state === 'succeeded').length,
    };
  });
}

function frame(ds: PeriodDataset, generatedAt: string) {
  const { start, end, label } = periodRange(ds.period);
  const o = ds.office[0];
  return { period: ds.period, label, start, end, office: o ? { code: o.code, name: o.name } : null, figures: computeFigures(ds), generatedAt };
}

/** This office's report of a period: the rule checks (工作提醒) are evaluated on `asOf` (see reportAsOf). */
export function officeReport(db: Db, period: string, asOf: string, generatedAt: string): Report {
  const ds = loadReportDataset(db, period);
  const checks = reminderCodes.map((code) => ({
    code,
    title: reminderCatalog[code].title,
    count: ruleChecks[code](db, asOf).length,
    severity: reminderCatalog[code].severity,
  }));
  return { ...frame(ds, generatedAt), trend: reportTrend(db, period), checks };
}

/** A report from one office's records alone (the district's view of a package): its checks are the district checks. */
export function datasetReport(ds: PeriodDataset, generatedAt: string): Report {
  const checks = districtChecks([ds], generatedAt.slice(0, 10)).map(({ code, title, count: n, severity }) => ({ code, title, count: n, severity }));
  return { ...frame(ds, generatedAt), trend: datasetTrend(ds), checks };
}
