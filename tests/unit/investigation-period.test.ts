// Investigation periods: half months for street rounds, months for district rounds; labels, ranges and year tiling.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isPeriodFor,
  levelOfPeriod,
  parsePeriod,
  periodLabel,
  periodOf,
  periodRange,
  periodsOfYear,
  previousPeriod,
  type InvestigationLevel,
} from '../../electron/shared/investigation-period';

const levels: InvestigationLevel[] = ['street', 'district'];
const iso = (d: Date) => d.toISOString().slice(0, 10);
const nextDay = (date: string) => iso(new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000));
/** Any calendar day from 1950 to 2100. */
const anyDate = fc.integer({ min: Date.UTC(1950, 0, 1) / 86_400_000, max: Date.UTC(2100, 11, 31) / 86_400_000 }).map((d) => iso(new Date(d * 86_400_000)));

describe('period codes', () => {
  it.each([
    ['2026-11-H1', 'street', { first: '2026-11-01', last: '2026-11-15' }, '2026年11月上半月'],
    ['2026-11-H2', 'street', { first: '2026-11-16', last: '2026-11-30' }, '2026年11月下半月'],
    ['2026-11', 'district', { first: '2026-11-01', last: '2026-11-30' }, '2026年11月'],
    ['2024-02-H2', 'street', { first: '2024-02-16', last: '2024-02-29' }, '2024年2月下半月'],
    ['2026-02', 'district', { first: '2026-02-01', last: '2026-02-28' }, '2026年2月'],
    ['2026-12-H2', 'street', { first: '2026-12-16', last: '2026-12-31' }, '2026年12月下半月'],
  ] as const)('%s is a %s period %j labelled %s', (period, level, range, label) => {
    expect(levelOfPeriod(period)).toBe(level);
    expect(isPeriodFor(level, period)).toBe(true);
    expect(isPeriodFor(level === 'street' ? 'district' : 'street', period)).toBe(false);
    expect(periodRange(period)).toEqual(range);
    expect(periodLabel(period)).toBe(label);
  });

  it.each(['2026-13', '2026-00-H1', '2026-11-H3', '2026-1', '26-11', '2026-11-h1', '2026/11', '', ' 2026-11', '1899-12'])(
    'rejects %j',
    (period) => {
      expect(parsePeriod(period)).toBeNull();
      expect(isPeriodFor('street', period)).toBe(false);
      expect(isPeriodFor('district', period)).toBe(false);
      expect(() => periodRange(period)).toThrow(RangeError);
      expect(() => periodLabel(period)).toThrow(RangeError);
    },
  );

  it('finds the period of a date', () => {
    expect(periodOf('street', '2026-11-15')).toBe('2026-11-H1');
    expect(periodOf('street', '2026-11-16')).toBe('2026-11-H2');
    expect(periodOf('district', '2026-11-30')).toBe('2026-11');
    expect(() => periodOf('street', '2026-02-30')).toThrow(RangeError);
  });

  it('lists the periods of a year, optionally only those begun by a date', () => {
    expect(periodsOfYear('district', 2026)).toHaveLength(12);
    expect(periodsOfYear('street', 2026)).toHaveLength(24);
    expect(periodsOfYear('street', 2026, '2026-02-15')).toEqual(['2026-01-H1', '2026-01-H2', '2026-02-H1']);
    expect(periodsOfYear('street', 2026, '2026-02-16')).toEqual(['2026-01-H1', '2026-01-H2', '2026-02-H1', '2026-02-H2']);
    expect(periodsOfYear('district', 2026, '2025-12-31')).toEqual([]);
    expect(periodsOfYear('district', 2026, '2026-03-01')).toEqual(['2026-01', '2026-02', '2026-03']);
  });

  it('steps back one period across months and years', () => {
    expect(previousPeriod('2026-01-H1')).toBe('2025-12-H2');
    expect(previousPeriod('2026-03-H2')).toBe('2026-03-H1');
    expect(previousPeriod('2026-01')).toBe('2025-12');
  });
});

describe('period properties', () => {
  it('every date lies in exactly one period of each level, the one periodOf names', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        for (const level of levels) {
          const year = Number(date.slice(0, 4));
          const containing = periodsOfYear(level, year).filter((p) => {
            const { first, last } = periodRange(p);
            return first <= date && date <= last;
          });
          expect(containing).toEqual([periodOf(level, date)]);
          expect(isPeriodFor(level, periodOf(level, date))).toBe(true);
        }
      }),
    );
  });

  it('the periods of a year tile it without gaps or overlaps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2999 }), fc.constantFrom(...levels), (year, level) => {
        const ranges = periodsOfYear(level, year).map(periodRange);
        expect(ranges[0]!.first).toBe(`${year}-01-01`);
        expect(ranges.at(-1)!.last).toBe(`${year}-12-31`);
        for (const [i, range] of ranges.entries()) {
          expect(range.first <= range.last).toBe(true);
          if (i > 0) expect(range.first).toBe(nextDay(ranges[i - 1]!.last));
        }
      }),
    );
  });

  it('periodsOfYear with a date keeps exactly the periods begun by then, and previousPeriod inverts the order', () => {
    fc.assert(
      fc.property(anyDate, fc.constantFrom(...levels), (date, level) => {
        const year = Number(date.slice(0, 4));
        const begun = periodsOfYear(level, year, date);
        expect(begun.at(-1)).toBe(periodOf(level, date));
        const all = periodsOfYear(level, year);
        for (let i = 1; i < all.length; i += 1) expect(previousPeriod(all[i]!)).toBe(all[i - 1]);
      }),
    );
  });
});
