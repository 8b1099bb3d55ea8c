// The CLI over the same core: demo then info on a temp DB, and usage errors.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import { sourceMigrationsFolder } from '../../electron/core/resources';
import { runCli } from '../../electron/cli/run';
import { makeTempDir } from '../helpers/temp-core';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

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

describe('cli', () => {
  it('verify checks the audit chain after demo, and names the row edited in the file', async () => {
    const dir = makeTempDir();
    dirs.push(dir);
    const db = path.join(dir, 'verify.sqlite');
    expect((await cli(['demo', '--db', db])).code).toBe(0);
    const intact = await cli(['verify', '--db', db]);
    expect(intact.code).toBe(0);
    expect(intact.out).toContain('审计日志完整');
    const core = openCore({ dbPath: db, migrationsFolder: sourceMigrationsFolder, actor: 'cli-test', appVersion: '0.0.0' });
    core.handle.sqlite.prepare("UPDATE audit_log SET actor = 'someone' WHERE id = 5").run();
    core.close();
    const broken = await cli(['verify', '--db', db]);
    expect(broken.code).toBe(1);
    expect(broken.err).toContain('第 5 号记录');
  });

  it('demo fills an empty database and info shows the office and staff', async () => {
    const dir = makeTempDir();
    dirs.push(dir);
    const db = path.join(dir, 'demo.sqlite');
    const demo = await cli(['demo', '--db', db, '--staff', '5']);
    expect(demo).toMatchObject({ code: 0, err: '' });
    expect(demo.out).toMatch(/已写入演示数据：玄武门司法所，工作人员 5 人，培训记录 \d+ 条。/);
    const info = await cli(['info', '--db', db]);
    expect(info.code).toBe(0);
    expect(info.out).toContain('司法所：玄武门司法所（机构代码 320102002）');
    expect(info.out).toContain('工作人员：5 人');
    expect(info.out.split('\n').filter((l) => l.startsWith('  '))).toHaveLength(5);
    const again = await cli(['demo', '--db', db]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('未作任何改动');
    expect((await cli(['info', '--db', db])).out).toContain('工作人员：5 人');
  });

  it.each([[[]], [['frobnicate']], [['info', 'extra']], [['demo', '--staff', 'abc']], [['demo', '--staff', '0']], [['info', '--bogus']], [['info', '--staff', '3']], [['demo', '--scenario', 'bogus']], [['info', '--scenario', 'full']]])(
    'prints usage and exits 2 for %j without opening a database',
    async (args) => {
      const result = await cli(args);
      expect(result.code).toBe(2);
      expect(result.err).toContain('用法：npm run cli -- <命令> [选项]');
      expect(result.opened).toEqual([]);
    },
  );
});

describe('cli process', () => {
  it('runs as `npm run cli` does, using LEDGER_DB when --db is not given', async () => {
    const { execFileSync } = await import('node:child_process');
    const dir = makeTempDir();
    dirs.push(dir);
    const env = { ...process.env, LEDGER_DB: path.join(dir, 'env.sqlite') };
    const tsx = path.resolve('node_modules/.bin/tsx');
    const run = (...args: string[]) => execFileSync(tsx, ['electron/cli/main.ts', ...args], { env, encoding: 'utf8' });
    expect(run('demo', '--staff', '3')).toContain('工作人员 3 人');
    expect(run('info')).toContain(`数据库：${env.LEDGER_DB}`);
    expect(() => execFileSync(tsx, ['electron/cli/main.ts', 'nope'], { env, stdio: 'pipe' })).toThrow(/status 2|exit code 2|Command failed/);
  });
});
