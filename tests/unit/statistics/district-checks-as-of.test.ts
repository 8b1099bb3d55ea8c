// The district's 排查 check counts only rounds already due on the day it is taken: a running month is not short of its second half.
import { describe, expect, it } from 'vitest';
import { districtChecks } from '../../../electron/core/statistics/district-checks';
import { packageEntityNames, type PeriodDataset } from '../../../electron/shared/package/records';

function officeMonth(period: string, rounds: string[]): PeriodDataset {
  const empty = Object.fromEntries(packageEntityNames.map((e) => [e, []]));
  const at = '2026-11-01T00:00:00.000Z';
  return {
    ...empty,
    period,
    office: [{ name: '玄武门司法所', code: '320102002', district: '玄武区', township: '玄武门街道', address: null, head: null, phone: null }],
    investigations: rounds.map((p, i) => ({
      id: i + 1, level: 'street', period: p, kind: 'routine', conductedOn: `${p.slice(0, 7)}-10`, grid: null, investigators: '王', method: null,
      responsible: '王', reportedOn: null, note: null, createdAt: at, updatedAt: at,
    })),
  } as unknown as PeriodDataset;
}

const missed = (ds: PeriodDataset, asOf?: string) => districtChecks([ds], asOf).find((c) => c.code === 'investigationMissed')!;

describe('district 排查 check and the day it is taken', () => {
  it('mid-month only the first half is due', () => {
    const check = missed(officeMonth('2026-11', []), '2026-11-20');
    expect(check.count).toBe(1);
    expect(check.offices[0]!.detail).toContain('2026-11上半月');
    expect(check.offices[0]!.detail).not.toContain('下半月');
  });

  it('before the 16th nothing is due; after the month both halves are', () => {
    expect(missed(officeMonth('2026-11', []), '2026-11-10').count).toBe(0);
    expect(missed(officeMonth('2026-11', []), '2026-12-01').count).toBe(2);
    expect(missed(officeMonth('2026-11', []), undefined).count).toBe(2);
  });

  it('rounds recorded are not missed', () => {
    expect(missed(officeMonth('2026-11', ['2026-11-H1', '2026-11-H2']), '2026-12-01').count).toBe(0);
  });
});
