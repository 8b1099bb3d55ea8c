// Empty but formatted rows (a text-formatted ID column, a coloured band) do not count against the row limit; data rows do.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber } from '../../electron/core/demo-data';
import type { XlsxPreview } from '../../electron/shared/schemas/xlsx';
import { minimalXlsx, sheetXml, textCell } from '../fixtures/xlsx/zip-bytes';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';

let core: TempCore;
beforeAll(() => {
  core = openTempCore();
});
afterAll(() => core.cleanup());

const headers = ['姓名', '身份证号码', '民族', '政治面貌', '学历', '职务', '编制类型', '到所工作时间', '联系电话', '备注'];
const staffRow = (i: number) => [`张${i}`, makeIdNumber('320102', '1985-04-12', i % 2 ? 'male' : 'female', i + 1), '汉族', '群众', '大学本科', '工作人员', '聘用'];
const yellow: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };

/** Header, `data` filled rows, then rows up to `lastRow` that only carry a format. */
async function template(data: number, lastRow: number, styleEmpty: (ws: ExcelJS.Worksheet, r: number) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('工作人员');
  ws.getColumn(2).numFmt = '@';
  ws.addRow(headers);
  for (let i = 0; i < data; i++) ws.addRow(staffRow(i));
  for (let r = data + 2; r <= lastRow; r++) styleEmpty(ws, r);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  // The premise: the file really holds a <row> for every formatted row.
  const check = new ExcelJS.Workbook();
  await check.xlsx.load(buffer as unknown as Parameters<typeof check.xlsx.load>[0]);
  expect(check.worksheets[0]!.rowCount).toBe(lastRow);
  return buffer;
}

async function preview(data: Buffer) {
  return core.dispatch('xlsx.preview', { entity: 'staff', dataBase64: data.toString('base64') });
}

describe('rows that are empty but formatted', () => {
  const styles: [string, (ws: ExcelJS.Worksheet, r: number) => void][] = [
    ['an ID column formatted as text cell by cell', (ws, r) => (ws.getCell(r, 2).numFmt = '@')],
    ['a coloured band across the row', (ws, r) => ws.getRow(r).getCell(1).fill = yellow],
    ['a border and text format on several cells', (ws, r) => {
      for (const c of [1, 2, 8]) ws.getCell(r, c).style = { numFmt: '@', border: { bottom: { style: 'thin' } } };
    }],
  ];
  for (const [label, style] of styles) {
    it(`20 data rows + 9,980 formatted empty rows (${label}) are accepted, 20 rows previewed, no errors`, async () => {
      const result = await ok<XlsxPreview>(core, 'xlsx.preview', { entity: 'staff', dataBase64: (await template(20, 10_001, style)).toString('base64') });
      expect(result.counts).toEqual({ create: 20, update: 0, error: 0 });
      expect(result.rows.map((r) => r.rowNumber)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
      expect(result.rows.every((r) => r.errors.length === 0)).toBe(true);
    });
  }

  it('imports the 20 rows and nothing for the formatted ones', async () => {
    const data = await template(20, 10_001, (ws, r) => (ws.getCell(r, 2).numFmt = '@'));
    const result = await ok<{ created: number; failed: number }>(core, 'xlsx.import', {
      entity: 'staff', dataBase64: data.toString('base64'), mode: 'allOrNothing', updateExisting: true,
    });
    expect(result).toMatchObject({ created: 20, failed: 0 });
    const listed = await ok<{ total: number }>(core, 'staff.list', {});
    expect(listed.total).toBe(20);
  });

  it('5,001 data rows are refused, naming the limit, even among formatted rows', async () => {
    const data = await template(5001, 9000, (ws, r) => (ws.getCell(r, 2).numFmt = '@'));
    const result = await preview(data);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', message: '工作表超过 5000 行数据的上限，请分成多个文件导入' } });
  });

  it('exactly 5,000 data rows with formatted rows after them are accepted', async () => {
    const data = await template(5000, 8000, (ws, r) => (ws.getCell(r, 2).numFmt = '@'));
    const result = await ok<XlsxPreview>(core, 'xlsx.preview', { entity: 'staff', dataBase64: data.toString('base64') });
    expect(result.rows).toHaveLength(5000);
  }, 30_000);

  it('a million formatted empty rows are refused quickly, before exceljs builds them', async () => {
    const head = `<row r="1">${headers.map((h, i) => textCell(`${String.fromCharCode(65 + i)}1`, h)).join('')}</row>`;
    const rows: string[] = [head];
    for (let r = 2; r <= 1_000_001; r++) rows.push(`<row r="${r}" s="1" customFormat="1"><c r="B${r}" s="1"/></row>`);
    const file = minimalXlsx(sheetXml(rows.join('')));
    const result = await preview(file);
    expect(result).toMatchObject({ ok: false, error: { message: '工作表的行数超过 100000 行（含设置了格式的空行），已拒绝；请删除多余的空行后再导入' } });
  });
});
