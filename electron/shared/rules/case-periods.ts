// Periods of the case counts (三统一, reports): month YYYY-MM, quarter YYYY-Qn or year YYYY, with the Chinese name.
import { monthEnd, monthStart } from './dates';

export interface PeriodRange {
  start: string;
  end: string;
  label: string;
}

const QUARTER_NAMES = '一二三四';

export function periodRange(code: string): PeriodRange {
  const month = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(code);
  if (month) {
    const [y, m] = [Number(month[1]), Number(month[2])];
    return { start: monthStart(y, m), end: monthEnd(y, m), label: `${y}年${m}月` };
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(code);
  if (quarter) {
    const [y, q] = [Number(quarter[1]), Number(quarter[2])];
    return { start: monthStart(y, q * 3 - 2), end: monthEnd(y, q * 3), label: `${y}年第${QUARTER_NAMES[q - 1]}季度` };
  }
  const year = /^(\d{4})$/.exec(code);
  if (year) {
    const y = Number(year[1]);
    return { start: monthStart(y, 1), end: monthEnd(y, 12), label: `${y}年` };
  }
  throw new Error(`not a period code: ${code}`);
}
