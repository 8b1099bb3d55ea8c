// The `new=<level>:<period>` hash parameter (工作台 漏报 links): a new round with its level and period already chosen.
import { isPeriodFor, type InvestigationLevel } from '@shared/investigation-period';

export interface RoundPreset {
  level: InvestigationLevel;
  period: string;
}

/** 'street:2026-06-H1' → { level: 'street', period: '2026-06-H1' }; null for anything else, or a period of the other level. */
export function parseRoundPreset(param: string | null): RoundPreset | null {
  const [level, period, ...rest] = (param ?? '').split(':');
  if (rest.length > 0 || (level !== 'street' && level !== 'district') || period === undefined) return null;
  return isPeriodFor(level, period) ? { level, period } : null;
}
