// Start-up health check: PRAGMA quick_check on a read-only connection, so a damaged file is never written, checkpointed or migrated.
import fs from 'node:fs';
import Database from 'better-sqlite3';

/** How many of quick_check's lines we keep: the first ones say enough, a badly damaged file yields thousands. */
const MAX_LINES = 10;

/**
 * The problems found in an existing database file, or null when it is healthy (or missing / empty:
 * a new database is made there). Read-only: no checkpoint on close, so a `-wal` left by a crash is
 * read but never folded into the damaged file; SQLite may create an empty `-wal`/`-shm` pair to read it.
 */
export function quickCheckProblems(file: string, nativeBinding?: string): string[] | null {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return null;
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (error) {
    return problemOf(error);
  }
  try {
    const rows = sqlite.pragma('quick_check', { simple: false }) as { quick_check: string }[];
    const lines = rows.map((r) => r.quick_check);
    return lines.length === 1 && lines[0] === 'ok' ? null : lines.slice(0, MAX_LINES);
  } catch (error) {
    return problemOf(error);
  } finally {
    sqlite.close();
  }
}

/** Opening or reading failed. Only damage counts as damage; a locked or unreadable file is not reported as corrupt. */
function problemOf(error: unknown): string[] | null {
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_NOTADB') return ['文件头不是 SQLite 数据库（文件已损坏，或不是数据库文件）'];
  if (code === 'SQLITE_CORRUPT' || (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT_'))) {
    return [`数据库结构已损坏（${(error as Error).message}）`];
  }
  return null;
}
