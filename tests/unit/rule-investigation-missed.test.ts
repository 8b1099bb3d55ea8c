// Missed investigation rounds: completed half-months and months of the current year; zero reports count; district opt-in.
import { describe, expect, it } from 'vitest';
import { missedRounds, type RoundPeriod } from '../../electron/shared/rules/investigation-missed';

const street = (...periods: string[]): RoundPeriod[] => periods.map((period) => ({ level: 'street', period }));

describe('missedRounds', () => {
  it('lists every completed half month of the year without a round', () => {
    expect(missedRounds([], '2026-02-16').map((m) => m.period)).toEqual(['2026-01-H1', '2026-01-H2', '2026-02-H1']);
    expect(missedRounds([], '2026-02-16')[2]!.label).toBe('2026年2月上半月');
  });

  it('treats a half month as completed only after its last day', () => {
    const december = street('2025-12-H1', '2025-12-H2');
    expect(missedRounds(december, '2026-01-15')).toEqual([]);
    expect(missedRounds(december, '2026-01-16').map((m) => m.period)).toEqual(['2026-01-H1']);
    expect(missedRounds(street('2026-01-H1'), '2026-02-01').map((m) => m.period)).toEqual(['2026-01-H2']);
  });

  it('counts any round of the period; reports last year\'s December in January, and nothing older', () => {
    const rounds = street('2025-12-H2', '2026-01-H1', '2026-01-H2', '2026-02-H1');
    expect(missedRounds(rounds, '2026-02-20')).toEqual([]);
    // 31 December 2025 is the last day of 2025-12-H2: a miss there is only known in the new year.
    expect(missedRounds(street('2025-12-H1'), '2026-01-03').map((m) => m.label)).toEqual(['2025年12月下半月']);
    expect(missedRounds(street('2025-12-H1'), '2026-01-31').map((m) => m.period)).toEqual(['2025-12-H2', '2026-01-H1']);
    expect(missedRounds(street('2026-01-H1', '2026-01-H2'), '2026-02-01')).toEqual([]);
    expect(missedRounds([], '2026-01-03').map((m) => m.period)).toEqual(['2025-12-H1', '2025-12-H2']);
  });

  it('checks district months only once a district round exists', () => {
    const rounds = street('2026-01-H1', '2026-01-H2', '2026-02-H1', '2026-02-H2');
    expect(missedRounds(rounds, '2026-03-05')).toEqual([]);
    const withDistrict: RoundPeriod[] = [...rounds, { level: 'district', period: '2026-02' }];
    expect(missedRounds(withDistrict, '2026-03-05')).toEqual([{ level: 'district', period: '2026-01', label: '2026年1月' }]);
  });
});
