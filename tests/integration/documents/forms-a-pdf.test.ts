// First-half case forms printed to PDF from the demo office: filled values come out in reading order; bare forms print blanks.
import { afterAll, describe, expect, it } from 'vitest';
import { machineFonts } from '../../../electron/core/documents/fonts';
import { caseFormsA } from '../../../electron/core/documents/forms/case-forms-a';
import { renderFormsPdf } from '../../../electron/core/documents/pdf/render-form';
import { caseSources } from '../../../electron/shared/case-codes';
import { labelOf } from '../../../electron/shared/codes';
import { dateCn } from '../../../electron/shared/documents/format';
import type { FormDoc } from '../../../electron/shared/documents/form-doc';
import { openDemoCore } from '../../helpers/demo-core';
import { inOrder, pdfText, type PdfText } from '../../helpers/pdf-text';
import { ok } from '../../helpers/temp-core';
import { bareCase, buildAll, contextOf } from './forms-a-helpers';

const core = openDemoCore();
afterAll(() => core.cleanup());

/** Prints forms into one PDF and reads it back (KEEP_FORM_PNG=folder: PNGs of the pages to look at). */
async function printed(name: string, docs: readonly FormDoc[]): Promise<PdfText> {
  return pdfText(await renderFormsPdf(docs, machineFonts(false)), name);
}

describe('first-half case forms as PDF', () => {
  it('prints a concluded demo case: cover, acceptance, rights notice, inquiry, session, back cover', async () => {
    const page = await ok<{ items: { id: number }[] }>(core, 'case.list', { state: 'succeeded', dossierStatus: 'closed', pageSize: 1 });
    const ctx = contextOf(core, page.items[0]!.id);
    const d = ctx.detail;
    const built = buildAll(ctx);
    const one = async (code: string) => {
      const docs = built.filter((b) => b.code === code).map((b) => b.doc);
      expect(docs.length, code).toBeGreaterThan(0);
      return printed(`${code}-${d.id}`, docs);
    };

    const cover = await one('cover');
    expect(cover.pages.length).toBe(1);
    inOrder(cover.text, [d.committeeName, '调解卷宗', '卷名', d.title, '卷号', d.dossier!.number, '人民调解员', d.mediators[0]!.name, '调解日期', dateCn(d.acceptedOn), dateCn(d.concludedOn), '立卷人', d.dossier!.closedBy!, '立卷日期', dateCn(d.dossier!.closedOn), '保管期限', d.dossier!.retention!, '备注']);

    const acceptance = await one('acceptance');
    expect(acceptance.pages.length).toBe(1);
    // Labels are centred in their rows, so labels and values are checked as two sequences.
    inOrder(acceptance.text, ['人民调解受理登记表', '纠纷类型', '案件来源', '纠纷简要情况', '当事人（签名）', '登记人（签名）']);
    inOrder(acceptance.text, [dateCn(d.acceptedOn), '本委员会经当事人同意', d.categoryLabel, `■${labelOf(caseSources, d.source)}`, d.facts.slice(0, 8), d.committeeName, '此表由人民调解委员会填写']);

    const notice = await one('rightsNotice');
    inOrder(notice.text, ['人民调解当事人权利义务告知书', '享有下列权利', '1、选择或者接受人民调解员', '履行下列义务', '如实陈述纠纷事实', `${d.parties[0]!.name}（签名、盖章或按指印）`]);

    const session = await one('session');
    const s = d.steps.find((x) => x.kind === 'session')!;
    inOrder(session.text, ['人民调解记录', '时间', dateCn(s.occurredOn), '地点', '事由', '参加人', '当事人', '调解员', '记录人', '调解记录', s.content!.slice(0, 6), '调解员（签名）', '记录人（签名）']);

    const back = await one('backCover');
    expect(back.pages.length).toBe(1);
    inOrder(back.text, ['卷内备考表', '本卷情况说明', '本卷共有文件材料', '立卷人', d.dossier!.closedBy!, '检查人', '立卷日期', dateCn(d.dossier!.closedOn)]);

    const inquiries = built.filter((b) => b.code === 'inquiry');
    if (inquiries.length) {
      const inq = await one('inquiry');
      inOrder(inq.text, ['人民调解调查记录', '时间', '地点', '调查人', '被调查人', '记录人', '调查记录', '被调查人（签名或按指印）', '调查人（签名）', '记录人（签名）']);
    }
  });

  it('prints an applied case’s application with both sides, the numbered requests and the signature', async () => {
    const page = await ok<{ items: { id: number }[] }>(core, 'case.list', { source: 'applied', state: 'succeeded', pageSize: 1 });
    const ctx = contextOf(core, page.items[0]!.id);
    const d = ctx.detail;
    const b = buildAll(ctx).find((x) => x.code === 'application')!;
    const { text } = await printed(`application-${d.id}`, [b.doc]);
    const applicant = d.parties.find((p) => p.role === 'applicant')!;
    const respondent = d.parties.find((p) => p.role === 'respondent')!;
    // The role label spans its party's rows and prints at the top of them.
    inOrder(text, ['人民调解申请书', '申请人', '姓名', applicant.name, '性别', '民族', '年龄', '职业或职务', '联系方式', '单位或住址']);
    inOrder(text, ['单位或住址', '被申请人', respondent.name, '年龄', '单位或住址', '纠纷简要情况', '当事人申请事项', '自愿申请', '申请人（签名、盖章或按指印）', dateCn(d.receivedOn)]);
  });

  it('prints the forms of a bare case with blanks, never null words', async () => {
    const ctx = contextOf(core, await bareCase(core));
    const docs = Object.values(caseFormsA).map((f) => f.layout(f.build(ctx, null)));
    const { text, pages } = await printed(`bare-${ctx.detail.id}`, docs);
    expect(pages.length).toBeGreaterThanOrEqual(docs.length);
    expect(text).not.toMatch(/undefined|null|NaN/);
    inOrder(text, ['调解卷宗', '（', '）', '调字第', '号', '人民调解申请书', '甲', '乙公司', '人民调解受理登记表', '年', '月', '日']);
  });
});
