// Missed investigation rounds of the current year: street level every half month, district level every month.
import { periodLabel, periodRange, periodsOfYear, type InvestigationLevel } from '../investigation-period';
import { addDays, yearOf } from './dates';

export interface RoundPeriod {
  level: InvestigationLevel;
  /** 'YYYY-MM-H1'/'YYYY-MM-H2' (street) or 'YYYY-MM' (district). */
  period: string;
}

export interface MissedRound {
  level: InvestigationLevel;
  period: string;
  /** 2026年3月上半月 / 2026年3月 */
  label: string;
}

/**
 * Every completed period (last day before today) of the current year without a round of its level (any kind; a
 * round with no findings is a 零报告, not a miss). District periods are checked only when the office has recorded
 * some district round. The previous year's periods that ended in the last 31 days are checked too, so that a
 * December miss is still reported in January, when it has only just become complete.
 */
export function missedRounds(rounds: readonly RoundPeriod[], today: string): MissedRound[] {
  const has = new Set(rounds.map((r) => `${r.level}:${r.period}`));
  const missing = (level: InvestigationLevel) =>
    [...periodsOfYear(level, yearOf(today) - 1).filter((p) => periodRange(p).last >= addDays(today, -31)), ...periodsOfYear(level, yearOf(today), today)]
      .filter((p) => periodRange(p).last < today && !has.has(`${level}:${p}`))
      .map((period) => ({ level, period, label: periodLabel(period) }));
  return [...missing('street'), ...(rounds.some((r) => r.level === 'district') ? missing('district') : [])];
}
