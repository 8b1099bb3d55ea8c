// .xlsx export and import of the staff register through dispatch on real SQLite files: round trip, preview, modes, keys.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoStaff, makeIdNumber } from '../../electron/core/demo-data';
import type { Staff, StaffInput } from '../../electron/shared/schemas/staff';
import type { XlsxImportResult, XlsxPreview } from '../../electron/shared/schemas/xlsx';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';

let core: TempCore;
beforeEach(() => {
  core = openTempCore();
});
afterEach(() => core.cleanup());

const headers = ['姓名', '身份证号码', '民族', '政治面貌', '学历', '职务', '编制类型', '到所工作时间', '联系电话', '备注'];

/** A workbook as a user would fill in the template: header row, then rows of cell values. */
async function workbook(rows: ExcelJS.CellValue[][], sheetName = '工作人员', head = headers): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow(head);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

function id(seq: number, birth = '1985-04-12'): string {
  return makeIdNumber('320102', birth, seq % 2 ? 'male' : 'female', seq);
}

function rowOf(name: string, idNumber: string, extra: Partial<Record<'post' | 'start', string>> = {}): ExcelJS.CellValue[] {
  return [name, idNumber, '汉族', '中共党员', '大学本科', extra.post ?? '工作人员', '政法专项编制', extra.start ?? '2012-03-01', '13800138000', null];
}

async function allStaff(c: TempCore): Promise<Staff[]> {
  const page = await ok<{ items: Staff[] }>(c, 'staff.list', { pageSize: 100, sort: 'name' });
  return page.items;
}

const comparable = ({ id: _i, createdAt: _c, updatedAt: _u, ...rest }: Staff) => rest;

