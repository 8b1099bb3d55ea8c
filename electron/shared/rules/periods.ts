// Periods of the 三会一课 cadence: the months and quarters of a year (investigation periods live in ../investigation-period).
import { monthEnd, monthStart } from './dates';

export interface Period {
  /** Stable code: 'YYYY-MM' or 'YYYY-Qn'. */
  code: string;
  start: string;
  end: string;
  /** Chinese name, e.g. 2026年10月, 2026年第三季度. */
  label: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function monthsOfYear(year: number): Period[] {
  return Array.from({ length: 12 }, (_, i) => ({
    code: `${year}-${pad(i + 1)}`,
    start: monthStart(year, i + 1),
    end: monthEnd(year, i + 1),
    label: `${year}年${i + 1}月`,
  }));
}

export function quartersOfYear(year: number): Period[] {
  return [1, 2, 3, 4].map((q) => ({
    code: `${year}-Q${q}`,
    start: monthStart(year, q * 3 - 2),
    end: monthEnd(year, q * 3),
    label: `${year}年第${'一二三四'[q - 1]}季度`,
  }));
}

/** A period is completed once its last day is before today. */
export function completed(periods: readonly Period[], today: string): Period[] {
  return periods.filter((p) => p.end < today);
}
