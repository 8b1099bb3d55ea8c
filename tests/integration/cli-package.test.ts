// The CLI's statistics and package commands over the same core: report, export, verify, register-office, import.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core';
import { sourceMigrationsFolder } from '../../electron/core/resources';
import { runCli } from '../../electron/cli/run';
import { makeTempDir } from '../helpers/temp-core';

let dir = '';
const office = () => path.join(dir, 'office.sqlite');
const district = () => path.join(dir, 'district.sqlite');

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, (dbArg) =>
    openCore({ dbPath: dbArg!, migrationsFolder: sourceMigrationsFolder, actor: 'cli-test', appVersion: '0.0.0' }),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The last months, newest first (the demo's dates are relative to today). */
function lastMonths(n: number): string[] {
  const d = new Date();
  return Array.from({ length: n }, (_, i) => {
    const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1 - i, 1));
    return m.toISOString().slice(0, 7);
  });
}

describe('cli: report, export, verify, import', () => {
  beforeAll(async () => {
    dir = makeTempDir('ledger-cli-package-');
    expect((await cli(['demo', '--db', office()])).code).toBe(0);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('report prints the figures; a month that is not ready is refused with its cases; a ready one exports, verifies and imports once', async () => {
    const report = await cli(['report', '--db', office(), '--period', lastMonths(1)[0]!]);
    expect(report.code).toBe(0);
    expect(report.out).toContain('调解成功率');

    const tried = [];
    let exported: string | null = null;
    for (const month of lastMonths(6)) {
      const file = path.join(dir, `${month}.zip`);
      const run = await cli(['export', '--db', office(), '--period', month, '--out', file]);
      tried.push({ month, run });
      if (run.code === 0) {
        exported = file;
        break;
      }
      // A refusal names the period and every case to fix, and writes nothing.
      expect(run.err).toContain('不能导出数据包');
      expect(fs.existsSync(file)).toBe(false);
    }
    expect(exported, JSON.stringify(tried.map((t) => [t.month, t.run.err]))).not.toBeNull();
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const unknown = await cli(['verify', exported!, '--db', district()]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('[keyUnregistered]');
    const key = /登记公钥：(\S+)/.exec(unknown.err)?.[1];
    expect(key).toMatch(/^[A-Za-z0-9+/]{43}=$/);

    expect((await cli(['register-office', '--db', district(), '--code', '320102002', '--name', '玄武门司法所', '--key', key!])).code).toBe(0);
    const valid = await cli(['verify', exported!, '--db', district()]);
    expect(valid.code).toBe(0);
    expect(valid.out).toContain('校验通过');
    const first = await cli(['import', exported!, '--db', district()]);
    expect(first.code).toBe(0);
    expect(first.out).toContain('已导入');
    const again = await cli(['import', exported!, '--db', district()]);
    expect(again.out).toContain('未作改动');
    const summed = await cli(['report', '--district', '--db', district(), '--period', path.basename(exported!, '.zip')]);
    expect(summed.code).toBe(0);
    expect(summed.out).toContain('合计');
  }, 120_000);

  it('verify of a file that is not a package exits 1 naming the problem', async () => {
    const junk = path.join(dir, 'junk.zip');
    fs.writeFileSync(junk, 'not a zip');
    const run = await cli(['verify', junk, '--db', district()]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('[zipNotZip]');
  });
});
