// Dates as the register's users see them: today in Asia/Shanghai, and the years a year filter offers.
import { shanghaiDate } from '@shared/validators/date';

/** Today in Asia/Shanghai, as YYYY-MM-DD (the core's `today` too). */
export const todayIso = (): string => shanghaiDate(new Date());

/** The options of a year filter: this year and the nine before it, newest first. */
export function yearOptions(today: string = todayIso()): { value: number; label: string }[] {
  const year = Number(today.slice(0, 4));
  return Array.from({ length: 10 }, (_, i) => ({ value: year - i, label: `${year - i}年` }));
}