describe('xlsx export and import of staff', () => {
  it('round-trips: export every record, import into an empty database, same records', async () => {
    const people = demoStaff(40, 77).map((p, i) => ({ ...p, note: i % 3 ? null : `备注${i}：含“引号”, 逗号` }));
    for (const p of people) await ok(core, 'staff.create', p);
    const file = await ok<{ fileName: string; dataBase64: string }>(core, 'xlsx.export', { list: 'staff', filters: { sort: 'name' } });
    expect(file.fileName).toBe('工作人员_2026-11-27.xlsx');

    const empty = openTempCore();
    try {
      const preview = await ok<XlsxPreview>(empty, 'xlsx.preview', { entity: 'staff', dataBase64: file.dataBase64 });
      expect(preview.counts).toEqual({ create: 40, update: 0, error: 0 });
      const result = await ok<XlsxImportResult>(empty, 'xlsx.import', {
        entity: 'staff', dataBase64: file.dataBase64, mode: 'allOrNothing', updateExisting: false,
      });
      expect(result).toMatchObject({ created: 40, updated: 0, skipped: 0, failed: 0 });
      expect((await allStaff(empty)).map(comparable)).toEqual((await allStaff(core)).map(comparable));
    } finally {
      empty.cleanup();
    }
  });

  it('exports with the list filters and writes ID numbers as text cells with Chinese labels', async () => {
    await ok(core, 'staff.create', { ...demoStaff(1)[0]!, name: '王小明' } satisfies StaffInput);
    await ok(core, 'staff.create', { ...demoStaff(2)[1]!, name: '李四' } satisfies StaffInput);
    const file = await ok<{ dataBase64: string }>(core, 'xlsx.export', { list: 'staff', filters: { q: '王' } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.dataBase64, 'base64') as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const ws = wb.getWorksheet('工作人员')!;
    expect(ws.rowCount).toBe(2);
    expect(ws.getRow(1).getCell(3).value).toBe('身份证号码');
    const idCell = ws.getRow(2).getCell(3);
    expect(typeof idCell.value).toBe('string');
    expect(idCell.numFmt).toBe('@');
    expect(ws.getRow(2).getCell(2).value).toMatch(/^[男女]$/);
    expect(ws.getRow(2).getCell(5).value).toMatch(/族$/);
  });

  it('rejects filters the list would reject', async () => {
    const result = await core.dispatch('xlsx.export', { list: 'staff', filters: { sort: 'nonsense' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^导出条件不正确/);
  });

  it('names the sheet row and the Chinese column of a bad row; allOrNothing imports nothing, validOnly the rest', async () => {
    const data = await workbook([
      rowOf('张一', id(1)),
      rowOf('张二', id(2).slice(0, 17) + (id(2).endsWith('1') ? '2' : '1')),
      rowOf('张三', id(3), { start: '2031-01-01' }),
      rowOf('张四', id(4)),
    ]);
    const preview = await ok<XlsxPreview>(core, 'xlsx.preview', { entity: 'staff', dataBase64: data });
    expect(preview.counts).toEqual({ create: 2, update: 0, error: 2 });
    const bad = preview.rows.filter((r) => r.action === 'error');
    expect(bad.map((r) => r.rowNumber)).toEqual([3, 4]);
    expect(bad[0]!.errors[0]!.column).toBe('身份证号码（B列）');
    expect(bad[0]!.errors[0]!.message).toMatch(/校验位/);
    expect(bad[1]!.errors[0]).toEqual({ column: '到所工作时间（H列）', message: '到所工作时间不能晚于今天' });
    expect(await allStaff(core)).toHaveLength(0);

    const all = await ok<XlsxImportResult>(core, 'xlsx.import', { entity: 'staff', dataBase64: data, mode: 'allOrNothing', updateExisting: false });
    expect(all).toMatchObject({ created: 0, updated: 0, failed: 2 });
    expect(all.errors.map((r) => r.rowNumber)).toEqual([3, 4]);
    expect(await allStaff(core)).toHaveLength(0);

    const valid = await ok<XlsxImportResult>(core, 'xlsx.import', { entity: 'staff', dataBase64: data, mode: 'validOnly', updateExisting: false });
    expect(valid).toMatchObject({ created: 2, updated: 0, skipped: 0, failed: 2 });
    expect((await allStaff(core)).map((s) => s.name).sort()).toEqual(['张一', '张四']);
    const audit = core.handle.sqlite.prepare("SELECT method, entity FROM audit_log WHERE method = 'xlsx.import'").all();
    expect(audit).toEqual([
      { method: 'xlsx.import', entity: 'staff' },
      { method: 'xlsx.import', entity: 'staff' },
      { method: 'xlsx.import', entity: 'xlsxImport' },
    ]);
  });

  it('never duplicates an existing ID number: preview says update, import skips or updates', async () => {
    const existing = id(5);
    await ok(core, 'staff.create', { ...demoStaff(1)[0]!, idNumber: existing, name: '旧名字' });
    const data = await workbook([rowOf('新名字', existing.toLowerCase(), { post: '所长' }), rowOf('别人', id(6))]);
    const preview = await ok<XlsxPreview>(core, 'xlsx.preview', { entity: 'staff', dataBase64: data });
    expect(preview.rows.map((r) => [r.rowNumber, r.action, r.key])).toEqual([[2, 'update', existing], [3, 'create', id(6)]]);

    const skip = await ok<XlsxImportResult>(core, 'xlsx.import', { entity: 'staff', dataBase64: data, mode: 'allOrNothing', updateExisting: false });
    expect(skip).toMatchObject({ created: 1, updated: 0, skipped: 1, failed: 0 });
    expect((await allStaff(core)).find((s) => s.idNumber === existing)?.name).toBe('旧名字');

    const update = await ok<XlsxImportResult>(core, 'xlsx.import', { entity: 'staff', dataBase64: data, mode: 'allOrNothing', updateExisting: true });
    expect(update).toMatchObject({ created: 0, updated: 2, skipped: 0, failed: 0 });
    const after = await allStaff(core);
    expect(after).toHaveLength(2);
    expect(after.find((s) => s.idNumber === existing)).toMatchObject({ name: '新名字', post: '所长' });
  });

  it('refuses a key repeated within the file on its later row', async () => {
    const data = await workbook([rowOf('甲', id(7)), rowOf('乙', id(8)), rowOf('丙', id(7))]);
    const preview = await ok<XlsxPreview>(core, 'xlsx.preview', { entity: 'staff', dataBase64: data });
    expect(preview.rows.map((r) => r.action)).toEqual(['create', 'create', 'error']);
    expect(preview.rows[2]!.errors).toEqual([{ column: '身份证号码（B列）', message: '与第 2 行重复，同一文件中不能出现两次' }]);
  });

  it('reads labels or codes, Date cells and serials, and reports unknown labels with the allowed values', async () => {
    const data = await workbook([
      ['赵甲', id(9), '01', '13', '21', '工作人员', 'contract', new Date(Date.UTC(2015, 5, 30)), 13912345678, null],
      ['赵乙', id(10), '汉族', '党员', '大学本科', '工作人员', '聘用', 42186, null, null],
    ]);
    const preview = await ok<XlsxPreview>(core, 'xlsx.preview', { entity: 'staff', dataBase64: data });
    expect(preview.rows[0]!.action).toBe('create');
    expect(preview.rows[1]!.errors).toEqual([
      { column: '政治面貌（D列）', message: expect.stringMatching(/^单元格 D3 “党员”不是可选的值（可选：中共党员、/) },
    ]);
    await ok(core, 'xlsx.import', { entity: 'staff', dataBase64: data, mode: 'validOnly', updateExisting: false });
    expect((await allStaff(core))[0]).toMatchObject({ name: '赵甲', startDate: '2015-06-30', phone: '13912345678', staffingType: 'contract' });
  });

  it('checks the header row against the template and names what is missing or unknown', async () => {
    const data = await workbook([rowOf('甲', id(11))], '工作人员', [...headers.slice(0, 2), '籍贯', ...headers.slice(3)]);
    const result = await core.dispatch('xlsx.preview', { entity: 'staff', dataBase64: data });
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining('缺少列：“民族”；无法识别的列：“籍贯”') } });
  });

  it('imports into the template it hands out', async () => {
    const template = await ok<{ fileName: string; dataBase64: string }>(core, 'xlsx.template', { entity: 'staff' });
    expect(template.fileName).toBe('工作人员导入模板.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(template.dataBase64, 'base64') as unknown as Parameters<typeof wb.xlsx.load>[0]);
    const ws = wb.getWorksheet('工作人员')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(headers);
    expect(wb.getWorksheet('代码表')?.state).toBe('hidden');
    ws.addRow(rowOf('模板填写', id(12)));
    const data = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const result = await ok<XlsxImportResult>(core, 'xlsx.import', { entity: 'staff', dataBase64: data, mode: 'allOrNothing', updateExisting: false });
    expect(result.created).toBe(1);
  });
});
