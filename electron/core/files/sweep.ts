// Removes stored files that no attachment row references (the rows are the truth; files follow them).
import fs from 'node:fs';
import { attachment } from '../../../drizzle/schema';
import type { Db } from '../db/open';
import { listStoredFiles } from './blob-store';

export interface SweepOptions {
  /**
   * Files younger than this are left alone: another process on the same data folder may have just
   * written one whose row it has not committed yet. Default one minute.
   */
  minAgeMs?: number;
  /** The current time in ms (tests move it). */
  now?: number;
  /** Hashes whose rows this process has just deleted: removed at once when no row is left, whatever their age. */
  released?: ReadonlySet<string>;
}

/** Deletes unreferenced content files and stale temp files; returns the paths it removed. Never touches a referenced file. */
export function sweepOrphans(db: Db, dataDir: string, options: SweepOptions = {}): string[] {
  const { minAgeMs = 60_000, now = Date.now(), released } = options;
  const files = listStoredFiles(dataDir);
  if (files.length === 0) return [];
  // Read after listing: a row committed in between is then seen, and its file kept.
  const referenced = new Set(db.selectDistinct({ sha256: attachment.sha256 }).from(attachment).all().map((r) => r.sha256));
  const removed: string[] = [];
  for (const file of files) {
    if (file.sha256 !== null && referenced.has(file.sha256)) continue;
    const justReleased = file.sha256 !== null && released?.has(file.sha256) === true;
    if (!justReleased && now - file.mtimeMs < minAgeMs) continue;
    fs.rmSync(file.path, { force: true });
    removed.push(file.path);
  }
  return removed;
}
