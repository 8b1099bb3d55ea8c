// The report's figures (domain-reference §4.2), computed from a period's records alone: the same on both sides of a package.
import { caseSourceGroups, caseSources, mediatedStates } from '../../shared/case-codes';
import { committeeKinds } from '../../shared/register-codes';
import type { PeriodDataset } from '../../shared/package/records';
import { periodRange } from '../../shared/rules/case-periods';
import type { ReportFigures, Share } from '../../shared/schemas/statistics';

/** n ÷ of × 100 to one decimal (half up); null when `of` is 0. 2 of 3 → 66.7. */
export function percent(n: number, of: number): number | null {
  return of === 0 ? null : Math.round((n * 1000) / of) / 10;
}

/** 分 → 万元 to two decimals: 8_370_000 → 8.37. */
export function wan(fen: number): number {
  return Math.round(fen / 10_000) / 100;
}

const inRange = (date: string | null, start: string, end: string) => date !== null && date >= start && date <= end;
const MEDIATED: readonly string[] = mediatedStates;
const SOURCE_GROUP = new Map<string, string>(caseSources.map((s) => [s.code, s.group]));
const OTHER_CATEGORY = '99';

function shares(items: readonly { code: string; label: string }[], counts: ReadonlyMap<string, number>, whole: number): Share[] {
  return items.map((i) => {
    const count = counts.get(i.code) ?? 0;
    return { code: i.code, label: i.label, count, percent: percent(count, whole) };
  });
}

function tally(codes: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of codes) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
}

