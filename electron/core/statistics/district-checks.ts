// District-wide rule checks over offices' period records: 5:2:1 staffing, training coverage, zero reports, unfiled committees.
import type { PeriodDataset } from '../../shared/package/records';
import { reminderCatalog } from '../../shared/rules/catalog';
import { periodRange } from '../../shared/rules/case-periods';
import { staffingProblem } from '../../shared/rules/mediation';
import type { DistrictReport } from '../../shared/schemas/package';
import { inPost, percent } from './figures';
import { monthsOfPeriod } from './months';

type DistrictCheck = DistrictReport['checks'][number];
/** One office's hits of a check: how many, and what they are in words. */
type Hits = { count: number; detail: string } | null;

export const TRAINING_COVERAGE = { code: 'trainingCoverage', title: '调解员培训覆盖率未达100%', severity: 'warning' } as const;

const joined = (parts: readonly string[]) => parts.join('；');

function staffing(ds: PeriodDataset, end: string): Hits {
  const problems = ds.committees.flatMap((c) => {
    const fullTime = ds.mediators.filter((m) => m.committeeId === c.id && m.employment === 'fullTime' && inPost(m, end)).length;
    const problem = staffingProblem(c.kind, fullTime);
    return problem === null ? [] : [`${c.name}：${problem}`];
  });
  return problems.length === 0 ? null : { count: problems.length, detail: joined(problems) };
}

function coverage(ds: PeriodDataset, end: string): Hits {
  const trained = new Set(ds.mediatorTrainings.map((t) => t.mediatorId));
  const staff = ds.mediators.filter((m) => inPost(m, end));
  const untrained = staff.filter((m) => !trained.has(m.id));
  if (untrained.length === 0) return null;
  const rate = percent(staff.length - untrained.length, staff.length);
  return { count: untrained.length, detail: `在职调解员${staff.length}名，本年已培训${staff.length - untrained.length}名（覆盖率${rate}%），未培训：${untrained.map((m) => m.name).join('、')}` };
}

/**
 * Street rounds every half month (2 a month); district rounds every month, checked once the office records any.
 * Only halves and months that ended before `asOf` are due (a period still running is not short of its future rounds).
 */
function zeroReports(ds: PeriodDataset, asOf: string, months: readonly string[]): Hits {
  const has = new Set(ds.investigations.map((r) => `${r.level}:${r.period}`));
  const district = ds.investigations.some((r) => r.level === 'district');
  const due = (month: string, half: 'H1' | 'H2' | 'month') =>
    (half === 'H1' ? `${month}-15` : periodRange(month).end) < asOf;
  const missing = months.flatMap((month) => [
    ...(['H1', 'H2'] as const)
      .filter((h) => due(month, h) && !has.has(`street:${month}-${h}`))
      .map((h) => `${month}${h === 'H1' ? '上半月' : '下半月'}`),
    ...(district && due(month, 'month') && !has.has(`district:${month}`) ? [`${month}区级月度排查`] : []),
  ]);
  return missing.length === 0 ? null : { count: missing.length, detail: `未登记排查（无纠纷也应零报告）：${missing.join('、')}` };
}

function unfiled(ds: PeriodDataset): Hits {
  const names = ds.committees.filter((c) => c.filingNumber === null || c.filedOn === null).map((c) => c.name);
  return names.length === 0 ? null : { count: names.length, detail: `未向区司法局备案：${names.join('、')}` };
}

const officeOf = (ds: PeriodDataset) => ({ code: ds.office[0]?.code ?? '', name: ds.office[0]?.name ?? '未知司法所' });

/**
 * The district-wide checks, each with the offices it finds (pure); a check that finds nothing has count 0. `asOf`
 * (YYYY-MM-DD, default: after every period) is the day the checks are taken: rounds not yet due are not missed.
 */
export function districtChecks(
  list: readonly PeriodDataset[],
  asOf = '9999-12-31',
  /** The months each office's records cover (a quarter from two monthly packages covers two): by default all of the period's. */
  monthsOf: (ds: PeriodDataset) => readonly string[] = (ds) => monthsOfPeriod(ds.period),
): DistrictCheck[] {
  const checks: { code: string; title: string; severity: string; hits: (ds: PeriodDataset) => Hits }[] = [
    { code: 'mediatorStaffing', ...reminderCatalog.mediatorStaffing, hits: (ds) => staffing(ds, periodRange(ds.period).end) },
    { ...TRAINING_COVERAGE, hits: (ds) => coverage(ds, periodRange(ds.period).end) },
    { code: 'investigationMissed', ...reminderCatalog.investigationMissed, hits: (ds) => zeroReports(ds, asOf, monthsOf(ds)) },
    { code: 'committeeNotFiled', ...reminderCatalog.committeeNotFiled, hits: unfiled },
  ];
  return checks.map(({ code, title, severity, hits }) => {
    const offices = list.flatMap((ds) => {
      const h = hits(ds);
      return h === null ? [] : [{ ...officeOf(ds), detail: h.detail, count: h.count }];
    });
    return {
      code,
      title,
      severity,
      count: offices.reduce((a, o) => a + o.count, 0),
      offices: offices.map(({ code: c, name, detail }) => ({ code: c, name, detail })),
    };
  });
}
