// The monthly entry rule as the case list needs it: per row from the stored instant, and the same rule in SQL for the filter.
import { isLateEntry } from '../../shared/rules/entry-deadline';
import { shanghaiDate } from '../../shared/validators/date';
import type { Db } from '../db/open';
import { readCaseSettings } from '../services/setting';

/** The setting entryDeadlineDay (default 7). */
export const entryDeadlineDay = (db: Db): number => readCaseSettings(db).entryDeadlineDay;

/** Late = the Shanghai date of enteredAt is after the deadline; null while the case has not concluded (or has no entry instant). */
export function isEntryLate(concludedOn: string | null, enteredAt: string | null, day: number): boolean | null {
  if (concludedOn === null || enteredAt === null) return null;
  return isLateEntry(shanghaiDate(new Date(enteredAt)), concludedOn, day);
}

/** The same rule in SQL over alias `c` (one bound parameter: the day N); NULL while not concluded. */
export const ENTRY_LATE_SQL = `(CASE WHEN c."concluded_on" IS NULL OR c."entered_at" IS NULL THEN NULL
  ELSE date(c."entered_at", '+8 hours') > date(c."concluded_on", 'start of month', '+1 month', '+' || (? - 1) || ' days') END)`;
