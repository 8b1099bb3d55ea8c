// Office templates through dispatch: upload → list → download → restore, refusals that store nothing, audit rows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../electron/core/documents/templates/fill';
import { customTemplateOf, DOCX_MIME } from '../../../electron/core/services/template';
import { templatableForms } from '../../../electron/shared/documents/form-codes';
import type { DocumentFile, TemplateCheck, TemplateInfo } from '../../../electron/shared/schemas/document';
import { docxOf, docxText, p, table } from '../../fixtures/templates/docx-fixture';
import { ok, openTempCore, type TempCore } from '../../helpers/temp-core';

let core: TempCore;
beforeEach(() => {
  core = openTempCore();
});
afterEach(() => core.cleanup());

const GOOD = docxOf(p('卷号：{卷号}') + p('卷名：{卷名}') + table([['序号', '文书名称'], ['{#目录}{序号}', '{文书名称}{/目录}']]));
const b64 = (buf: Buffer) => buf.toString('base64');
const count = (sql: string) => core.handle.sqlite.prepare(sql).pluck().get() as number;
const auditRows = () =>
  core.handle.sqlite.prepare("SELECT method, entity_id, before, after FROM audit_log WHERE entity = 'documentTemplate' ORDER BY id").all() as {
    method: string;
    entity_id: string;
    before: string | null;
    after: string | null;
  }[];
const tocInfo = async () => (await ok<{ items: TemplateInfo[] }>(core, 'template.list', {})).items.find((i) => i.form === 'toc')!;

