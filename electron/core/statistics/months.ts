// Months of a report period, and the 12 months up to a month (the trend of a monthly report).
import { periodRange } from '../../shared/rules/case-periods';

const pad = (n: number) => String(n).padStart(2, '0');

/** The months from `first` to `last` (YYYY-MM, inclusive). */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
  while (`${y}-${pad(m)}` <= last) {
    out.push(`${y}-${pad(m)}`);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return out;
}

/** The months of a period (month, quarter or year). */
export function monthsOfPeriod(period: string): string[] {
  const { start, end } = periodRange(period);
  return monthsBetween(start.slice(0, 7), end.slice(0, 7));
}

/** The months the trend chart shows: a month's report the 12 months up to it, a quarter or year its own months. */
export function trendMonths(period: string): string[] {
  if (!/^\d{4}-\d{2}$/.test(period)) return monthsOfPeriod(period);
  const [y, m] = [Number(period.slice(0, 4)), Number(period.slice(5, 7))];
  const first = m === 12 ? `${y}-01` : `${y - 1}-${pad(m + 1)}`;
  return monthsBetween(first, period);
}
