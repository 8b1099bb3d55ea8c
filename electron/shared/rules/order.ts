// The order the 工作台 shows the rules in: those with hits first (most serious first), then the ones that comply.
import type { ReminderSeverity } from './catalog';

const rank: Record<ReminderSeverity, number> = { error: 0, warning: 1, info: 2 };

/** Stable: rules of the same standing keep their catalog order. */
export function dashboardOrder<T extends { count: number; severity: ReminderSeverity }>(rules: readonly T[]): T[] {
  const standing = (r: T) => (r.count > 0 ? rank[r.severity] : 3);
  return rules
    .map((rule, i) => ({ rule, i }))
    .sort((a, b) => standing(a.rule) - standing(b.rule) || a.i - b.i)
    .map(({ rule }) => rule);
}
