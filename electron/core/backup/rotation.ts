// Which automatic backups to keep: the newest of each of the last N days, weeks and months that have a backup (pure).

export interface RetentionPolicy {
  daily: number;
  weekly: number;
  monthly: number;
}

export const defaultPolicy: RetentionPolicy = { daily: 7, weekly: 4, monthly: 12 };

/** Calendar keys in local time given as minutes east of UTC (China: 480). Weeks start on Monday. */
function keysOf(at: Date, offsetMinutes: number): { day: string; week: string; month: string } {
  const local = new Date(at.getTime() + offsetMinutes * 60_000);
  const day = local.toISOString().slice(0, 10);
  const month = day.slice(0, 7);
  const daysSinceMonday = (local.getUTCDay() + 6) % 7;
  const monday = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - daysSinceMonday));
  return { day, week: monday.toISOString().slice(0, 10), month };
}

/**
 * The backups to keep, in the order given. Buckets count only periods that hold a backup, so a
 * machine left off for months still keeps its last week of copies. The newest backup is always
 * kept, and so is any dated after `now` (a clock set back must not delete them).
 */
export function selectToKeep<T extends { at: Date }>(
  backups: readonly T[],
  now: Date,
  policy: RetentionPolicy = defaultPolicy,
  offsetMinutes = 0,
): T[] {
  const past = backups.filter((b) => b.at.getTime() <= now.getTime());
  const newestFirst = [...past].sort((a, b) => b.at.getTime() - a.at.getTime());
  const keep = new Set<T>(backups.filter((b) => b.at.getTime() > now.getTime()));
  if (newestFirst[0]) keep.add(newestFirst[0]);
  for (const [bucket, count] of [
    ['day', policy.daily],
    ['week', policy.weekly],
    ['month', policy.monthly],
  ] as const) {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      if (seen.size >= count) break;
      const key = keysOf(backup.at, offsetMinutes)[bucket];
      if (seen.has(key)) continue;
      seen.add(key);
      keep.add(backup);
    }
  }
  return backups.filter((b) => keep.has(b));
}
