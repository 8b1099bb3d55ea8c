// Rotation policy (pure): examples and fast-check properties — newest always kept, per-bucket caps, idempotent, future copies untouched.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectToKeep, type RetentionPolicy } from '../../electron/core/backup/rotation';

const NOW = new Date('2026-11-27T12:00:00Z');
const DAY = 86_400_000;
const ago = (days: number, hours = 0) => ({ at: new Date(NOW.getTime() - days * DAY - hours * 3_600_000) });
const dayKey = (b: { at: Date }) => b.at.toISOString().slice(0, 10);

const backupsArb = fc.array(fc.integer({ min: -3 * DAY, max: 800 * DAY }), { maxLength: 80 }).map((offsets) =>
  offsets.map((ms) => ({ at: new Date(NOW.getTime() - ms) })),
);
const policyArb = fc.record({ daily: fc.nat(10), weekly: fc.nat(6), monthly: fc.nat(14) });

describe('selectToKeep', () => {
  it('keeps one a day for 7 days, one a week for 4 weeks, one a month for 12 months', () => {
    const hourly = Array.from({ length: 400 * 24 }, (_, h) => ago(0, h));
    const kept = selectToKeep(hourly, NOW);
    const days = new Set(kept.map(dayKey));
    expect(days.size).toBe(kept.length);
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(kept[0]).toBe(hourly[0]);
    for (let d = 0; d < 7; d++) expect(days).toContain(dayKey(ago(d)));
    expect(kept.some((b) => b.at < ago(330).at)).toBe(true);
    expect(kept.every((b) => b.at > ago(370).at)).toBe(true);
  });

  it('counts days that have a backup, so a long pause keeps the last week of copies', () => {
    const old = Array.from({ length: 10 }, (_, d) => ago(200 + d));
    expect(selectToKeep(old, NOW, { daily: 7, weekly: 0, monthly: 0 })).toEqual(old.slice(0, 7));
  });

  it('buckets by local time: 23:30 and 00:30 in Beijing are two days even in the same UTC day', () => {
    const late = { at: new Date('2026-11-26T15:30:00Z') }; // 23:30 Beijing
    const early = { at: new Date('2026-11-26T16:30:00Z') }; // 00:30 next day Beijing
    const policy = { daily: 7, weekly: 0, monthly: 0 };
    expect(selectToKeep([early, late], NOW, policy, 0)).toEqual([early]);
    expect(selectToKeep([early, late], NOW, policy, 480)).toEqual([early, late]);
  });

  it('never deletes the newest, even with an empty policy', () => {
    fc.assert(
      fc.property(backupsArb, policyArb, (backups, policy) => {
        const past = backups.filter((b) => b.at <= NOW).sort((a, b) => b.at.getTime() - a.at.getTime());
        const kept = selectToKeep(backups, NOW, policy);
        if (past[0]) expect(kept).toContain(past[0]);
        expect(selectToKeep(backups, NOW, { daily: 0, weekly: 0, monthly: 0 }).length).toBe(Math.min(1, past.length) + backups.length - past.length);
      }),
    );
  });

  it('keeps at most the policy counts, one backup per day, and never a backup dated in the future', () => {
    fc.assert(
      fc.property(backupsArb, policyArb, fc.integer({ min: -720, max: 840 }), (backups, policy: RetentionPolicy, offset) => {
        const kept = selectToKeep(backups, NOW, policy, offset);
        const keptPast = kept.filter((b) => b.at <= NOW);
        expect(keptPast.length).toBeLessThanOrEqual(Math.max(1, policy.daily + policy.weekly + policy.monthly));
        const localDays = keptPast.map((b) => new Date(b.at.getTime() + offset * 60_000).toISOString().slice(0, 10));
        expect(new Set(localDays).size).toBe(localDays.length);
        expect(kept.filter((b) => b.at > NOW)).toEqual(backups.filter((b) => b.at > NOW));
      }),
    );
  });

  it('is idempotent: rotating the kept set again deletes nothing', () => {
    fc.assert(
      fc.property(backupsArb, policyArb, fc.integer({ min: -720, max: 840 }), (backups, policy, offset) => {
        const kept = selectToKeep(backups, NOW, policy, offset);
        expect(selectToKeep(kept, NOW, policy, offset)).toEqual(kept);
      }),
    );
  });
});
