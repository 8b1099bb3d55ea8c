// Opens the SQLite file: pragmas, a copy aside before any migration, migrations in one transaction.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import * as schema from '../../../drizzle/schema';

export type Db = BetterSQLite3Database<typeof schema>;

export interface DatabaseHandle {
  readonly db: Db;
  readonly sqlite: Database.Database;
  /** Number of migrations applied to this file. */
  readonly schemaVersion: number;
  /** Copy taken before migrating, when there was anything to migrate. */
  readonly backupPath: string | null;
  close(): void;
}

/** The database could not be opened or brought up to date; the file is left as it was. */
export class MigrationError extends Error {
  readonly backupPath: string | null;
  constructor(message: string, backupPath: string | null, cause?: unknown) {
    super(message, { cause });
    this.name = 'MigrationError';
    this.backupPath = backupPath;
  }
}

const MIGRATIONS_TABLE = '__drizzle_migrations';

export function applyPragmas(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
}

function lastAppliedMillis(sqlite: Database.Database): number | null {
  const table = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(MIGRATIONS_TABLE);
  if (table === undefined) return null;
  const row = sqlite
    .prepare(`SELECT MAX(created_at) AS last FROM ${MIGRATIONS_TABLE}`)
    .get() as { last: number | string | null };
  return row.last === null ? null : Number(row.last);
}

function hasUserTables(sqlite: Database.Database): boolean {
  const row = sqlite
    .prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .get() as { n: number };
  return row.n > 0;
}

function timestamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

/** A consistent copy of the live database (WAL included) beside it, in `backups/`. */
function copyAside(sqlite: Database.Database, file: string, now: Date): string {
  const dir = path.join(path.dirname(file), 'backups');
  fs.mkdirSync(dir, { recursive: true });
  const target = path.join(dir, `${path.basename(file, path.extname(file))}.pre-migrate-${timestamp(now)}.sqlite`);
  sqlite.prepare('VACUUM INTO ?').run(target);
  return target;
}

export function openDatabase(options: {
  file: string;
  migrationsFolder: string;
  clock: () => Date;
  nativeBinding?: string | undefined;
}): DatabaseHandle {
  const { file, migrationsFolder } = options;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    applyPragmas(sqlite);
  } catch (cause) {
    throw new MigrationError(`无法打开数据库文件 ${file}：${describe(cause)}`, null, cause);
  }
  let backupPath: string | null = null;
  try {
    const migrations = readMigrationFiles({ migrationsFolder });
    const known = migrations.at(-1)?.folderMillis ?? 0;
    const last = lastAppliedMillis(sqlite);
    if (last !== null && last > known) {
      throw new MigrationError(
        '此数据库由更新版本的程序创建，当前程序无法打开。请安装最新版本后再试，数据未作任何改动。',
        null,
      );
    }
    const pending = migrations.filter((m) => last === null || m.folderMillis > last);
    if (pending.length > 0 && hasUserTables(sqlite)) {
      backupPath = copyAside(sqlite, file, options.clock());
    }
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder, migrationsTable: MIGRATIONS_TABLE });
    const applied = sqlite.prepare(`SELECT COUNT(*) AS n FROM ${MIGRATIONS_TABLE}`).get() as { n: number };
    return { db, sqlite, schemaVersion: applied.n, backupPath, close: () => sqlite.close() };
  } catch (cause) {
    sqlite.close();
    if (cause instanceof MigrationError) throw cause;
    const kept = backupPath ? `升级前的副本保存在 ${backupPath}。` : '';
    throw new MigrationError(`数据库升级失败，原文件未被改动。${kept}原因：${describe(cause)}`, backupPath, cause);
  }
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
