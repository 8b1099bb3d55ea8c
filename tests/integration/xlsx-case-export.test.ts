// .xlsx export of the case list: 涉及金额(元) as a number cell with two decimals, dates and codes as text.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';
import { addCase, addCommittee } from './case-search-data';

let core: TempCore;

beforeAll(() => {
  core = openTempCore();
  addCommittee(core, '城关社区人民调解委员会');
  const paid = addCase(core, { parties: [{ name: '张三' }, { name: '李四' }], facts: '借款纠纷', receivedOn: '2026-03-02' });
  core.handle.sqlite.prepare('UPDATE mediation_case SET amount_fen = ? WHERE id = ?').run(1234505, paid);
  addCase(core, { parties: [{ name: '王五' }, { name: '赵六' }], facts: '邻里纠纷', receivedOn: '2026-03-01' });
});
afterAll(() => core.cleanup());

describe('xlsx.export of cases', () => {
  it('writes the amount as a number in yuan with a two-decimal format, the dates as text', async () => {
    const file = await ok<{ dataBase64: string }>(core, 'xlsx.export', { list: 'case', filters: { sort: 'receivedOn', order: 'desc' } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('调解案件')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const amountCol = headers.indexOf('涉及金额(元)') + 1;
    const dateCol = headers.indexOf('收案日期') + 1;
    const amount = sheet.getRow(2).getCell(amountCol);
    expect(amount.value).toBe(12345.05);
    expect(amount.numFmt).toBe('0.00');
    expect(sheet.getRow(3).getCell(amountCol).value).toBeNull();
    const date = sheet.getRow(2).getCell(dateCol);
    expect(date.value).toBe('2026-03-02');
    expect(date.numFmt).toBe('@');
  });
});
