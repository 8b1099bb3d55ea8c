// How training records read in the drawer: the date range, and this year's count and hours.
import type { StaffTraining } from '@shared/schemas/staff-training';
import dayjs, { type Dayjs } from 'dayjs';

/** "2026-05-11 至 2026-05-20", or just the start date for a one-day or open-ended record. */
export function dateRange(t: Pick<StaffTraining, 'startDate' | 'endDate'>): string {
  return t.endDate && t.endDate !== t.startDate ? `${t.startDate} 至 ${t.endDate}` : t.startDate;
}

export interface YearSummary {
  count: number;
  hours: number;
}

/** Records that started in the year of `today` (local time; users are in Asia/Shanghai); no hours count as 0. */
export function yearSummary(items: readonly StaffTraining[], today: Dayjs = dayjs()): YearSummary {
  const year = today.year();
  const inYear = items.filter((t) => dayjs(t.startDate).year() === year);
  return { count: inYear.length, hours: inYear.reduce((sum, t) => sum + (t.hours ?? 0), 0) };
}
