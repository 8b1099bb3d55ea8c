// Months, quarters and years of the 月度录入 page: the default month, Chinese labels and the period choices.
import { periodRange } from '@shared/rules/case-periods';

/** The month before the one of `today` (YYYY-MM): the month whose entry deadline falls in this one. */
export function previousMonth(today: string): string {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** 2026-10 → 2026年10月; 2026-Q3 → 2026年第三季度; 2026 → 2026年 (the core's period names). */
export const periodLabel = (code: string): string => periodRange(code).label;

/** 2026-11-07 → 2026年11月7日 */
export function dateLabel(date: string): string {
  return `${date.slice(0, 4)}年${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;
}

/** “2026年10月结案的案件应于2026年11月7日前录入” */
export function deadlineSentence(month: string, deadline: string): string {
  return `${periodLabel(month)}结案的案件应于${dateLabel(deadline)}前录入`;
}

export type PeriodKind = 'quarter' | 'year';

/** The quarters or years to check, newest first: up to the current one, back over this year and the two before. */
export function periodChoices(kind: PeriodKind, today: string): { value: string; label: string }[] {
  const year = Number(today.slice(0, 4));
  const quarter = Math.ceil(Number(today.slice(5, 7)) / 3);
  const codes: string[] = [];
  for (let y = year; y > year - 3; y--) {
    if (kind === 'year') codes.push(String(y));
    else for (let q = y === year ? quarter : 4; q >= 1; q--) codes.push(`${y}-Q${q}`);
  }
  return codes.map((value) => ({ value, label: periodLabel(value) }));
}
