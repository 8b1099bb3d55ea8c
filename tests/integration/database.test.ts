// Opening the database: pragmas, migrations on an empty file, a copy aside before migrating, safe failures.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MigrationError, openDatabase } from '../../electron/core/db/open';
import { LEDGER_APPLICATION_ID } from '../../electron/core/db/migrate';
import { sourceMigrationsFolder } from '../../electron/core/resources';
import { makeTempDir, migrationCount } from '../helpers/temp-core';

const clock = () => new Date('2026-11-27T02:00:00Z');
const dirs: string[] = [];
function tempDir(): string {
  const dir = makeTempDir();
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of the real migrations with one more migration appended. */
function migrationsWith(extraSql: string, dir: string): string {
  const folder = path.join(dir, 'migrations');
  fs.cpSync(sourceMigrationsFolder, folder, { recursive: true });
  const journalPath = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as { entries: { idx: number; when: number; tag: string }[] };
  const last = journal.entries.at(-1)!;
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_test' });
  fs.writeFileSync(journalPath, JSON.stringify(journal));
  fs.writeFileSync(path.join(folder, '9999_test.sql'), extraSql);
  return folder;
}

function tables(file: string): string[] {
  const db = new Database(file, { readonly: true });
  const names = db.prepare("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").pluck().all() as string[];
  db.close();
  return names;
}

describe('openDatabase', () => {
  it('opens with WAL, synchronous=FULL and foreign keys on', () => {
    const file = path.join(tempDir(), 'a', 'ledger.sqlite');
    const handle = openDatabase({ file, migrationsFolder: sourceMigrationsFolder, clock });
    expect(handle.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(handle.sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(handle.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    handle.close();
  });

  it('migrates an empty file, takes no backup for it, and re-opening is a no-op', () => {
    const dir = tempDir();
    const file = path.join(dir, 'ledger.sqlite');
    const first = openDatabase({ file, migrationsFolder: sourceMigrationsFolder, clock });
    expect(first.backupPath).toBeNull();
    expect(first.schemaVersion).toBeGreaterThanOrEqual(1);
    first.close();
    expect(tables(file)).toEqual(expect.arrayContaining(['audit_log', 'office', 'staff']));
    const again = openDatabase({ file, migrationsFolder: sourceMigrationsFolder, clock });
    expect(again.backupPath).toBeNull();
    expect(again.schemaVersion).toBe(first.schemaVersion);
    again.close();
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('copies the file aside before applying a new migration, and the copy holds the old data', () => {
    const dir = tempDir();
    const file = path.join(dir, 'ledger.sqlite');
    const v1 = openDatabase({ file, migrationsFolder: sourceMigrationsFolder, clock });
    v1.sqlite.prepare("INSERT INTO audit_log (at, actor, method, entity) VALUES ('t', 'a', 'm', 'e')").run();
    v1.close();
    const v2 = openDatabase({ file, migrationsFolder: migrationsWith('CREATE TABLE `extra` (`id` integer PRIMARY KEY);', dir), clock });
    expect(v2.backupPath).not.toBeNull();
    expect(tables(file)).toContain('extra');
    expect(tables(v2.backupPath!)).not.toContain('extra');
    const copy = new Database(v2.backupPath!, { readonly: true });
    expect(copy.prepare('SELECT COUNT(*) FROM audit_log').pluck().get()).toBe(1);
    copy.close();
    v2.close();
  });

  it('a failing migration leaves the data as it was and says so in Chinese', () => {
    const dir = tempDir();
    const file = path.join(dir, 'ledger.sqlite');
    const v1 = openDatabase({ file, migrationsFolder: sourceMigrationsFolder, clock });
    v1.sqlite.prepare("INSERT INTO audit_log (at, actor, method, entity) VALUES ('t', 'a', 'm', 'e')").run();
    v1.close();
    const broken = migrationsWith('CREATE TABLE `half` (`id` integer);\n--> statement-breakpoint\nTHIS IS NOT SQL;', dir);
    let error: unknown;
    try {
      openDatabase({ file, migrationsFolder: broken, clock });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MigrationError);
    expect((error as MigrationError).message).toMatch(/^数据库升级失败，已全部撤销，数据未被改动。升级前的副本保存在 .+原因：/);
    expect(fs.existsSync((error as MigrationError).backupPath!)).toBe(true);
    expect(tables(file)).not.toContain('half');
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get()).toBe(1);
    db.close();
  });

  it('refuses a database written by a newer version and leaves it alone', () => {
    const dir = tempDir();
    const file = path.join(dir, 'ledger.sqlite');
    openDatabase({ file, migrationsFolder: migrationsWith('CREATE TABLE `future` (`id` integer);', dir), clock }).close();
    // Back to a rollback journal, so that switching it to WAL would show as a change to the file.
    const raw = new Database(file);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = fs.readFileSync(file);
    expect(() => openDatabase({ file, migrationsFolder: sourceMigrationsFolder, clock })).toThrow(/更新版本的程序/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses an SQLite file of another program without writing to it', () => {
    const file = path.join(tempDir(), 'other.sqlite');
    const other = new Database(file);
    other.exec("CREATE TABLE contacts (name text); INSERT INTO contacts VALUES ('x')");
    other.close();
    const before = fs.readFileSync(file);
    expect(() => openDatabase({ file, migrationsFolder: sourceMigrationsFolder, clock })).toThrow(/不是司法所台账的数据库/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(path.join(path.dirname(file), 'backups'))).toBe(false);
  });

  it('marks its files with its application id', () => {
    const file = path.join(tempDir(), 'ledger.sqlite');
    const handle = openDatabase({ file, migrationsFolder: sourceMigrationsFolder, clock });
    expect(handle.sqlite.pragma('application_id', { simple: true })).toBe(LEDGER_APPLICATION_ID);
    handle.close();
  });

  it('reports a file that is not a database instead of replacing it', () => {
    const file = path.join(tempDir(), 'ledger.sqlite');
    fs.writeFileSync(file, 'this is a text file, not SQLite '.repeat(100));
    expect(() => openDatabase({ file, migrationsFolder: sourceMigrationsFolder, clock })).toThrow(MigrationError);
    expect(fs.readFileSync(file, 'utf8').startsWith('this is a text file')).toBe(true);
  });
});

describe('migration 0001 (staff training) on a database of the first release', () => {
  it('keeps every staff row, adds the table with its foreign key, and copies the old file aside', () => {
    const dir = tempDir();
    const file = path.join(dir, 'ledger.sqlite');
    const v1 = path.join(dir, 'v1');
    fs.cpSync(sourceMigrationsFolder, v1, { recursive: true });
    const journalPath = path.join(v1, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
    journal.entries = journal.entries.filter((e) => e.tag === '0000_init');
    fs.writeFileSync(journalPath, JSON.stringify(journal));

    const old = openDatabase({ file, migrationsFolder: v1, clock });
    expect(old.schemaVersion).toBe(1);
    old.sqlite
      .prepare(
        `INSERT INTO staff (name, name_initials, name_pinyin, id_number, gender, birth_date, ethnicity, political_status, education, post, staffing_type, created_at, updated_at)
         VALUES ('张三', 'zs', 'zhangsan', '11010519491231002X', 'female', '1949-12-31', '01', '01', '21', '所长', 'politicalLegal', 't', 't')`,
      )
      .run();
    old.close();

    const current = openDatabase({ file, migrationsFolder: sourceMigrationsFolder, clock });
    expect(current.schemaVersion).toBe(migrationCount());
    expect(current.backupPath).not.toBeNull();
    expect(current.sqlite.prepare('SELECT name FROM staff').pluck().all()).toEqual(['张三']);
    const fks = current.sqlite.prepare('PRAGMA foreign_key_list(staff_training)').all() as { table: string; on_delete: string }[];
    expect(fks).toEqual([expect.objectContaining({ table: 'staff', on_delete: 'CASCADE' })]);
    expect(current.sqlite.pragma('foreign_key_check')).toEqual([]);
    current.close();
    expect(tables(current.backupPath!)).not.toContain('staff_training');
  });
});

describe('migrations and foreign keys', () => {
  function seeded(dir: string): string {
    const file = path.join(dir, 'ledger.sqlite');
    const handle = openDatabase({ file, migrationsFolder: sourceMigrationsFolder, clock });
    handle.sqlite.exec(`
      INSERT INTO staff (id, name, name_initials, name_pinyin, id_number, gender, birth_date, ethnicity, political_status, education, post, staffing_type, created_at, updated_at)
      VALUES (1, '张三', 'zs', 'zhangsan', '11010519491231002X', 'female', '1949-12-31', '01', '01', '21', '所长', 'politicalLegal', 't', 't');
      INSERT INTO staff_training (staff_id, title, kind, start_date, created_at, updated_at) VALUES (1, '培训', 'business', '2026-01-01', 't', 't');`);
    handle.close();
    return file;
  }
  const count = (file: string, table: string) => {
    const db = new Database(file, { readonly: true });
    const n = db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get();
    db.close();
    return n;
  };

  it('a table rebuild in drizzle-kit style keeps the rows that point at the rebuilt table', () => {
    const dir = tempDir();
    const file = seeded(dir);
    const rebuild = [
      'PRAGMA foreign_keys=OFF;',
      'CREATE TABLE `__new_staff` (`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL, `name` text NOT NULL);',
      'INSERT INTO `__new_staff` (`id`, `name`) SELECT `id`, `name` FROM `staff`;',
      'DROP TABLE `staff`;',
      'ALTER TABLE `__new_staff` RENAME TO `staff`;',
      'PRAGMA foreign_keys=ON;',
    ].join('\n--> statement-breakpoint\n');
    const handle = openDatabase({ file, migrationsFolder: migrationsWith(rebuild, dir), clock });
    expect(handle.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    handle.close();
    expect(count(file, 'staff')).toBe(1);
    expect(count(file, 'staff_training')).toBe(1);
  });

  it('a migration that would orphan rows is rolled back whole', () => {
    const dir = tempDir();
    const file = seeded(dir);
    const orphaning = 'CREATE TABLE `marker` (`id` integer);\n--> statement-breakpoint\nDELETE FROM `staff`;';
    expect(() => openDatabase({ file, migrationsFolder: migrationsWith(orphaning, dir), clock })).toThrow(/关联失效（staff_training → staff）/);
    expect(count(file, 'staff')).toBe(1);
    expect(count(file, 'staff_training')).toBe(1);
    expect(tables(file)).not.toContain('marker');
  });
});
