// The CLI's backup and restore commands: exit codes, Chinese output, --to, a damaged backup refused, restore over a damaged database.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import { listBackups, secondFolderRoot, verifyBackup } from '../../electron/core/backup';
import { sourceMigrationsFolder } from '../../electron/core/resources';
import { runCli } from '../../electron/cli/run';
import { makeTempDir } from '../helpers/temp-core';
import { flipBytes, snapshot } from './backup-fixtures';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = makeTempDir();
  dirs.push(dir);
  return dir;
}

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const opened: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, (dbArg) => {
    opened.push(dbArg ?? '');
    return openCore({ dbPath: dbArg!, migrationsFolder: sourceMigrationsFolder, actor: 'cli-test', appVersion: '0.0.0' });
  });
  return { code, out: out.join('\n'), err: err.join('\n'), opened };
}

async function demoDb(): Promise<string> {
  const db = path.join(tempDir(), 'ledger.sqlite');
  expect((await cli(['demo', '--db', db, '--staff', '3'])).code).toBe(0);
  return db;
}

describe('cli backup and restore', () => {
  it('backs up into backups/manual and a second folder, and restores into a fresh data folder', async () => {
    const db = await demoDb();
    const usb = tempDir();
    const made = await cli(['backup', '--db', db, '--to', usb]);
    expect(made).toMatchObject({ code: 0, err: '' });
    expect(made.out).toMatch(/^已备份并校验通过：.*backups[/\\]manual[/\\]\d{4}-\d{2}-\d{2}T\d{6}Z$/m);
    expect(made.out).toContain('已复制到第二位置并校验通过：');
    const [backup] = listBackups(path.join(path.dirname(db), 'backups'));
    const [copy] = listBackups(secondFolderRoot(usb));
    expect(verifyBackup(backup!.dir).ok && verifyBackup(copy!.dir).ok).toBe(true);

    const target = path.join(tempDir(), 'ledger.sqlite');
    const restored = await cli(['restore', path.join(copy!.dir, 'manifest.json'), '--db', target]);
    expect(restored).toMatchObject({ code: 0, err: '' });
    expect(restored.out).toContain(`已从备份恢复：${copy!.dir}`);
    expect(restored.out).toContain('恢复前的数据库和附件已移到：');
    expect(snapshot(target).tables).toEqual(snapshot(db).tables);
    expect((await cli(['info', '--db', target])).out).toContain('工作人员：3 人');
  });

  it('restores over a damaged database without opening it first', async () => {
    const db = await demoDb();
    expect((await cli(['backup', '--db', db])).code).toBe(0);
    const [backup] = listBackups(path.join(path.dirname(db), 'backups'));
    const before = snapshot(db).tables;
    fs.writeFileSync(db, 'this is not a database');
    const restored = await cli(['restore', backup!.dir, '--db', db]);
    expect(restored.code).toBe(0);
    expect(snapshot(db).tables).toEqual(before);
  });

  it('refuses a damaged backup with exit 1 in Chinese and changes nothing', async () => {
    const db = await demoDb();
    expect((await cli(['backup', '--db', db])).code).toBe(0);
    const [backup] = listBackups(path.join(path.dirname(db), 'backups'));
    flipBytes(path.join(backup!.dir, 'ledger.sqlite'));
    const target = await demoDb();
    const before = snapshot(target);
    const refused = await cli(['restore', backup!.dir, '--db', target]);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^备份校验未通过：.*校验值不符.*未作任何改动。$/);
    expect(refused.opened).toEqual([]);
    expect(snapshot(target)).toEqual(before);
    expect((await cli(['restore', path.join(tempDir(), 'nothing'), '--db', target])).err).toContain('找不到备份文件夹');
  });

  it.each([[['restore']], [['restore', 'a', 'b']], [['backup', 'extra']], [['info', '--to', '/tmp']], [['demo', '--to', '/tmp']]])(
    'prints usage and exits 2 for %j without opening a database',
    async (args) => {
      const result = await cli(args);
      expect(result.code).toBe(2);
      expect(result.err).toContain('用法：npm run cli -- <命令> [选项]');
      expect(result.opened).toEqual([]);
    },
  );
});
