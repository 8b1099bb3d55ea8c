// Several offices' figures summed (the district's total): counts added, shares merged by code, rates recomputed from the sums.
import { caseSourceGroups } from '../../shared/case-codes';
import { committeeKinds } from '../../shared/register-codes';
import type { ReportFigures, Share } from '../../shared/schemas/statistics';
import { percent } from './figures';

/** The keys of T whose values are numbers. */
type CountKey<T> = { [K in keyof T]-?: T[K] extends number ? K : never }[keyof T];

function addCounts<T, K extends CountKey<T>>(list: readonly T[], keys: readonly K[]): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of keys) {
    let total = 0;
    for (const x of list) total += x[k] as number;
    out[k] = total;
  }
  return out;
}

/** A stable order for merged shares: the code list's order, then unknown codes by code. */
function orderBy(known: readonly { code: string }[]): (a: string, b: string) => number {
  const rank = new Map(known.map((k, i) => [k.code, i]));
  return (a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0);
}

function mergeShares(lists: readonly (readonly Share[])[], whole: number, compare: (a: string, b: string) => number): Share[] {
  const merged = new Map<string, { label: string; count: number }>();
  for (const list of lists)
    for (const s of list) {
      const m = merged.get(s.code);
      if (m) m.count += s.count;
      else merged.set(s.code, { label: s.label, count: s.count });
    }
  return [...merged.keys()].sort(compare).map((code) => {
    const { label, count } = merged.get(code)!;
    return { code, label, count, percent: percent(count, whole) };
  });
}

/** 万元 added in hundredths, so the sum is exact and does not depend on the order. */
const sumWan = (values: readonly number[]) => values.reduce((a, v) => a + Math.round(v * 100), 0) / 100;

/** The sum of several figures (pure); the sum of one is that one, and the order of the list does not matter. */
export function sumFigures(list: readonly ReportFigures[]): ReportFigures {
  const cases = addCounts(
    list.map((f) => f.cases),
    ['received', 'mediated', 'succeeded', 'failed', 'terminated', 'rejected'],
  );
  const committeesTotal = list.reduce((a, f) => a + f.organisation.committeesTotal, 0);
  const training = addCounts(
    list.map((f) => f.training),
    ['mediators', 'trained', 'trainingsInPeriod'],
  );
  return {
    cases: {
      ...cases,
      successRate: percent(cases.succeeded, cases.mediated),
      // Each office's 万元 is rounded to two decimals already; the district adds those (as printed by each office).
      disputeWan: sumWan(list.map((f) => f.cases.disputeWan)),
      agreementWan: sumWan(list.map((f) => f.cases.agreementWan)),
    },
    // National codes 01–14, 99 sort in the national order.
    categories: mergeShares(
      list.map((f) => f.categories),
      cases.mediated,
      orderBy([]),
    ),
    sources: mergeShares(
      list.map((f) => f.sources),
      cases.mediated,
      orderBy(caseSourceGroups),
    ),
    agreements: addCounts(
      list.map((f) => f.agreements),
      ['written', 'oral', 'confirmations', 'confirmed', 'performances', 'performed', 'followUps', 'satisfied'],
    ),
    prevention: addCounts(
      list.map((f) => f.prevention),
      ['criminalCases', 'criminalPersons', 'petitionCases', 'petitionPersons', 'suicideCases', 'suicidePersons', 'fights', 'preventedDisputes', 'monthsEntered'],
    ),
    investigation: addCounts(
      list.map((f) => f.investigation),
      ['rounds', 'zeroReports', 'findings', 'majorFindings'],
    ),
    organisation: {
      committees: mergeShares(
        list.map((f) => f.organisation.committees),
        committeesTotal,
        orderBy(committeeKinds),
      ),
      committeesTotal,
      mediators: list.reduce((a, f) => a + f.organisation.mediators, 0),
      fullTime: list.reduce((a, f) => a + f.organisation.fullTime, 0),
    },
    training: { ...training, coverage: percent(training.trained, training.mediators) },
    joint: addCounts(
      list.map((f) => f.joint),
      ['activities', 'courtActivities', 'policeActivities'],
    ),
  };
}
