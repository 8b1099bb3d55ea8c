// sumFigures: the sum of one is itself, the order of offices does not matter, and every rate is recomputed from the sums.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percent, wan } from '../../../electron/core/statistics/figures';
import { sumFigures } from '../../../electron/core/statistics/sum-figures';
import { caseSourceGroups } from '../../../electron/shared/case-codes';
import { committeeKinds } from '../../../electron/shared/register-codes';
import type { ReportFigures } from '../../../electron/shared/schemas/statistics';

const CATEGORY_CODES = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '99'];
const n = (max = 50) => fc.integer({ min: 0, max });
const shares = (items: readonly { code: string; label: string }[], counts: number[], whole: number, dropZero = false) =>
  items.map((it, i) => ({ code: it.code, label: it.label, count: counts[i]!, percent: percent(counts[i]!, whole) })).filter((s) => !dropZero || s.count > 0);

/** Figures as computeFigures makes them: percents of their wholes, 万元 to two decimals, committees without zero kinds. */
const figures: fc.Arbitrary<ReportFigures> = fc
  .record({
    cats: fc.array(n(), { minLength: 15, maxLength: 15 }),
    srcSplit: fc.array(n(), { minLength: 2, maxLength: 2 }),
    received: n(200),
    failedTerminated: fc.array(n(5), { minLength: 2, maxLength: 2 }),
    rejected: n(),
    fen: fc.array(fc.integer({ min: 0, max: 9_000_000_000 }), { minLength: 2, maxLength: 2 }),
    counts: fc.array(n(), { minLength: 21, maxLength: 21 }),
    kinds: fc.array(n(5), { minLength: 6, maxLength: 6 }),
    people: fc.array(n(30), { minLength: 2, maxLength: 2 }),
  })
  .map(({ cats, srcSplit, received, failedTerminated, rejected, fen, counts, kinds, people }) => {
    const mediated = cats.reduce((a, c) => a + c, 0);
    const [failed, terminated] = failedTerminated.map((x) => Math.min(x, Math.floor(mediated / 2))) as [number, number];
    const succeeded = mediated - failed - terminated;
    const a = Math.min(srcSplit[0]!, mediated);
    const b = Math.min(srcSplit[1]!, mediated - a);
    const c = counts;
    const committeesTotal = kinds.reduce((x, y) => x + y, 0);
    const [mediators, trainedRaw] = people as [number, number];
    const trained = Math.min(trainedRaw, mediators);
    return {
      cases: { received, mediated, succeeded, failed, terminated, rejected, successRate: percent(succeeded, mediated), disputeWan: wan(fen[0]!), agreementWan: wan(fen[1]!) },
      categories: shares(CATEGORY_CODES.map((code) => ({ code, label: `类型${code}` })), cats, mediated),
      sources: shares(caseSourceGroups, [a, b, mediated - a - b], mediated),
      agreements: { written: c[0]!, oral: c[1]!, confirmations: c[2]!, confirmed: c[3]!, performances: c[4]!, performed: c[5]!, followUps: c[6]!, satisfied: c[7]! },
      prevention: { criminalCases: c[8]!, criminalPersons: c[9]!, petitionCases: c[10]!, petitionPersons: c[11]!, suicideCases: c[12]!, suicidePersons: c[13]!, fights: c[14]!, preventedDisputes: c[15]!, monthsEntered: c[16]! },
      investigation: { rounds: c[17]!, zeroReports: c[18]!, findings: c[19]!, majorFindings: c[20]! },
      organisation: { committees: shares(committeeKinds, kinds, committeesTotal, true), committeesTotal, mediators, fullTime: Math.floor(mediators / 2) },
      training: { mediators, trained, coverage: percent(trained, mediators), trainingsInPeriod: c[0]! },
      joint: { activities: c[1]! + c[2]!, courtActivities: c[1]!, policeActivities: c[2]! },
    };
  });

describe('sumFigures', () => {
  it('the sum of one is that one', () => {
    fc.assert(
      fc.property(figures, (f) => {
        expect(sumFigures([f])).toEqual(f);
      }),
    );
  });

  it('does not depend on the order of the list', () => {
    fc.assert(
      fc.property(fc.array(figures, { minLength: 1, maxLength: 5 }), fc.nat(), (list, seed) => {
        const shuffled = [...list].sort((x, y) => ((x.cases.received * 31 + seed) % 7) - ((y.cases.received * 31 + seed) % 7));
        expect(sumFigures(shuffled)).toEqual(sumFigures(list));
        expect(sumFigures([...list].reverse())).toEqual(sumFigures(list));
      }),
    );
  });

  it('adds counts and recomputes every rate and share from the sums', () => {
    fc.assert(
      fc.property(fc.array(figures, { minLength: 2, maxLength: 5 }), (list) => {
        const s = sumFigures(list);
        const total = (pick: (f: ReportFigures) => number) => list.reduce((a, f) => a + pick(f), 0);
        expect(s.cases.mediated).toBe(total((f) => f.cases.mediated));
        expect(s.cases.successRate).toBe(percent(s.cases.succeeded, s.cases.mediated));
        expect(s.training.coverage).toBe(percent(s.training.trained, s.training.mediators));
        expect(Math.round(s.cases.disputeWan * 100)).toBe(total((f) => Math.round(f.cases.disputeWan * 100)));
        for (const c of s.categories) expect(c.percent).toBe(percent(c.count, s.cases.mediated));
        for (const k of s.organisation.committees) expect(k.percent).toBe(percent(k.count, s.organisation.committeesTotal));
        expect(s.categories.map((c) => c.code)).toEqual(CATEGORY_CODES);
        expect(s.organisation.committees.map((k) => k.code)).toEqual(committeeKinds.map((k) => k.code).filter((code) => s.organisation.committees.some((x) => x.code === code)));
      }),
    );
  });

  it('rounds rates half up to one decimal: 2 of 3 is 66.7, 1 of 8 is 12.5', () => {
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(1, 8)).toBe(12.5);
    expect(percent(1, 0)).toBeNull();
    expect(wan(8_370_000)).toBe(8.37);
    expect(wan(1_806_789)).toBe(1.81);
  });
});
