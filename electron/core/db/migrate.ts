// Applies drizzle-kit's SQL migrations ourselves: foreign keys off, one transaction, a foreign-key check before COMMIT.
import type Database from 'better-sqlite3';
import type { MigrationMeta } from 'drizzle-orm/migrator';

/** drizzle's own bookkeeping table, in drizzle's own shape, so drizzle-kit tooling still reads it. */
export const MIGRATIONS_TABLE = '__drizzle_migrations';

/** PRAGMA application_id of a ledger database ('LEDG'): tells our files from any other SQLite file. */
export const LEDGER_APPLICATION_ID = 0x4c454447;

export function hasTable(sqlite: Database.Database, name: string): boolean {
  return sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

export function hasUserTables(sqlite: Database.Database): boolean {
  return sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' LIMIT 1").get() !== undefined;
}

/** `created_at` (the journal's `when`) of the newest applied migration, or null for a fresh file. */
export function lastAppliedMillis(sqlite: Database.Database): number | null {
  if (!hasTable(sqlite, MIGRATIONS_TABLE)) return null;
  const last = sqlite.prepare(`SELECT MAX(created_at) FROM ${MIGRATIONS_TABLE}`).pluck().get() as number | string | null;
  return last === null ? null : Number(last);
}

export function appliedCount(sqlite: Database.Database): number {
  return hasTable(sqlite, MIGRATIONS_TABLE) ? (sqlite.prepare(`SELECT COUNT(*) FROM ${MIGRATIONS_TABLE}`).pluck().get() as number) : 0;
}

/**
 * Runs `pending` in one IMMEDIATE transaction. Foreign keys are switched off first, outside the
 * transaction (SQLite ignores the pragma inside one): otherwise a table rebuild — drizzle-kit's
 * DROP + rename — would cascade-delete the rows that point at the rebuilt table. Before COMMIT,
 * PRAGMA foreign_key_check must come back empty, or everything is rolled back.
 */
export function applyMigrations(sqlite: Database.Database, pending: readonly MigrationMeta[]): void {
  sqlite.pragma('foreign_keys = OFF');
  try {
    sqlite
      .transaction(() => {
        sqlite.exec(`CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`);
        const record = sqlite.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (hash, created_at) VALUES (?, ?)`);
        for (const migration of pending) {
          for (const statement of migration.sql) if (statement.trim() !== '') sqlite.exec(statement);
          record.run(migration.hash, migration.folderMillis);
        }
        const broken = sqlite.pragma('foreign_key_check') as { table: string; parent: string }[];
        if (broken.length > 0) {
          const where = [...new Set(broken.map((b) => `${b.table} → ${b.parent}`))].join('，');
          throw new Error(`升级后有 ${broken.length} 条记录的关联失效（${where}）`);
        }
      })
      .immediate();
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}
