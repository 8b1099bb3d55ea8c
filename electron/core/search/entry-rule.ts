// The monthly entry rule as the list needs it: late = Shanghai date of enteredAt > day N of the month after concludedOn.
import type Database from 'better-sqlite3';
import { shanghaiDate } from '../../shared/validators/date';
import { statementsOf } from './statements';

const DEFAULT_DAY = 7;

/** Setting entryDeadlineDay (stored as JSON), default 7; an invalid value falls back to the default. */
const statements = statementsOf({ day: `SELECT "value" FROM "setting" WHERE "key" = 'entryDeadlineDay'` });

export function entryDeadlineDay(sqlite: Database.Database): number {
  const row = statements(sqlite).day.get() as
    | { value: string }
    | undefined;
  if (row === undefined) return DEFAULT_DAY;
  const day = Number(JSON.parse(row.value));
  return Number.isInteger(day) && day >= 1 && day <= 28 ? day : DEFAULT_DAY;
}

/** The last day to enter a case concluded on `concludedOn` (YYYY-MM-DD). */
export function entryDeadline(concludedOn: string, day: number): string {
  const [y, m] = concludedOn.split('-').map(Number) as [number, number];
  const next = m === 12 ? { y: y + 1, m: 1 } : { y, m: m + 1 };
  return `${next.y}-${String(next.m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Null while the case has not concluded (or has no entry instant). */
export function isEntryLate(concludedOn: string | null, enteredAt: string | null, day: number): boolean | null {
  if (concludedOn === null || enteredAt === null) return null;
  return shanghaiDate(new Date(enteredAt)) > entryDeadline(concludedOn, day);
}

/** The same rule in SQL over alias `c` (one bound parameter: the day N); NULL while not concluded. */
export const ENTRY_LATE_SQL = `(CASE WHEN c."concluded_on" IS NULL OR c."entered_at" IS NULL THEN NULL
  ELSE date(c."entered_at", '+8 hours') > date(c."concluded_on", 'start of month', '+1 month', '+' || (? - 1) || ' days') END)`;
