// `npm run cli -- doc …` over a copy of the demo office: a form, the whole dossier, the month's batch, the list, and usage errors.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import type { CaseRow } from '../../../electron/shared/schemas/case';
import { openDemoCore } from '../../helpers/demo-core';
import { ok } from '../../helpers/temp-core';

const core = openDemoCore();
afterAll(() => core.cleanup());

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  // The CLI closes the core it opened; hand it the shared one with a no-op close.
  const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, () => ({ ...core, close: () => undefined }));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const closedCase = async () =>
  (await ok<{ items: CaseRow[] }>(core, 'case.list', { pageSize: 1, dossierStatus: 'closed', state: 'succeeded' })).items[0]!;

describe('cli doc', () => {
  it('lists the form codes, and the forms a case offers with their steps', async () => {
    const all = await cli(['doc', 'list']);
    expect(all.code).toBe(0);
    expect(all.out).toMatch(/agreement\s+人民调解协议书/);
    const row = await closedCase();
    const mine = await cli(['doc', 'list', '--case', String(row.id)]);
    expect(mine.out).toContain('卷宗封面');
    expect(mine.out).toMatch(/session\s+人民调解记录\s+--step \d+/);
  });

  it('writes a form as Word and the whole dossier as PDF to the files named', async () => {
    const row = await closedCase();
    const docx = path.join(core.dir, '协议书.docx');
    const a = await cli(['doc', 'agreement', '--case', String(row.id), '--format', 'docx', '--out', docx]);
    expect(a).toMatchObject({ code: 0, err: '' });
    expect(fs.readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
    const pdf = path.join(core.dir, 'dossier.pdf');
    const d = await cli(['doc', 'dossier', '--case', String(row.id), '--out', pdf]);
    expect(d.code).toBe(0);
    const pages = Number(/共 (\d+) 页/.exec(d.out)?.[1]);
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(new RegExp(`Pages:\\s+${pages}\\b`));
  });

  it('runs the month’s batch to the end, printing progress', async () => {
    const row = await closedCase();
    const month = row.concludedOn!.slice(0, 7);
    const run = await cli(['doc', 'batch', '--period', month]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/完成：写入 \d+ 份，失败 0 份。/);
  });

  it('says in Chinese what is wrong with the command', async () => {
    expect((await cli(['doc', 'nothing'])).err).toContain('未知的文书：nothing');
    expect((await cli(['doc', 'agreement'])).err).toContain('人民调解协议书需要 --case');
    expect((await cli(['doc', 'agreement', '--case', 'x'])).err).toContain('--case 应为正整数');
    expect((await cli(['doc', 'agreement', '--case', '1', '--format', 'rtf'])).err).toContain('--format 应为 pdf 或 docx');
    expect((await cli(['doc', 'batch'])).err).toContain('需要 --period');
    const refused = await cli(['doc', 'monthlyReport', '--period', '2026-13']);
    expect(refused).toMatchObject({ code: 1 });
    expect(refused.err).toContain('月份格式应为 2026-11');
    const usage = await cli(['info', '--case', '1']);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('只用于 doc 命令');
  });
});
