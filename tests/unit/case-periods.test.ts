// Periods of the case counts: month, quarter and year codes with their ranges and Chinese names.
import { describe, expect, it } from 'vitest';
import { periodRange } from '../../electron/shared/rules/case-periods';

describe('periodRange', () => {
  it('reads a month', () => {
    expect(periodRange('2026-11')).toEqual({ start: '2026-11-01', end: '2026-11-30', label: '2026年11月' });
    expect(periodRange('2028-02')).toEqual({ start: '2028-02-01', end: '2028-02-29', label: '2028年2月' });
  });
  it('reads a quarter', () => {
    expect(periodRange('2026-Q4')).toEqual({ start: '2026-10-01', end: '2026-12-31', label: '2026年第四季度' });
    expect(periodRange('2026-Q1')).toEqual({ start: '2026-01-01', end: '2026-03-31', label: '2026年第一季度' });
  });
  it('reads a year', () => {
    expect(periodRange('2026')).toEqual({ start: '2026-01-01', end: '2026-12-31', label: '2026年' });
  });
  it('refuses anything else', () => {
    expect(() => periodRange('2026-13')).toThrow();
    expect(() => periodRange('2026-Q5')).toThrow();
  });
});
