// document.* through the real dispatcher on the demo office: every form of every case state prints as PDF and Word,
// the whole dossier's 目录 matches its pages, printing is audited, and the month's batch runs and can be cancelled.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unregisteredForms } from '../../../electron/core/documents/registry';
import type { CaseRow } from '../../../electron/shared/schemas/case';
import type { BatchJob, DocumentFile, DocumentFormItem, DossierPdf } from '../../../electron/shared/schemas/document';
import { openDemoCore } from '../../helpers/demo-core';
import { pdfText } from '../../helpers/pdf-text';
import { ok, type TempCore } from '../../helpers/temp-core';

let core: TempCore;
let rows: CaseRow[];

beforeAll(async () => {
  core = openDemoCore();
  rows = (await ok<{ items: CaseRow[] }>(core, 'case.list', { pageSize: 100, sort: 'receivedOn' })).items;
});
afterAll(() => core.cleanup());

/** A generated file's text, whole or one page (1-based), as pdftotext -layout reads it. */
function textOf(file: DocumentFile, page?: number): string {
  const read = pdfText(Buffer.from(file.dataBase64, 'base64'));
  return page === undefined ? read.text : (read.pages[page - 1] ?? '');
}

/** The 序号 and 页号 on the 目录 row of a part (pdftotext -layout keeps a table row on one line). */
function tocRow(text: string, label: string): [string, string] | null {
  const line = text.split('\n').find((l) => l.includes(label));
  const m = line === undefined ? null : new RegExp(`^\\s*(\\d+)\\s+${label.replace(/[()（）]/g, '.')}\\s+(\\S+)`).exec(line);
  return m ? [m[1]!, m[2]!] : null;
}

const forms = (caseId: number) => ok<{ items: DocumentFormItem[] }>(core, 'document.forms', { caseId });

