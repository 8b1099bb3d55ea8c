// Second-half case forms printed to PDF: filled values come out in reading order (amounts in capitals), bare forms print blanks.
import PizZip from 'pizzip';
import { afterAll, describe, expect, it } from 'vitest';
import { renderFormDocx } from '../../../electron/core/documents/docx/render-form';
import { machineFonts } from '../../../electron/core/documents/fonts';
import { renderFormsPdf } from '../../../electron/core/documents/pdf/render-form';
import type { FormDoc } from '../../../electron/shared/documents/form-doc';
import { dateCn } from '../../../electron/shared/documents/format';
import { amountCn } from '../../../electron/shared/documents/money-cn';
import type { CaseStep } from '../../../electron/shared/schemas/case-step';
import { openDemoCore } from '../../helpers/demo-core';
import { inOrder, pdfText, squeeze, type PdfText } from '../../helpers/pdf-text';
import { ok } from '../../helpers/temp-core';
import { bareCases, buildAllB, contextOf, type BuiltB } from './forms-b-helpers';

const core = openDemoCore();
afterAll(() => core.cleanup());

/** Prints forms into one PDF and reads it back (KEEP_FORM_PNG=folder: PNGs of the pages to look at). */
async function printed(name: string, docs: readonly FormDoc[]): Promise<PdfText> {
  return pdfText(await renderFormsPdf(docs, machineFonts(false)), name);
}

async function demoBuilt(): Promise<BuiltB[]> {
  const page = await ok<{ items: { id: number }[] }>(core, 'case.list', { pageSize: 100 });
  return page.items.flatMap(({ id }) => buildAllB(contextOf(core, id)));
}

describe('second-half case forms as PDF', () => {
  it('prints a written agreement with its amount in capitals, and the 司法确认申请书 for it', async () => {
    const built = await demoBuilt();
    const b = built.find((x) => x.code === 'agreement' && (x.step as Extract<CaseStep, { kind: 'agreement' }>).amountFen !== null)!;
    const step = b.step as Extract<CaseStep, { kind: 'agreement' }>;
    const ctx = contextOf(core, step.caseId);
    const applicant = ctx.detail.parties.find((p) => p.role === 'applicant')!;
    const respondent = ctx.detail.parties.find((p) => p.role === 'respondent')!;
    const pdf = await printed('agreement', [b.doc]);
    expect(pdf.pages.length).toBeLessThanOrEqual(2);
    inOrder(pdf.text, [
      '人民调解协议书', String(b.data.编号), applicant.name, respondent.name, '纠纷主要事实、争议事项', ctx.detail.facts.slice(0, 10),
      '经调解，自愿达成如下协议', `1、${step.clauses[0]!.slice(0, 10)}`, amountCn(step.amountFen!), '履行方式、时限', `一式${String(b.data.份数)}份`,
      // The committee's name and the date sit beside the last two signature lines, where the seal is pressed over them.
      `申请人${applicant.name}（签名、盖章或按指印）：`, '人民调解员（签名）：', ctx.committee.name, '记录人（签名）：', dateCn(step.occurredOn),
    ]);
    const request = built.find((x) => x.code === 'confirmationRequest' && x.step.id === step.id)!;
    const req = await printed('confirmation', [request.doc]);
    inOrder(req.text, ['司法确认申请书', applicant.name, '请求事项', String(b.data.编号), '事实与理由', '第三十三条', '此致', '申请人', '（签名、盖章或按指印）']);
  });

  it('prints one of each form from the demo office, one or two pages each, without null or undefined', async () => {
    const built = await demoBuilt();
    for (const code of ['oralAgreement', 'followUp', 'rejectionNotice', 'terminationNotice']) {
      const b = built.find((x) => x.code === code)!;
      const pdf = await printed(`demo-${code}`, [b.doc]);
      expect(pdf.pages.length, code).toBeLessThanOrEqual(2);
      expect(pdf.text).toContain(squeeze(b.doc.title).split('').join(''));
      expect(pdf.text).not.toMatch(/undefined|null|NaN/);
    }
    const follow = built.find((x) => x.code === 'followUp')!;
    inOrder((await printed('follow', [follow.doc])).text, ['人民调解回访记录', String(follow.data.被回访当事人), String(follow.data.调解协议编号), '回访情况', '回访人（签名）：']);
  });

  it('prints bare forms with blanks, never null or undefined', async () => {
    const ids = await bareCases(core);
    const docs = ids.flatMap((id) => buildAllB(contextOf(core, id))).map((b) => b.doc);
    expect(docs.length).toBe(7);
    const pdf = await printed('bare', docs);
    expect(pdf.text).not.toMatch(/undefined|null|NaN/);
    inOrder(pdf.text, ['不予受理告知书', '甲：', '终止调解告知书', '人民调解协议书', '编号：', '甲', '乙公司', '双方和解', '一式三份', '司法确认申请书', '此致']);
  });

  it('renders the same forms to .docx, with the filled values and no null or undefined', async () => {
    const built = await demoBuilt();
    const docs = ['agreement', 'oralAgreement', 'followUp', 'rejectionNotice', 'terminationNotice', 'confirmationRequest'].map(
      (code) => built.find((b) => b.code === code)!,
    );
    const xml = new PizZip(await renderFormDocx(docs.map((b) => b.doc))).file('word/document.xml')!.asText();
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).not.toMatch(/undefined|null|NaN/);
    const agreement = docs[0]!;
    inOrder(text, ['人民调解协议书', String(agreement.data.协议金额 || agreement.data.编号), '人民调解口头协议登记表', '人民调解回访记录', '不予受理告知书', '终止调解告知书', '司法确认申请书']);
  });
});
