// End to end: the staff page's Excel import wizard (template, preview with row errors, only valid rows) and export.
import path from 'node:path';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { makeIdNumber } from '../../electron/core/demo-data';
import { serveOnTempDb } from './fixtures';

const server = serveOnTempDb('xlsx');

const good = [makeIdNumber('320102', '1984-03-09', 'male', 11), makeIdNumber('320102', '1991-10-20', 'female', 12)];
const badId = good[0]!.slice(0, 16) + '00';

async function staffWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('工作人员');
  ws.addRow(['姓名', '身份证号码', '民族', '政治面貌', '学历', '职务', '编制类型', '到所工作时间', '联系电话', '备注']);
  ws.addRow(['导入甲', good[0], '汉族', '中共党员', '大学本科', '所长', '政法专项编制', '2012-03-01', '13800138000', null]);
  ws.addRow(['导入错', badId, '汉族', '群众', '大学本科', '工作人员', '聘用', null, null, null]);
  ws.addRow(['导入乙', good[1], '回族', '群众', '大学专科', '工作人员', '聘用', null, null, '从 Excel 导入']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('imports a workbook: the bad row is named by its sheet row and column, then only the valid rows go in', async ({ page }) => {
  await server.openMenu(page, '工作人员');
  await expect(page.getByText('暂无工作人员')).toBeVisible();
  await page.getByRole('button', { name: '导入 Excel' }).click();
  const dialog = page.getByRole('dialog', { name: '导入工作人员' });

  const template = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '下载导入模板' }).click();
  expect((await template).suggestedFilename()).toBe('工作人员导入模板.xlsx');

  await dialog.locator('input[type=file]').setInputFiles({ name: '工作人员名单.xlsx', mimeType: 'application/octet-stream', buffer: await staffWorkbook() });
  await expect(dialog.getByText('共 3 行：可新增 2 行')).toBeVisible();
  const badRow = dialog.getByRole('row', { name: /第 3 行/ });
  await expect(badRow).toContainText('有错误');
  await expect(badRow).toContainText('身份证号码（B列）：身份证号码');
  await expect(dialog.getByRole('button', { name: /导入 0 行/ })).toBeDisabled();
  await page.screenshot({ path: path.join('test-results', 'xlsx-import-preview.png') });

  await dialog.getByRole('radio', { name: /只导入正确的行/ }).check();
  await dialog.getByRole('button', { name: /导入 2 行/ }).click();
  await expect(dialog.getByText('导入完成：新增 2 条，更新 0 条')).toBeVisible();
  await expect(dialog.getByText('有错误的 1 行未导入（见下表）')).toBeVisible();
  await expect(dialog.getByRole('row', { name: /第 3 行/ })).toBeVisible();
  await page.screenshot({ path: path.join('test-results', 'xlsx-import-result.png') });
  await dialog.getByRole('button', { name: '完成' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /导入甲/ })).toContainText('中共党员');
  await expect(page.getByRole('row', { name: /导入乙/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /导入错/ })).toHaveCount(0);
});

test('a file that is not a workbook is refused in Chinese and nothing changes', async ({ page }) => {
  await server.openMenu(page, '工作人员');
  await page.getByRole('button', { name: '导入 Excel' }).click();
  const dialog = page.getByRole('dialog', { name: '导入工作人员' });
  await dialog.locator('input[type=file]').setInputFiles({ name: '名单.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('not a zip at all') });
  await expect(dialog.getByText('文件不是有效的 .xlsx 工作簿')).toBeVisible();
  await page.screenshot({ path: path.join('test-results', 'xlsx-import-file.png') });
  await dialog.getByRole('button', { name: /取\s*消/ }).click();
  await expect(dialog).toBeHidden();
});

test('exports the list with its Chinese file name, ID numbers as text', async ({ page }) => {
  await server.openMenu(page, '工作人员');
  await expect(page.getByRole('row', { name: /导入甲/ })).toBeVisible();
  await page.screenshot({ path: path.join('test-results', 'xlsx-staff-page.png') });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^工作人员_\d{4}-\d{2}-\d{2}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await file.path());
  const ws = wb.getWorksheet('工作人员')!;
  expect(ws.rowCount).toBe(3);
  expect(ws.getColumn(3).values.slice(2).sort()).toEqual([...good].sort());
});
