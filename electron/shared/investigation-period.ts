// Periods of dispute investigations: street rounds per half month ('YYYY-MM-H1'/'-H2'), district rounds per month ('YYYY-MM').
import { isIsoDate } from './validators/date';

export type InvestigationLevel = 'street' | 'district';

export interface ParsedPeriod {
  level: InvestigationLevel;
  year: number;
  month: number;
  /** 1 = days 1–15, 2 = day 16 to the end of the month; null for a monthly (district) period. */
  half: 1 | 2 | null;
}

/** First and last day of a period, ISO dates, both inclusive. */
export interface PeriodRange {
  first: string;
  last: string;
}

const PERIOD = /^(\d{4})-(\d{2})(?:-H([12]))?$/;

const pad = (n: number) => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The period's parts, or null when it is not a well-formed period code (years 1900–2999). */
export function parsePeriod(period: string): ParsedPeriod | null {
  const m = PERIOD.exec(period);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (year < 1900 || year > 2999 || month < 1 || month > 12) return null;
  const half = m[3] === undefined ? null : (Number(m[3]) as 1 | 2);
  return { level: half === null ? 'district' : 'street', year, month, half };
}

/** The level whose rounds use this period code, or null for a malformed code. */
export function levelOfPeriod(period: string): InvestigationLevel | null {
  return parsePeriod(period)?.level ?? null;
}

/** True when `period` is a well-formed period of `level` (half months for street, months for district). */
export function isPeriodFor(level: InvestigationLevel, period: string): boolean {
  return levelOfPeriod(period) === level;
}

function formatPeriod(p: Omit<ParsedPeriod, 'level'>): string {
  const month = `${p.year}-${pad(p.month)}`;
  return p.half === null ? month : `${month}-H${p.half}`;
}

function mustParse(period: string): ParsedPeriod {
  const parsed = parsePeriod(period);
  if (!parsed) throw new RangeError(`not an investigation period: ${period}`);
  return parsed;
}

/** First and last day of a period; throws RangeError for a malformed code. */
export function periodRange(period: string): PeriodRange {
  const { year, month, half } = mustParse(period);
  const prefix = `${year}-${pad(month)}`;
  const firstDay = half === 2 ? 16 : 1;
  const lastDay = half === 1 ? 15 : daysInMonth(year, month);
  return { first: `${prefix}-${pad(firstDay)}`, last: `${prefix}-${pad(lastDay)}` };
}

/** 2026年11月上半月 / 2026年11月下半月 / 2026年11月; throws RangeError for a malformed code. */
export function periodLabel(period: string): string {
  const { year, month, half } = mustParse(period);
  const suffix = half === 1 ? '上半月' : half === 2 ? '下半月' : '';
  return `${year}年${month}月${suffix}`;
}

/** The period of `level` that contains the ISO date `date`; throws RangeError for an invalid date. */
export function periodOf(level: InvestigationLevel, date: string): string {
  if (!isIsoDate(date)) throw new RangeError(`not an ISO date: ${date}`);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const half = level === 'district' ? null : Number(date.slice(8, 10)) <= 15 ? 1 : 2;
  return formatPeriod({ year, month, half });
}

/**
 * All periods of `level` in `year`, in order. With `until` (an ISO date), only those that have begun by
 * then (first day ≤ until); to find missed rounds, keep those whose `periodRange(p).last` is before today.
 */
export function periodsOfYear(level: InvestigationLevel, year: number, until?: string): string[] {
  const periods: string[] = [];
  for (let month = 1; month <= 12; month += 1) {
    const halves = level === 'district' ? [null] : ([1, 2] as const);
    for (const half of halves) periods.push(formatPeriod({ year, month, half }));
  }
  return until === undefined ? periods : periods.filter((p) => periodRange(p).first <= until);
}

/** The period just before `period` at the same level (2026-01-H1 → 2025-12-H2). */
export function previousPeriod(period: string): string {
  const { first } = periodRange(period);
  const dayBefore = new Date(Date.parse(`${first}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return periodOf(mustParse(period).level, dayBefore);
}

/** Periods per level, in Chinese: 半月 / 月. */
export const periodUnit: Record<InvestigationLevel, string> = { street: '半月', district: '月' };