/** The 15 national categories in their order (built in, no parent). */
function nationalCategories(ds: PeriodDataset) {
  return ds.disputeCategories
    .filter((c) => c.parentCode === null && c.builtin)
    .sort((a, b) => a.sortOrder - b.sortOrder || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** In post on `day`: started by then (or no start recorded) and not left by then. */
export function inPost(m: { startedOn: string | null; leftOn: string | null }, day: string): boolean {
  return (m.startedOn === null || m.startedOn <= day) && (m.leftOn === null || m.leftOn > day);
}

function caseFigures(ds: PeriodDataset, start: string, end: string) {
  const mediated = ds.cases.filter((c) => MEDIATED.includes(c.state) && inRange(c.concludedOn, start, end));
  const succeeded = mediated.filter((c) => c.state === 'succeeded');
  const national = nationalCategories(ds);
  const nationalCodes = new Set(national.map((c) => c.code));
  const parent = new Map(ds.disputeCategories.map((c) => [c.code, c.parentCode ?? c.code]));
  // A local sub-type counts under its parent; a code unknown to the list counts as 其他.
  const nationalOf = (code: string) => {
    const p = parent.get(code) ?? code;
    return nationalCodes.has(p) ? p : OTHER_CATEGORY;
  };
  const count = (state: string) => mediated.filter((c) => c.state === state).length;
  return {
    mediated,
    cases: {
      received: ds.cases.filter((c) => inRange(c.receivedOn, start, end)).length,
      mediated: mediated.length,
      succeeded: succeeded.length,
      failed: count('failed'),
      terminated: count('terminated'),
      rejected: ds.cases.filter((c) => c.state === 'rejected' && inRange(c.concludedOn, start, end)).length,
      successRate: percent(succeeded.length, mediated.length),
      disputeWan: wan(mediated.reduce((a, c) => a + (c.amountFen ?? 0), 0)),
      agreementWan: wan(succeeded.reduce((a, c) => a + (c.agreementAmountFen ?? 0), 0)),
    },
    categories: shares(national, tally(mediated.map((c) => nationalOf(c.category))), mediated.length),
    sources: shares(caseSourceGroups, tally(mediated.map((c) => SOURCE_GROUP.get(c.source) ?? 'applied')), mediated.length),
    written: succeeded.filter((c) => c.agreementForm === 'written').length,
    oral: succeeded.filter((c) => c.agreementForm === 'oral').length,
  };
}

function stepFigures(ds: PeriodDataset, start: string, end: string): ReportFigures['agreements'] {
  const steps = ds.caseSteps.filter((s) => inRange(s.occurredOn, start, end));
  const of = (kind: string) => steps.filter((s) => s.kind === kind);
  const confirmations = of('judicialConfirmation');
  const performances = of('performance');
  const followUps = of('followUp');
  return {
    written: 0,
    oral: 0,
    confirmations: confirmations.length,
    confirmed: confirmations.filter((s) => s.data.result === 'confirmed').length,
    performances: performances.length,
    performed: performances.filter((s) => s.data.status === 'full').length,
    followUps: followUps.length,
    satisfied: followUps.filter((s) => s.data.satisfaction === 'satisfied' || s.data.satisfaction === 'basic').length,
  };
}

function preventionFigures(ds: PeriodDataset): ReportFigures['prevention'] {
  const sum = (k: 'criminalCases' | 'criminalPersons' | 'petitionCases' | 'petitionPersons' | 'suicideCases' | 'suicidePersons' | 'fights' | 'preventedDisputes') =>
    ds.prevention.reduce((a, p) => a + p[k], 0);
  return {
    criminalCases: sum('criminalCases'),
    criminalPersons: sum('criminalPersons'),
    petitionCases: sum('petitionCases'),
    petitionPersons: sum('petitionPersons'),
    suicideCases: sum('suicideCases'),
    suicidePersons: sum('suicidePersons'),
    fights: sum('fights'),
    preventedDisputes: sum('preventedDisputes'),
    monthsEntered: ds.prevention.length,
  };
}

function investigationFigures(ds: PeriodDataset): ReportFigures['investigation'] {
  const withFindings = new Set(ds.investigationFindings.map((f) => f.investigationId));
  return {
    rounds: ds.investigations.length,
    zeroReports: ds.investigations.filter((r) => !withFindings.has(r.id)).length,
    findings: ds.investigationFindings.length,
    majorFindings: ds.investigationFindings.filter((f) => f.major).length,
  };
}

function peopleFigures(ds: PeriodDataset, start: string, end: string) {
  const committees = tally(ds.committees.map((c) => c.kind));
  const inPostAtEnd = ds.mediators.filter((m) => inPost(m, end));
  const trainedIds = new Set(ds.mediatorTrainings.map((t) => t.mediatorId));
  const trained = inPostAtEnd.filter((m) => trainedIds.has(m.id)).length;
  const partnerKind = new Map(ds.partnerUnits.map((p) => [p.id, p.kind]));
  const jointOf = (kind: string) => ds.jointActivities.filter((a) => partnerKind.get(a.partnerUnitId) === kind).length;
  return {
    organisation: {
      committees: shares(committeeKinds, committees, ds.committees.length).filter((s) => s.count > 0),
      committeesTotal: ds.committees.length,
      mediators: inPostAtEnd.length,
      fullTime: inPostAtEnd.filter((m) => m.employment === 'fullTime').length,
    },
    training: {
      mediators: inPostAtEnd.length,
      trained,
      coverage: percent(trained, inPostAtEnd.length),
      trainingsInPeriod: ds.mediatorTrainings.filter((t) => inRange(t.startDate, start, end)).length,
    },
    joint: { activities: ds.jointActivities.length, courtActivities: jointOf('court'), policeActivities: jointOf('policeStation') },
  };
}

/** Every figure of the report from the period's records (pure). */
export function computeFigures(ds: PeriodDataset): ReportFigures {
  const { start, end } = periodRange(ds.period);
  const c = caseFigures(ds, start, end);
  return {
    cases: c.cases,
    categories: c.categories,
    sources: c.sources,
    agreements: { ...stepFigures(ds, start, end), written: c.written, oral: c.oral },
    prevention: preventionFigures(ds),
    investigation: investigationFigures(ds),
    ...peopleFigures(ds, start, end),
  };
}
