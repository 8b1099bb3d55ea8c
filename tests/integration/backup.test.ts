// Backups on temp folders: create + verify, damaged copies fail in Chinese, restore into a fresh folder, restore of a bad backup changes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import { backupsRoot, BackupError, createBackup, listBackups, restoreBackup, verifyBackup } from '../../electron/core/backup';
import { sourceMigrationsFolder } from '../../electron/core/resources';
import { makeTempDir, type TempCore } from '../helpers/temp-core';
import { flipBytes, seededCore, snapshot } from './backup-fixtures';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const NOW = new Date('2026-11-27T08:30:00Z');
const KNOWN = Number.MAX_SAFE_INTEGER;

async function backedUp(): Promise<{ core: TempCore; dir: string }> {
  const core = await seededCore();
  cleanups.push(() => core.cleanup());
  const made = await createBackup({ sqlite: core.handle.sqlite, dataDir: core.dir, root: backupsRoot(core.dir), kind: 'manual', now: NOW, appVersion: '0.0.0-test' });
  return { core, dir: made.dir };
}

function freshFolder(): string {
  const dir = makeTempDir('ledger-restore-');
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const reopenAt = (dbPath: string) => () =>
  openCore({ dbPath, migrationsFolder: sourceMigrationsFolder, actor: 't', appVersion: '0' }).close();

describe('backup', () => {
  it('copies the database and every attachment, writes a manifest, and verifies', async () => {
    const { core, dir } = await backedUp();
    expect(dir).toBe(path.join(core.dir, 'backups', 'manual', '2026-11-27T083000Z'));
    const check = verifyBackup(dir);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.manifest).toMatchObject({ kind: 'manual', createdAt: NOW.toISOString(), attachments: { count: 3 } });
    expect(check.manifest.tables.staff).toBe(4);
    expect(fs.readdirSync(path.join(dir, 'attachments'), { recursive: true }).filter((f) => String(f).length > 3)).toHaveLength(3);
    expect(fs.existsSync(`${path.join(dir, 'ledger.sqlite')}-wal`)).toBe(false);
    expect(listBackups(backupsRoot(core.dir)).map((b) => b.dir)).toEqual([dir]);
  });

  it.each([
    ['truncated', (db: string) => fs.truncateSync(db, Math.floor(fs.statSync(db).size / 2)), /大小不符.*可能被截断/],
    ['bytes flipped', (db: string) => flipBytes(db), /校验值不符/],
  ])('fails verification in Chinese when the copy is %s', async (_name, damage, message) => {
    const { dir } = await backedUp();
    damage(path.join(dir, 'ledger.sqlite'));
    const check = verifyBackup(dir);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.problems.join('；')).toMatch(message);
  });

  it('fails verification when an attachment is missing or altered, or the manifest is gone', async () => {
    const { dir } = await backedUp();
    const files = fs.readdirSync(path.join(dir, 'attachments'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    fs.rmSync(path.join(files[0]!.parentPath, files[0]!.name));
    flipBytes(path.join(files[1]!.parentPath, files[1]!.name), 4);
    const check = verifyBackup(dir);
    expect(check.ok ? [] : check.problems).toEqual([expect.stringMatching(/^附件文件缺失：/), expect.stringMatching(/^附件文件已损坏/)]);
    fs.rmSync(path.join(dir, 'manifest.json'));
    expect(verifyBackup(dir)).toEqual({ ok: false, problems: [expect.stringContaining('不是本程序的备份')] });
  });
});

describe('restore', () => {
  it('reproduces every table row count and attachment in a fresh data folder', async () => {
    const { core, dir } = await backedUp();
    const target = path.join(freshFolder(), 'ledger.sqlite');
    const result = restoreBackup({ dbPath: target, backupDir: dir, now: NOW, knownMigrationMillis: KNOWN, reopen: reopenAt(target) });
    core.close();
    const before = snapshot(core.handle.sqlite.name);
    expect(snapshot(target)).toEqual(before);
    expect(Object.keys(before.files)).toHaveLength(3);
    expect(result.tables).toEqual(before.tables);
  });

  it('moves the current database, its WAL and attachments aside before putting the backup in place', async () => {
    const { core, dir } = await backedUp();
    const original = core.handle.sqlite.name;
    core.close();
    const other = await seededCore(freshFolder());
    other.close();
    const before = snapshot(other.handle.sqlite.name);
    const result = restoreBackup({ dbPath: other.handle.sqlite.name, backupDir: dir, now: NOW, knownMigrationMillis: KNOWN, reopen: reopenAt(other.handle.sqlite.name) });
    expect(result.asideDir).toBe(path.join(other.dir, 'backups', 'before-restore-2026-11-27T083000Z'));
    // The WAL a reader left behind travels with its database.
    expect(fs.readdirSync(result.asideDir).sort()).toEqual(['attachments', 'ledger.sqlite', 'ledger.sqlite-shm', 'ledger.sqlite-wal']);
    expect(snapshot(other.handle.sqlite.name)).toEqual(snapshot(original));
    expect(snapshot(path.join(result.asideDir, 'ledger.sqlite')).tables).toEqual(before.tables);
  });

  it.each([
    ['a damaged backup', (dir: string) => flipBytes(path.join(dir, 'ledger.sqlite')), /校验值不符/],
    ['a backup from a newer program', () => undefined, /更新版本的程序/],
  ])('refuses %s and changes nothing', async (_name, damage, message) => {
    const { dir } = await backedUp();
    damage(dir);
    const other = await seededCore(freshFolder());
    other.close();
    const dbPath = other.handle.sqlite.name;
    const before = snapshot(dbPath);
    const known = message.source.includes('更新') ? 1 : KNOWN;
    expect(() => restoreBackup({ dbPath, backupDir: dir, now: NOW, knownMigrationMillis: known, reopen: reopenAt(dbPath) })).toThrow(BackupError);
    expect(() => restoreBackup({ dbPath, backupDir: dir, now: NOW, knownMigrationMillis: known, reopen: reopenAt(dbPath) })).toThrow(message);
    expect(snapshot(dbPath)).toEqual(before);
    expect(fs.existsSync(path.join(other.dir, 'backups'))).toBe(false);
  });

  it('rolls everything back when the restored file cannot be opened', async () => {
    const { dir } = await backedUp();
    const other = await seededCore(freshFolder());
    other.close();
    const dbPath = other.handle.sqlite.name;
    const before = snapshot(dbPath);
    const reopen = () => {
      throw new Error('模拟打开失败');
    };
    expect(() => restoreBackup({ dbPath, backupDir: dir, now: NOW, knownMigrationMillis: KNOWN, reopen })).toThrow(/恢复失败，数据已还原为恢复前的状态：模拟打开失败/);
    expect(snapshot(dbPath)).toEqual(before);
    expect(fs.readdirSync(path.join(other.dir, 'backups'))).toEqual([]);
  });
});
