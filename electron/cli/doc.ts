// `npm run cli -- doc …`: print any form, the whole dossier, the month's batch, or list what a case offers.
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../core';
import { documentForms } from '../shared/documents/form-codes';
import type { MethodName, MethodOutput } from '../shared/contract';
import type { Io } from './commands';

export interface DocOptions {
  case?: string;
  id?: string;
  step?: string;
  period?: string;
  format?: string;
  out?: string;
}

export const DOC_USAGE = `  doc <文书>       生成一份文书（--format pdf 或 docx，默认 pdf；--out 文件，默认当前文件夹中的文书名）：
                    案件文书用 --case <案件编号> [--step <步骤编号>]；共建活动、三会一课、排查记录用 --id <编号>；
                    月度工作报告用 --period 2026-10
  doc dossier      整卷 PDF（--case <案件编号>），封面、目录（含页号）、各卷内文书和扫描件、封底
  doc batch        生成一个月已建卷结案案件的整卷 PDF（--period 2026-10），显示进度，写入数据目录的 exports/卷宗/
  doc list         列出案件当前可生成的文书（--case <案件编号>）；不带 --case 时列出全部文书代码`;

class DocError extends Error {}

async function call<M extends MethodName>(core: Core, method: M, input: unknown): Promise<MethodOutput<M>> {
  const result = await core.dispatch(method, input);
  if (!result.ok) {
    const field = result.error.field ? `（字段 ${result.error.field}）` : '';
    throw new DocError(`${result.error.message}${field}`);
  }
  return result.value as MethodOutput<M>;
}

function idOf(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new DocError(`${flag} 应为正整数`);
  return n;
}

function save(io: Io, out: string | undefined, file: { fileName: string; dataBase64: string }): void {
  const target = path.resolve(out ?? file.fileName);
  fs.writeFileSync(target, Buffer.from(file.dataBase64, 'base64'));
  io.out(`已生成：${target}`);
}

async function list(core: Core, io: Io, caseId: number | undefined): Promise<void> {
  if (caseId === undefined) {
    for (const f of documentForms) io.out(`${f.code.padEnd(20)} ${f.label}`);
    return;
  }
  const { items } = await call(core, 'document.forms', { caseId });
  if (items.length === 0) io.out('该案件当前没有可生成的文书');
  for (const i of items) {
    const step = i.stepId === null ? '' : `  --step ${i.stepId}${i.detail ? `（${i.detail}）` : ''}`;
    io.out(`${i.form.padEnd(20)} ${i.label}${step}${i.custom ? '  [本所模板]' : ''}`);
  }
}

async function batch(core: Core, io: Io, period: string | undefined): Promise<number> {
  if (period === undefined) throw new DocError('doc batch 需要 --period，如 2026-10');
  let job = await call(core, 'document.batchStart', { period });
  io.out(`开始生成 ${job.total} 份整卷 PDF → ${job.folder}`);
  while (job.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const next = await call(core, 'document.batchStatus', { jobId: job.jobId });
    if (next.done !== job.done) io.out(`  ${next.done}/${next.total}`);
    job = next;
  }
  for (const f of job.failed) io.err(`  失败：${f.title}（案件 ${f.caseId}）：${f.message}`);
  io.out(`完成：写入 ${job.written.length} 份，失败 ${job.failed.length} 份。`);
  return job.failed.length === 0 ? 0 : 1;
}

export async function doc(core: Core, io: Io, what: string, o: DocOptions): Promise<number> {
  try {
    const caseId = idOf(o.case, '--case');
    if (what === 'list') return await list(core, io, caseId), 0;
    if (what === 'batch') return await batch(core, io, o.period);
    if (what === 'dossier') {
      if (caseId === undefined) throw new DocError('doc dossier 需要 --case <案件编号>');
      const file = await call(core, 'document.dossier', { caseId });
      save(io, o.out, file);
      io.out(`共 ${file.pageCount} 页：${file.parts.map((p) => `${p.label} 第${p.startPage}页`).join('；')}`);
      return 0;
    }
    const form = documentForms.find((f) => f.code === what);
    if (form === undefined) throw new DocError(`未知的文书：${what}（doc list 列出全部文书代码）`);
    const format = o.format ?? 'pdf';
    if (format !== 'pdf' && format !== 'docx') throw new DocError('--format 应为 pdf 或 docx');
    const id = form.source === 'case' ? caseId : idOf(o.id, '--id');
    if (form.source === 'case' && id === undefined) throw new DocError(`${form.label}需要 --case <案件编号>`);
    const input = { form: form.code, id, stepId: idOf(o.step, '--step'), period: o.period, format };
    save(io, o.out, await call(core, 'document.render', input));
    return 0;
  } catch (error) {
    if (error instanceof DocError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}