describe('document service', () => {
  it('has a definition for every case and register form', () => {
    expect(unregisteredForms()).toEqual([]);
  });

  it('offers the forms that fit each case state, and prints each as PDF and Word without a null or undefined', async () => {
    const byState = new Map<string, CaseRow>();
    for (const r of rows) if (!byState.has(r.state) || r.dossierStatus === 'closed') byState.set(r.state, r);
    expect(byState.size).toBe(6);
    // One case of each state, then successful ones until both kinds of agreement have printed.
    const succeeded = rows.filter((r) => r.state === 'succeeded');
    const seen = new Set<string>();
    for (const row of [...byState.values(), ...succeeded]) {
      if (row.state === 'succeeded' && seen.has('agreement') && seen.has('oralAgreement') && seen.has('confirmationRequest')) continue;
      const { items } = await forms(row.id);
      for (const item of items) {
        seen.add(item.form);
        const input = { form: item.form, id: row.id, stepId: item.stepId ?? undefined };
        const pdf = await ok<DocumentFile>(core, 'document.render', { ...input, format: 'pdf' });
        expect(pdf.mime).toBe('application/pdf');
        const text = textOf(pdf);
        expect(text, `${item.form} of case ${row.id}`).not.toMatch(/undefined|null|NaN|\[object/);
        const word = await ok<DocumentFile>(core, 'document.render', { ...input, format: 'docx' });
        expect(word.fileName.endsWith('.docx')).toBe(true);
        expect(Buffer.from(word.dataBase64, 'base64').subarray(0, 2).toString()).toBe('PK');
      }
    }
    const all = ['cover', 'toc', 'application', 'acceptance', 'rightsNotice', 'inquiry', 'session', 'agreement', 'oralAgreement', 'followUp', 'rejectionNotice', 'terminationNotice', 'confirmationRequest', 'backCover'];
    for (const code of all) {
      expect(seen, code).toContain(code);
    }
  });

  it('refuses a form that does not fit the case, naming it', async () => {
    const rejected = rows.find((r) => r.state === 'rejected')!;
    const result = await core.dispatch('document.render', { form: 'agreement', id: rejected.id, format: 'pdf' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(result.ok ? '' : result.error.message).toContain('人民调解协议书');
  });

  it('prints the whole dossier with the 目录 pointing at each part’s first page, and audits the print', async () => {
    const closed = rows.find((r) => r.dossierStatus === 'closed' && r.state === 'succeeded')!;
    const out = await ok<DossierPdf>(core, 'document.dossier', { caseId: closed.id });
    expect(out.pageCount % 2).toBe(0);
    // Cover (page 1) with its blank back, then the 目录 on a front side.
    const toc = textOf(out, 3);
    expect(toc).toContain('卷内目录');
    out.parts.forEach((part, i) => {
      // Each row: 序号, 文书名称, 页号 — the page number right after the name, not just anywhere on the page.
      expect(tocRow(toc, part.label), part.label).toEqual([String(i + 1), String(part.startPage)]);
      // Document page n is PDF page n + 4 (cover, its blank back, the one-page 目录 and its blank back, unnumbered).
      const first = textOf(out, part.startPage + 4);
      expect(first, part.label).toMatch(new RegExp(`—\\s*${part.startPage}\\s*—`));
    });
    const audit = await ok<{ items: { method: string; after: unknown }[] }>(core, 'audit.list', { method: 'document.dossier', pageSize: 5 });
    expect(audit.items[0]?.after).toMatchObject({ form: 'dossier', pages: out.pageCount });
  });

  it('names a damaged uploaded PDF instead of failing the whole dossier with an internal error', async () => {
    const open = rows.find((r) => r.dossierStatus === 'open')!;
    const broken = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% truncated');
    await ok(core, 'attachment.add', { ownerType: 'case', ownerId: open.id, role: 'evidence', name: '证据.pdf', dataBase64: broken.toString('base64') });
    const result = await core.dispatch('document.dossier', { caseId: open.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(result.ok ? '' : result.error.message).toContain('“证据.pdf”不是可读的 PDF 文件');
  });

  it('prints a separate 卷内目录 with the page numbers of the whole dossier', async () => {
    const closed = rows.find((r) => r.dossierStatus === 'closed')!;
    const dossier = await ok<DossierPdf>(core, 'document.dossier', { caseId: closed.id });
    const toc = await ok<DocumentFile>(core, 'document.render', { form: 'toc', id: closed.id, format: 'pdf' });
    const text = textOf(toc);
    dossier.parts.forEach((part, i) => {
      expect(tocRow(text, part.label), part.label).toEqual([String(i + 1), String(part.startPage)]);
    });
  });

  it('prints register records and the official documents', async () => {
    const activity = await ok<{ items: { id: number }[] }>(core, 'jointActivity.list', { pageSize: 1 });
    const file = await ok<DocumentFile>(core, 'document.render', { form: 'jointActivity', id: activity.items[0]!.id, format: 'pdf' });
    expect(textOf(file)).toContain('共建');
    const report = await ok<DocumentFile>(core, 'document.render', { form: 'monthlyReport', period: '2026-10', format: 'pdf' });
    expect(textOf(report)).toContain('2026年10月');
    expect(report.fileName).toBe('玄武门司法所关于2026年10月人民调解工作情况的报告.pdf');
    // The demo office has its Party branch: there is nothing to request (official-demo.test prints one without).
    const request = await core.dispatch('document.render', { form: 'branchRequest', format: 'docx' });
    expect(request).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(request.ok ? '' : request.error.message).toContain('无需再请示成立');
  });

  it('writes the month’s dossiers into a folder in the background, reporting progress', async () => {
    const month = rows.find((r) => r.dossierStatus === 'closed' && r.concludedOn !== null)!.concludedOn!.slice(0, 7);
    let job = await ok<BatchJob>(core, 'document.batchStart', { period: month });
    expect(job).toMatchObject({ state: 'running', period: month, done: 0 });
    expect(job.total).toBeGreaterThan(0);
    const refused = await core.dispatch('document.batchStart', { period: month });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    while (job.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 50));
      job = await ok<BatchJob>(core, 'document.batchStatus', { jobId: job.jobId });
    }
    expect(job).toMatchObject({ state: 'done', done: job.total, failed: [] });
    const files = fs.readdirSync(job.folder).filter((f) => f.endsWith('.pdf'));
    expect(files.sort()).toEqual([...job.written].sort());
    expect(fs.readdirSync(job.folder).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('stops a batch on cancel, keeping what was written', async () => {
    const months = [...new Set(rows.filter((r) => r.dossierStatus === 'closed' && r.concludedOn).map((r) => r.concludedOn!.slice(0, 7)))];
    const month = months.sort((a, b) => rows.filter((r) => r.concludedOn?.startsWith(b)).length - rows.filter((r) => r.concludedOn?.startsWith(a)).length)[0]!;
    const job = await ok<BatchJob>(core, 'document.batchStart', { period: month });
    const cancelled = await ok<BatchJob>(core, 'document.batchCancel', { jobId: job.jobId });
    let last = cancelled;
    while (last.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 50));
      last = await ok<BatchJob>(core, 'document.batchStatus', { jobId: job.jobId });
    }
    expect(last.state).toBe(job.total > 1 ? 'cancelled' : 'done');
    expect(last.done).toBeLessThan(job.total + 1);
    expect(last.written.length).toBe(last.done - last.failed.length);
    const missing = await core.dispatch('document.batchStatus', { jobId: 'no-such-job' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
