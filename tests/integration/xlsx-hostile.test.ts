// Hostile and mistaken workbooks through dispatch: each is refused with a clear Chinese message, quickly, changing nothing.
import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber } from '../../electron/core/demo-data';
import type { XlsxPreview } from '../../electron/shared/schemas/xlsx';
import { minimalXlsx, sheetXml, textCell, zipBytes } from '../fixtures/xlsx/zip-bytes';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';

let core: TempCore;
beforeAll(() => {
  core = openTempCore();
});
afterAll(() => core.cleanup());

const headers = ['姓名', '身份证号码', '民族', '政治面貌', '学历', '职务', '编制类型', '到所工作时间', '联系电话', '备注'];
const headerRow = `<row r="1">${headers.map((h, i) => textCell(`${String.fromCharCode(65 + i)}1`, h)).join('')}</row>`;
const idNumber = makeIdNumber('320102', '1985-04-12', 'male', 3);

async function refusal(data: Buffer): Promise<string> {
  const result = await core.dispatch('xlsx.preview', { entity: 'staff', dataBase64: data.toString('base64') });
  if (result.ok) throw new Error('expected a refusal');
  expect(result.error.code).toBe('VALIDATION_FAILED');
  return result.error.message;
}

async function staffWorkbook(fill: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('工作人员');
  ws.addRow(headers);
  fill(ws);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const row = (id: ExcelJS.CellValue, name: ExcelJS.CellValue = '张三') => [name, id, '汉族', '群众', '大学本科', '工作人员', '聘用', null, null, null];

describe('hostile workbooks', () => {
  it('random bytes, an old .xls, and a zip that is not a workbook', async () => {
    expect(await refusal(crypto.randomBytes(4096))).toBe('文件不是有效的 .xlsx 工作簿');
    expect(await refusal(Buffer.from('PK\x03\x04 truncated', 'latin1'))).toBe('文件不是有效的 .xlsx 工作簿');
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), crypto.randomBytes(512)]);
    expect(await refusal(ole)).toMatch(/旧版 Excel（\.xls）/);
    expect(await refusal(zipBytes([{ name: 'readme.txt', data: Buffer.from('hello') }]))).toBe('文件不是有效的 .xlsx 工作簿');
  });

  it('zip bombs: too big in total, too compressible, and a header that lies about the size', async () => {
    const zeros = Buffer.alloc(120 * 1024 * 1024);
    expect(await refusal(minimalXlsx(sheetXml(headerRow), [{ name: 'xl/media/big.bin', data: zeros }]))).toMatch(/超过 100 MB/);
    const dense = Buffer.alloc(20 * 1024 * 1024);
    expect(await refusal(minimalXlsx(sheetXml(headerRow), [{ name: 'xl/media/a.bin', data: dense }]))).toMatch(/压缩比异常/);
    const lying = minimalXlsx(sheetXml(headerRow), [{ name: 'xl/media/b.bin', data: dense, declaredSize: 1000 }]);
    expect(await refusal(lying)).toBe('文件不是有效的 .xlsx 工作簿');
  });

  it('an entry that would escape the folder (zip slip)', async () => {
    const evil = minimalXlsx(sheetXml(headerRow), [{ name: '../../evil', data: Buffer.from('x') }]);
    expect(await refusal(evil)).toMatch(/非法的文件路径（\.\.\/\.\.\/evil）/);
  });

  it('a million rows is refused while streaming, and so is one row over the limit', async () => {
    const rows: string[] = [headerRow];
    for (let r = 2; r <= 1_000_001; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>1</v></c></row>`);
    expect(await refusal(minimalXlsx(sheetXml(rows.join(''))))).toBe('工作表超过 5000 行数据的上限，请分成多个文件导入');
    const limit = await staffWorkbook((ws) => {
      for (let i = 0; i < 5001; i++) ws.addRow(row(`x${i}`));
    });
    expect(await refusal(limit)).toBe('工作表超过 5000 行数据的上限，请分成多个文件导入');
  });

  it('a validation over the whole sheet does not make the parser expand every cell', async () => {
    const data = await staffWorkbook((ws) => {
      ws.addRow(row(idNumber));
      (ws as unknown as { dataValidations: { add(r: string, v: object): void } }).dataValidations.add('A1:XFD1048576', {
        type: 'list', allowBlank: true, formulae: ['"a,b"'],
      });
    });
    const preview = await ok<XlsxPreview>(core, 'xlsx.preview', { entity: 'staff', dataBase64: data.toString('base64') });
    expect(preview.counts.create).toBe(1);
  });

  it('formula cells and ID numbers typed as numbers are row errors naming the cell', async () => {
    const data = await staffWorkbook((ws) => {
      ws.addRow(row(idNumber, { formula: 'CONCAT("张","三")', result: '张三' }));
      ws.addRow(row(110105194912310020, '李四'));
      ws.addRow(row(true, '王五'));
    });
    const preview = await ok<XlsxPreview>(core, 'xlsx.preview', { entity: 'staff', dataBase64: data.toString('base64') });
    expect(preview.rows.map((r) => [r.rowNumber, r.action])).toEqual([[2, 'error'], [3, 'error'], [4, 'error']]);
    expect(preview.rows[0]!.errors).toEqual([{ column: '姓名（A列）', message: '单元格 A2 是公式（=CONCAT("张","三")），请改为直接填写的值' }]);
    expect(preview.rows[1]!.errors[0]!.column).toBe('身份证号码（B列）');
    expect(preview.rows[1]!.errors[0]!.message).toMatch(/^单元格 B3 应以文本格式填写：该单元格是数字 110105194912310020/);
    expect(preview.rows[2]!.errors[0]!.message).toMatch(/逻辑值/);
  });

  it('a file over 10 MB is refused before decoding', async () => {
    const big = 'A'.repeat(Math.ceil((10 * 1024 * 1024) / 3) * 4 + 4);
    const result = await core.dispatch('xlsx.preview', { entity: 'staff', dataBase64: big });
    expect(result).toMatchObject({ ok: false, error: { message: '文件超过 10 MB 的上限' } });
  });
});
