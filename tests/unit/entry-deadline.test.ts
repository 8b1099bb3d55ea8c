// 月度录入截止: day N of the next month, at the 7th/8th day, month and year ends, and another configured day.
import { describe, expect, it } from 'vitest';
import { entryDeadline, isLateEntry } from '../../electron/shared/rules/entry-deadline';

describe('entryDeadline', () => {
  it('is the 7th of the next month by default', () => {
    expect(entryDeadline('2026-11-03', 7)).toBe('2026-12-07');
    expect(entryDeadline('2026-01-31', 7)).toBe('2026-02-07');
    expect(entryDeadline('2026-12-31', 7)).toBe('2027-01-07');
    expect(entryDeadline('2026-12-01', 7)).toBe('2027-01-07');
  });
  it('follows the configured day', () => {
    expect(entryDeadline('2026-02-28', 10)).toBe('2026-03-10');
    expect(entryDeadline('2026-11-15', 1)).toBe('2026-12-01');
  });
});

describe('isLateEntry', () => {
  it('is on time through the 7th and late from the 8th', () => {
    expect(isLateEntry('2026-11-30', '2026-11-30', 7)).toBe(false);
    expect(isLateEntry('2026-12-07', '2026-11-30', 7)).toBe(false);
    expect(isLateEntry('2026-12-08', '2026-11-30', 7)).toBe(true);
  });
  it('crosses the year end', () => {
    expect(isLateEntry('2027-01-07', '2026-12-31', 7)).toBe(false);
    expect(isLateEntry('2027-01-08', '2026-12-31', 7)).toBe(true);
  });
  it('month ends: January 31 is due February 7', () => {
    expect(isLateEntry('2026-02-07', '2026-01-31', 7)).toBe(false);
    expect(isLateEntry('2026-02-08', '2026-01-31', 7)).toBe(true);
  });
  it('uses the configured day', () => {
    expect(isLateEntry('2026-12-10', '2026-11-20', 10)).toBe(false);
    expect(isLateEntry('2026-12-11', '2026-11-20', 10)).toBe(true);
    expect(isLateEntry('2026-12-02', '2026-11-20', 1)).toBe(true);
  });
});
