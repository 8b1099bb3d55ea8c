// Opens the SQLite file: pragmas, a copy aside before any migration, migrations in one transaction.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import * as schema from '../../../drizzle/schema';
import { sealAuditChain } from '../audit-seal';
import { quickCheckProblems } from './health';
import {
  appliedCount,
  applyMigrations,
  hasTable,
  hasUserTables,
  lastAppliedMillis,
  LEDGER_APPLICATION_ID,
  MIGRATIONS_TABLE,
} from './migrate';

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

/** quick_check failed or the file is not a database: nothing was written, migrated or recreated; offer a backup. */
export class DatabaseCorruptError extends MigrationError {
  readonly file: string;
  /** quick_check's lines (its first ones), or a Chinese sentence when SQLite could not read the file at all. */
  readonly problems: readonly string[];
  constructor(file: string, problems: readonly string[]) {
    super(`数据库文件已损坏，未做任何修改：${file}。检查结果：${problems.slice(0, 3).join('；')}`, null);
    this.name = 'DatabaseCorruptError';
    this.file = file;
    this.problems = problems;
  }
}

export function applyPragmas(sqlite: Database.Database): void {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
}

const NOT_OURS = '此文件不是司法所台账的数据库，未作任何改动。请检查所选的数据库文件。';
const TOO_NEW = '此数据库由更新版本的程序创建，当前程序无法打开。请安装最新版本后再试，数据未作任何改动。';

/** Checks that write nothing: the file is a ledger database (or empty) and not from a newer version. */
function assertOpenable(sqlite: Database.Database, knownMillis: number): void {
  const appId = sqlite.pragma('application_id', { simple: true }) as number;
  if (appId !== 0 && appId !== LEDGER_APPLICATION_ID) throw new MigrationError(NOT_OURS, null);
  if (appId === 0 && hasUserTables(sqlite) && !hasTable(sqlite, MIGRATIONS_TABLE)) throw new MigrationError(NOT_OURS, null);
  const last = lastAppliedMillis(sqlite);
  if (last !== null && last > knownMillis) throw new MigrationError(TOO_NEW, null);
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
  const { file } = options;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Before anything that writes (WAL mode, migrations, the audit seal): a damaged file stays exactly as it is.
  const problems = quickCheckProblems(file, options.nativeBinding);
  if (problems !== null) throw new DatabaseCorruptError(file, problems);
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  } catch (cause) {
    throw new MigrationError(`无法打开数据库文件 ${file}：${describe(cause)}`, null, cause);
  }
  let backupPath: string | null = null;
  try {
    const migrations = readMigrationFiles({ migrationsFolder: options.migrationsFolder });
    assertOpenable(sqlite, migrations.at(-1)?.folderMillis ?? 0);
    applyPragmas(sqlite);
    const last = lastAppliedMillis(sqlite);
    const pending = migrations.filter((m) => last === null || m.folderMillis > last);
    if (pending.length > 0) {
      if (hasUserTables(sqlite)) backupPath = copyAside(sqlite, file, options.clock());
      applyMigrations(sqlite, pending);
    }
    sealAuditChain(sqlite);
    if (sqlite.pragma('application_id', { simple: true }) !== LEDGER_APPLICATION_ID) {
      sqlite.pragma(`application_id = ${LEDGER_APPLICATION_ID}`);
    }
    const db = drizzle(sqlite, { schema });
    return { db, sqlite, schemaVersion: appliedCount(sqlite), backupPath, close: () => sqlite.close() };
  } catch (cause) {
    sqlite.close();
    if (cause instanceof MigrationError) throw cause;
    // Damage quick_check cannot see (it skips index contents) can still surface here: same answer, nothing committed.
    if (isCorruption(cause)) throw new DatabaseCorruptError(file, [describe(cause)]);
    if (backupPath === null) {
      throw new MigrationError(`无法打开数据库文件 ${file}：${describe(cause)}`, null, cause);
    }
    throw new MigrationError(
      `数据库升级失败，已全部撤销，数据未被改动。升级前的副本保存在 ${backupPath}。原因：${describe(cause)}`,
      backupPath,
      cause,
    );
  }
}

function isCorruption(cause: unknown): boolean {
  const code = (cause as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'));
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