describe('office templates', () => {
  it('lists every templatable form with its fields, built-in by default', async () => {
    const { items } = await ok<{ items: TemplateInfo[] }>(core, 'template.list', {});
    expect(items.map((i) => i.form)).toEqual(templatableForms.map((f) => f.code));
    const toc = items.find((i) => i.form === 'toc')!;
    expect(toc).toMatchObject({ label: '卷内目录', custom: null });
    expect(toc.fields.map((f) => `${f.name}:${f.kind}`)).toEqual(['卷号:text', '卷名:text', '目录:list']);
    expect(toc.fields[2]!.fields!.map((f) => f.name)).toEqual(['序号', '文书名称', '页号', '备注']);
  });

  it('checks without storing', async () => {
    const result = await ok<TemplateCheck>(core, 'template.check', { form: 'toc', dataBase64: b64(docxOf(p('{案号}'))) });
    expect(result.accepted).toBe(false);
    expect(result.problems[0]).toMatchObject({ kind: 'unknownField', tag: '{案号}' });
    expect(count('SELECT COUNT(*) FROM document_template')).toBe(0);
    expect(auditRows()).toEqual([]);
  });

  it('upload → list shows custom → download returns the same bytes → restore → built-in again', async () => {
    core.setNow('2026-11-27T03:04:05.000Z');
    const info = await ok<TemplateInfo>(core, 'template.upload', { form: 'toc', fileName: 'C:\\模板\\本所卷内目录.docx', dataBase64: b64(GOOD) });
    expect(info.custom).toEqual({ fileName: '本所卷内目录.docx', uploadedAt: '2026-11-27T03:04:05.000Z', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect((await tocInfo()).custom).toEqual(info.custom);

    const file = await ok<DocumentFile>(core, 'template.download', { form: 'toc' });
    expect(file).toMatchObject({ fileName: '本所卷内目录.docx', mime: DOCX_MIME });
    expect(Buffer.from(file.dataBase64, 'base64').equals(GOOD)).toBe(true);

    const stored = customTemplateOf(core.handle.db, 'toc')!;
    expect(stored.equals(GOOD)).toBe(true);
    const filled = fillTemplate(stored, { 卷号: '（2026）城关调字第001号', 卷名: '张三与李四邻里纠纷', 目录: [
      { 序号: '1', 文书名称: '人民调解申请书', 页号: '', 备注: '' },
      { 序号: '2', 文书名称: '人民调解协议书', 页号: '', 备注: '' },
    ] });
    expect(docxText(filled)).toContain('序号 | 文书名称\n1 | 人民调解申请书\n2 | 人民调解协议书\n');

    const restored = await ok<TemplateInfo>(core, 'template.restore', { form: 'toc' });
    expect(restored.custom).toBeNull();
    expect((await tocInfo()).custom).toBeNull();
    expect(customTemplateOf(core.handle.db, 'toc')).toBeNull();

    const audit = auditRows();
    expect(audit.map((r) => [r.method, r.entity_id])).toEqual([
      ['template.upload', 'toc'],
      ['template.restore', 'toc'],
    ]);
    const kept = { form: 'toc', fileName: '本所卷内目录.docx', sha256: info.custom!.sha256 };
    expect(audit[0]!.before).toBeNull();
    expect(JSON.parse(audit[0]!.after!)).toEqual(kept);
    expect(JSON.parse(audit[1]!.before!)).toEqual(kept);
    expect(audit[1]!.after).toBeNull();
  });

  it('a second upload replaces the first, and the audit row keeps both hashes', async () => {
    await ok(core, 'template.upload', { form: 'toc', fileName: 'a.docx', dataBase64: b64(GOOD) });
    const second = docxOf(p('{卷名}'));
    const info = await ok<TemplateInfo>(core, 'template.upload', { form: 'toc', fileName: 'b', dataBase64: b64(second) });
    expect(info.custom!.fileName).toBe('b.docx');
    expect(count('SELECT COUNT(*) FROM document_template')).toBe(1);
    expect(customTemplateOf(core.handle.db, 'toc')!.equals(second)).toBe(true);
    const last = auditRows()[1]!;
    expect(JSON.parse(last.before!).fileName).toBe('a.docx');
    expect(JSON.parse(last.after!).fileName).toBe('b.docx');
  });

  it('refuses a bad template with the first problem and the count, storing and auditing nothing', async () => {
    const bad = docxOf(p('{卷号') + p('{案号}') + p('{姓名}'));
    const result = await core.dispatch('template.upload', { form: 'toc', fileName: 'bad.docx', dataBase64: b64(bad) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION_FAILED');
    expect(result.error.field).toBe('dataBase64');
    expect(result.error.message).toMatch(/^正文第1段.*缺少结尾的“}”等3个问题$/);
    const notDocx = await core.dispatch('template.upload', { form: 'toc', fileName: 'x.docx', dataBase64: b64(Buffer.from('hello')) });
    expect(notDocx.ok ? '' : notDocx.error.message).toContain('不是有效的 Word 文档');
    expect(count('SELECT COUNT(*) FROM document_template')).toBe(0);
    expect(auditRows()).toEqual([]);
  });

  it('restoring a form that already prints the built-in layout succeeds and is audited', async () => {
    expect((await ok<TemplateInfo>(core, 'template.restore', { form: 'agreement' })).custom).toBeNull();
    expect(auditRows()).toEqual([{ method: 'template.restore', entity_id: 'agreement', before: null, after: null }]);
  });

  it('refuses forms that cannot be templated and input that is not base64', async () => {
    const official = await core.dispatch('template.upload', { form: 'branchRequest', fileName: 'a.docx', dataBase64: b64(GOOD) });
    expect(official.ok).toBe(false);
    const garbage = await core.dispatch('template.check', { form: 'toc', dataBase64: '不是base64' });
    expect(garbage.ok ? '' : garbage.error.message).toBe('文件内容编码不正确');
  });

  it('downloads a starter template, listing the fields, that passes its own check', async () => {
    const file = await ok<DocumentFile>(core, 'template.download', { form: 'toc' });
    expect(file).toMatchObject({ fileName: '卷内目录模板.docx', mime: DOCX_MIME });
    const text = docxText(Buffer.from(file.dataBase64, 'base64'));
    expect(text).toContain('{卷号}');
    expect(text).toContain('{#目录}{序号}');
    const check = await ok<TemplateCheck>(core, 'template.check', { form: 'toc', dataBase64: file.dataBase64 });
    expect(check).toEqual({ accepted: true, problems: [] });
    expect(auditRows()).toEqual([]);
  });
});
