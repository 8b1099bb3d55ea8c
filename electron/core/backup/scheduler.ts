// Automatic backups for a running app (Electron, web mode): one at a time, daily when due, and "was anything changed since the last one?".
import type Database from 'better-sqlite3';
import { isDailyBackupDue, runAutoBackup, type AutoBackupResult } from './auto';

export interface AutoBackups {
  /** Takes a backup now (queued behind one already running); never rejects, failures go to `log`. */
  take(): Promise<AutoBackupResult | null>;
  /** Takes one when the newest automatic backup is a day old or more (call at start and every hour). */
  takeIfDue(): Promise<AutoBackupResult | null>;
  /** Whether this connection wrote anything since the last backup began. */
  changedSinceBackup(): boolean;
  /** Whether a backup is running or queued (e.g. the start-up one, when the app is closed straight away). */
  busy(): boolean;
  /** Resolves when no backup is running or queued. */
  settled(): Promise<void>;
}

export function createAutoBackups(options: {
  /** The live connection; a getter, because an in-app restore replaces it. */
  sqlite: () => Database.Database;
  dataDir: string;
  appVersion: string;
  clock: () => Date;
  log: (message: string, error?: unknown) => void;
  nativeBinding?: string | undefined;
}): AutoBackups {
  const changes = () => options.sqlite().prepare('SELECT total_changes()').pluck().get() as number;
  let seen = changes();
  let queue: Promise<unknown> = Promise.resolve();
  let pending = 0;
  const run = async (onlyIfDue: boolean): Promise<AutoBackupResult | null> => {
    const sqlite = options.sqlite();
    if (!sqlite.open) return null;
    const now = options.clock();
    if (onlyIfDue && !isDailyBackupDue(options.dataDir, now)) return null;
    // Marked at the start: a change made while the copy runs counts as new, so the next check backs it up.
    seen = changes();
    try {
      const result = await runAutoBackup({ ...options, sqlite, now });
      options.log(`自动备份完成：${result.dir}`);
      if (result.warning) options.log(result.warning);
      if (result.second && 'error' in result.second) options.log(`第二备份位置未能写入：${result.second.error}`);
      return result;
    } catch (error) {
      options.log('自动备份失败', error);
      return null;
    }
  };
  const enqueue = (onlyIfDue: boolean) => {
    pending += 1;
    const next = queue.then(() => run(onlyIfDue)).finally(() => {
      pending -= 1;
    });
    queue = next;
    return next;
  };
  return {
    take: () => enqueue(false),
    takeIfDue: () => enqueue(true),
    changedSinceBackup: () => options.sqlite().open && changes() !== seen,
    busy: () => pending > 0,
    settled: async () => {
      while (pending > 0) await queue;
    },
  };
}
