// End to end: importing enterprises from Excel (committee named in the sheet, one bad row) and exporting committees.
import path from 'node:path';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { demoOffice } from '../../electron/core/demo-data';
import { serveOnTempDb } from './fixtures';

const committeeName = '东湖街道人民调解委员会';
const server = serveOnTempDb('xlsx-reg', async (api) => {
  await api('office.save', demoOffice);
  await api('committee.create', { name: committeeName, kind: 'street' });
});

async function enterpriseWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('企业');
  ws.addRow(['企业名称', '统一社会信用代码', '职工人数', '地址', '联系人', '联系电话', '所属调委会', '备注']);
  ws.addRow(['江铃汽车股份有限公司', '91512081MA62K0260E', '1200', null, '周明', null, committeeName, null]);
  ws.addRow(['洪都商贸有限公司', '91350100M000100Y43', '350', null, null, null, '西湖调委会', null]);
  ws.addRow(['小店便利店', '92360100MA35X6C27W', 4, null, null, null, null, null]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('imports enterprises: an unknown committee is named by row and column, the valid rows go in linked by name', async ({ page }) => {
  await page.goto(server.web.url);
  await page.getByRole('menuitem', { name: '企业' }).click();
  await page.getByRole('button', { name: '导入 Excel' }).click();
  const dialog = page.getByRole('dialog', { name: '导入企业' });
  const template = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '下载导入模板' }).click();
  expect((await template).suggestedFilename()).toBe('企业导入模板.xlsx');

  await dialog.locator('input[type=file]').setInputFiles({ name: '企业名单.xlsx', mimeType: 'application/octet-stream', buffer: await enterpriseWorkbook() });
  await expect(dialog.getByText('共 3 行：可新增 2 行')).toBeVisible();
  const badRow = dialog.getByRole('row', { name: /第 3 行/ });
  await expect(badRow).toContainText('所属调委会（G列）：没有名为“西湖调委会”的调解委员会');
  await page.screenshot({ path: path.join('test-results', 'xlsx-enterprise-preview.png') });

  await dialog.getByRole('radio', { name: /只导入正确的行/ }).check();
  await dialog.getByRole('button', { name: /导入 2 行/ }).click();
  await expect(dialog.getByText('导入完成：新增 2 条，更新 0 条')).toBeVisible();
  await dialog.getByRole('button', { name: '完成' }).click();
  await expect(page.getByRole('row', { name: /江铃汽车股份有限公司/ })).toContainText(committeeName);
  await expect(page.getByRole('row', { name: /小店便利店/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /洪都商贸有限公司/ })).toHaveCount(0);
});

test('exports the committees with their Chinese file name and headers', async ({ page }) => {
  await page.goto(server.web.url);
  await page.getByRole('menuitem', { name: '调委会' }).click();
  await expect(page.getByRole('row', { name: new RegExp(committeeName) })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^人民调解委员会_\d{4}-\d{2}-\d{2}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await file.path());
  const ws = wb.getWorksheet('人民调解委员会')!;
  expect(ws.getRow(1).getCell(1).value).toBe('调委会名称');
  expect(ws.getRow(2).getCell(1).value).toBe(committeeName);
  expect(ws.getRow(2).getCell(11).value).toBe('0');
});
