// Register forms printed from the demo office: in the PDF the values come out in reading order; the .docx holds them too.
import PizZip from 'pizzip';
import { afterAll, describe, expect, it } from 'vitest';
import { renderFormDocx } from '../../../electron/core/documents/docx/render-form';
import { machineFonts } from '../../../electron/core/documents/fonts';
import { cpcMeetingForm } from '../../../electron/core/documents/forms/cpc-meeting';
import { FINDING_WIDTHS, investigationRoundForm } from '../../../electron/core/documents/forms/investigation-round';
import { jointActivityForm } from '../../../electron/core/documents/forms/joint-activity';
import { zeroReportForm } from '../../../electron/core/documents/forms/zero-report';
import type { RecordForm } from '../../../electron/core/documents/form-definition';
import { CONTENT_WIDTH, FORM_MARGINS } from '../../../electron/core/documents/pdf/pdfmake-env';
import { renderFormsPdf } from '../../../electron/core/documents/pdf/render-form';
import type { InvestigationRow } from '../../../electron/shared/schemas/investigation';
import { openDemoCore } from '../../helpers/demo-core';
import { inOrder, pdfText, squeeze, type PdfText } from '../../helpers/pdf-text';
import { ok } from '../../helpers/temp-core';
import { pdfColumns, readCall } from './forms-r-helpers';

const core = openDemoCore();
const call = readCall(core);
afterAll(() => core.cleanup());

/** Prints one record's form and reads it back (KEEP_FORM_PNG=folder: PNGs of the pages to look at). */
async function printed(form: RecordForm, id: number): Promise<PdfText> {
  return pdfText(await renderFormsPdf([form.layout(form.build(call, id))], machineFonts(false)), `${form.code}-${id}`);
}

const first = async <T>(method: string, input: object = {}) => (await ok<{ items: T[] }>(core, method, { pageSize: 100, ...input })).items;

describe('register forms as PDF', () => {
  it('prints a joint activity', async () => {
    const [a] = await first<{ id: number }>('jointActivity.list', { sort: 'heldOn', order: 'desc' });
    const d = jointActivityForm.build(call, a!.id);
    const { text, pages } = await printed(jointActivityForm, a!.id);
    expect(pages.length).toBe(1);
    inOrder(text, [d.单位名称, '共建活动记录', d.共建类型, d.活动日期, d.合作单位, d.活动类型, d.地点, d.本所参加人员, d.合作单位参加人员, d.内容摘要, '记录人（签名）']);
  });

  it('prints a 三会一课 meeting', async () => {
    const [m] = await first<{ id: number }>('cpcMeeting.list', { sort: 'heldOn', order: 'desc' });
    const d = cpcMeetingForm.build(call, m!.id);
    const { text, pages } = await printed(cpcMeetingForm, m!.id);
    expect(pages.length).toBe(1);
    inOrder(text, [d.支部名称, '“三会一课”会议记录', d.会议类型, d.会议时间, d.地点, d.主持人, d.记录人, d.应到人数, d.实到人数, d.缺席人员及原因, d.议题, '主持人（签名）', '记录人（签名）']);
  });

  it('prints a round with its findings table, and a zero report', async () => {
    const rounds = await first<InvestigationRow>('investigation.list', { sort: 'period', order: 'desc' });
    const busy = rounds.find((r) => r.findingsCount >= 2)!;
    const d = investigationRoundForm.build(call, busy.id);
    const record = await printed(investigationRoundForm, busy.id);
    // Two disputes with their 简要情况 and 处置情况 fill the first page; the signatures and seal may follow on a second.
    expect(record.pages.length).toBeLessThanOrEqual(2);
    if (record.pages.length === 2) expect(squeeze(record.text)).toContain('第2页共2页');
    inOrder(record.text, ['矛盾纠纷排查记录', d.排查期间, d.排查类型, d.排查日期, d.排查人员, d.负责人, '排查人（签名）', '负责人（签名）']);
    // The findings table, column by column: each column lists its cells in row order.
    const total = FINDING_WIDTHS.reduce((a, b) => a + b, 0);
    const edges = FINDING_WIDTHS.reduce((acc, w) => [...acc, acc.at(-1)! + (w / total) * CONTENT_WIDTH], [FORM_MARGINS[0]]);
    const columns = pdfColumns(record.file, edges).map(squeeze);
    const cells = (pick: (f: (typeof d.纠纷)[number]) => string) => d.纠纷.map(pick);
    [cells((f) => f.序号), cells((f) => f.当事人), cells((f) => f.纠纷类型), cells((f) => f.简要情况), cells((f) => f.风险等级), cells((f) => f.责任人), cells((f) => f.状态)]
      .forEach((values, i) => inOrder(columns[i]!, values));
    const zero = rounds.find((r) => r.zeroReport)!;
    const z = zeroReportForm.build(call, zero.id);
    const report = await printed(zeroReportForm, zero.id);
    expect(report.pages.length).toBe(1);
    inOrder(report.text, ['矛盾纠纷排查零报告表', z.排查单位, z.排查期间, z.排查日期, z.排查人员, '本期经排查未发现矛盾纠纷', z.负责人, '特此报告', '报告人（签名）']);
    expect(report.text).not.toMatch(/undefined|null/);
  });

  it('writes the four forms into one .docx with their values and no null or undefined', async () => {
    const [a] = await first<{ id: number }>('jointActivity.list');
    const [m] = await first<{ id: number }>('cpcMeeting.list');
    const rounds = await first<InvestigationRow>('investigation.list');
    const busy = rounds.find((r) => r.findingsCount > 0)!;
    const zero = rounds.find((r) => r.zeroReport)!;
    const docs = [
      jointActivityForm.layout(jointActivityForm.build(call, a!.id)),
      cpcMeetingForm.layout(cpcMeetingForm.build(call, m!.id)),
      investigationRoundForm.layout(investigationRoundForm.build(call, busy.id)),
      zeroReportForm.layout(zeroReportForm.build(call, zero.id)),
    ];
    const xml = new PizZip(await renderFormDocx(docs)).file('word/document.xml')!.asText();
    const text = xml.replace(/<[^>]+>/g, '');
    inOrder(text, ['共建活动记录', '“三会一课”会议记录', '矛盾纠纷排查记录', '矛盾纠纷排查零报告表', '本期经排查未发现矛盾纠纷']);
    expect(text).toContain(investigationRoundForm.build(call, busy.id).纠纷[0]!.当事人);
    expect(text).not.toMatch(/undefined|null/);
  });
});
