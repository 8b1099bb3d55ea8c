// The report's .xlsx (paper layout, read back) and GB/T 9704 document: byte-identical for the same report, audited when exported.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officeReport } from '../../../electron/core/statistics/report';
import { reportDocument } from '../../../electron/core/statistics/report-document';
import { reportXlsx } from '../../../electron/core/statistics/report-xlsx';
import type { Report } from '../../../electron/shared/schemas/statistics';
import { inOrder, pdfText } from '../../helpers/pdf-text';
import { ok } from '../../helpers/temp-core';
import { openReportWorld, type ReportWorld } from './report-world';

let w: ReportWorld;
let report: Report;
beforeAll(async () => {
  w = await openReportWorld();
  report = officeReport(w.core.handle.db, '2026-Q3', '2026-09-30', '2026-10-08T00:00:00.000Z');
}, 120_000);
afterAll(() => w.core.cleanup());

const file = (v: { fileName: string; dataBase64: string }) => Buffer.from(v.dataBase64, 'base64');

describe('report.xlsx', () => {
  it('lays the table out like the paper form', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await reportXlsx(report)) as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['统计表', '纠纷类型与来源', '工作提醒']);
    const sheet = book.getWorksheet('统计表')!;
    expect(sheet.getCell('A1').value).toBe('《人民调解工作统计表》');
    expect(String(sheet.getCell('A2').value)).toContain('城关司法所（320102001）');
    expect(String(sheet.getCell('A2').value)).toContain('2026年第三季度（2026-07-01至2026-09-30）');
    const merges = (sheet.model as unknown as { merges: string[] }).merges;
    // 受理/调解情况 spans its 9 columns; 纠纷类型 spans 15 × (件, %) next to it.
    expect(merges).toContain('A3:I3');
    expect(merges).toContain('J3:AM3');
    expect(merges).toContain('J4:K4');
    const row = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1);
    // A merged range reads back its value in every cell: keep the first of each run.
    expect(row(3).filter((v, i, all) => v !== all[i - 1])).toEqual(['受理/调解情况', '纠纷类型', '来源', '协议与履行', '预防成效', '排查', '组织队伍', '培训', '共建活动']);
    expect(row(4).slice(0, 10)).toEqual(['受理纠纷', '调解纠纷', '调解成功', '调解不成功', '终止调解', '不予受理', '调解成功率（成功÷调解）', '纠纷涉及金额', '协议金额', '婚姻家庭纠纷']);
    expect(row(5).slice(6, 11)).toEqual(['%', '万元', '万元', '件', '%']);
    expect(row(6).slice(0, 12)).toEqual([7, 6, 4, 1, 1, 1, 66.7, 1.81, 1.53, 1, 16.7, 2]);
    expect(sheet.getCell('A3').alignment).toMatchObject({ horizontal: 'center' });
    const shares = book.getWorksheet('纠纷类型与来源')!;
    expect((shares.getRow(3).values as unknown[]).slice(1)).toEqual(['纠纷类型', '件数', '占比（%）']);
    expect((shares.getRow(5).values as unknown[]).slice(1)).toEqual(['邻里纠纷', 2, 33.3]);
    expect((shares.getRow(19).values as unknown[]).slice(1)).toEqual(['合计', 6, 100]);
    expect((shares.getRow(21).values as unknown[]).slice(1, 3)).toEqual(['纠纷来源', '件数']);
    const checks = book.getWorksheet('工作提醒')!;
    expect((checks.getRow(7).values as unknown[]).slice(1)).toEqual([4, '人民调解委员会未备案', 1, '严重']);
  });

  it('gives the same bytes for the same report, whatever the clock', async () => {
    const a = await reportXlsx(report);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await reportXlsx(report)).equals(a)).toBe(true);
    const viaApi = async (now: string) => {
      w.core.setNow(now);
      return file(await ok(w.core, 'report.xlsx', { period: '2026-Q3' }));
    };
    // The service dates the report with the call's instant, so compare two calls at one instant but different wall clocks.
    const first = await viaApi('2026-11-27T02:00:00.000Z');
    await new Promise((r) => setTimeout(r, 1100));
    expect((await viaApi('2026-11-27T02:00:00.000Z')).equals(first)).toBe(true);
    expect((await viaApi('2026-11-28T02:00:00.000Z')).equals(first)).toBe(false);
  });

  it('records who exported which file', async () => {
    w.core.setNow('2026-11-27T03:00:00.000Z');
    const out = await ok<{ fileName: string }>(w.core, 'report.xlsx', { period: '2026-Q3' });
    expect(out.fileName).toBe('人民调解工作统计表_城关司法所_2026年第三季度.xlsx');
    const row = w.core.handle.sqlite.prepare("SELECT method, after FROM audit_log WHERE entity = 'report' ORDER BY id DESC LIMIT 1").get() as { method: string; after: string };
    expect(row.method).toBe('report.xlsx');
    expect(JSON.parse(row.after)).toEqual({ form: 'statisticsXlsx', period: '2026-Q3', fileName: out.fileName });
  });
});

describe('report.document', () => {
  it('prints the 统计报告 with the period figures, byte-identical for the same report', async () => {
    const a = await reportDocument(report, 'pdf');
    await new Promise((r) => setTimeout(r, 1100));
    const b = await reportDocument(report, 'pdf');
    expect(b.data.equals(a.data)).toBe(true);
    expect(a.title).toBe('城关司法所关于2026年第三季度人民调解工作情况的报告');
    const text = pdfText(a.data, 'period-report').text;
    inOrder(text, [
      '城关司法所关于2026年第三季度人民调解工作情况的报告',
      '区司法局：',
      '本期受理矛盾纠纷7件，调解结案纠纷6件，其中调解成功4件、调解不成功1件、终止调解1件，调解成功率66.7%；不予受理1件。',
      '调解纠纷涉及金额1.81万元',
      '邻里纠纷2件（占33.3%）',
      '接受委托移送调解3件（占50.0%）',
      '防止民间纠纷转化为刑事案件3件9人',
      '开展矛盾纠纷排查4次',
      '培训覆盖率66.7%',
      '四、存在的问题（截至2026年9月30日）',
      '人民调解委员会未备案（1项）',
      '特此报告。',
    ]);
    const docx = await reportDocument(report, 'docx');
    await new Promise((r) => setTimeout(r, 1100));
    expect((await reportDocument(report, 'docx')).data.equals(docx.data)).toBe(true);
  }, 60_000);

  it('is served and audited by report.document, addressed to the office district', async () => {
    w.core.setNow('2026-11-27T04:00:00.000Z');
    const out = await ok<{ fileName: string; mime: string; dataBase64: string }>(w.core, 'report.document', { period: '2026-Q3', format: 'pdf' });
    expect(out.mime).toBe('application/pdf');
    inOrder(pdfText(file(out)).text, ['玄武区司法局：', '联系人：周所长']);
    const row = w.core.handle.sqlite.prepare("SELECT method, after FROM audit_log WHERE entity = 'report' ORDER BY id DESC LIMIT 1").get() as { method: string; after: string };
    expect(row.method).toBe('report.document');
    expect(JSON.parse(row.after)).toMatchObject({ form: 'statisticsReport', format: 'pdf', period: '2026-Q3' });
  }, 60_000);
});
