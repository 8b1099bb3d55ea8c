// 设置 and 代码表 end to end: the entry deadline day reaches the 月度录入 page, the 卷号 preview, 保管期限, local sub-types.
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { shanghaiDate } from '../../electron/shared/validators/date';
import { monthsBefore, seedOffice } from './case-month-seed';
import { choose, fieldError, serveOnTempDb, tableRows } from './fixtures';

const today = shanghaiDate(new Date());
const year = today.slice(0, 4);

const server = serveOnTempDb('settings', async (api) => {
  await seedOffice(api);
});

interface Settings {
  entryDeadlineDay: number;
  retentionPeriods: string[];
  dossierNumberPattern: string;
}
interface Category {
  code: string;
  label: string;
  parentCode: string | null;
  active: boolean;
}

test('a new 月度录入截止日 is saved and shown as the deadline on the month page', async ({ page, playwright }) => {
  await server.openMenu(page, '设置');
  const day = page.getByLabel('月度录入截止日', { exact: true });
  await expect(day).toHaveValue('7');
  await expect(page.getByRole('button', { name: '月度录入截止日恢复默认' })).toBeDisabled();
  // Out of range is said next to the field, not clamped: the typed 0 and 32 stay as typed.
  await expect(page.getByText('可填 1–28')).toBeVisible();
  await expect(page.getByText('可填 1–365')).toHaveCount(3);
  for (const wrong of ['0', '32']) {
    await day.fill(wrong);
    await day.press('Tab');
    await expect(day).toHaveValue(wrong);
    await expect(fieldError(page, '月度录入截止日')).toHaveText('月度录入截止日应在1–28之间');
    await day.fill('7');
    await expect(fieldError(page, '月度录入截止日')).toHaveCount(0);
  }
  await day.fill('15');
  await expect(fieldError(page, '月度录入截止日')).toHaveCount(0);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  const request = await playwright.request.newContext();
  expect((await server.api<Settings>(request, 'setting.get', {})).entryDeadlineDay).toBe(15);
  await request.dispose();

  await page.getByRole('menuitem', { name: '月度录入', exact: true }).click();
  const month = monthsBefore(today, 1);
  const sentence = `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月结案的案件应于${today.slice(0, 4)}年${Number(today.slice(5, 7))}月15日前录入`;
  await expect(page.getByText(sentence)).toBeVisible();
});

test('the 卷号 pattern is checked, previewed for the first committee and reset to the default', async ({ page }) => {
  await server.openMenu(page, '设置');
  const pattern = page.getByLabel('卷号格式', { exact: true });
  const preview = page.getByTestId('dossier-preview');
  await expect(preview).toHaveText(`（${year}）城关调字第001号`);
  await pattern.fill('{简称}{年}-{序号:4}');
  await expect(preview).toHaveText(`城关${year}-0001`);
  await expect(page.getByText(/^示例：/).first()).toBeVisible();
  await pattern.fill('{简称}{年}-{序号:12}');
  await expect(fieldError(page, '卷号格式')).toHaveText('序号位数应为1–9位，如{序号:3}；“{序号:12}”不可用');
  await pattern.fill('{简称}{年}-{序号:2}');
  await expect(fieldError(page, '卷号格式')).toHaveCount(0);
  await pattern.fill('{简称}-{序号}');
  await expect(fieldError(page, '卷号格式')).toHaveText('卷号格式须包含{年}');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(fieldError(page, '卷号格式')).toHaveText('卷号格式须包含{年}');
  await page.getByRole('button', { name: '卷号格式恢复默认' }).click();
  await expect(pattern).toHaveValue('（{年}）{简称}调字第{序号:3}号');
  await expect(fieldError(page, '卷号格式')).toHaveCount(0);
  await expect(preview).toHaveText(`（${year}）城关调字第001号`);
});

test('保管期限 can be added, reordered and saved', async ({ page, playwright }) => {
  await server.openMenu(page, '设置');
  const add = page.getByLabel('保管期限', { exact: true });
  await add.fill('30年');
  await add.press('Enter');
  await add.fill('长期');
  await page.getByRole('button', { name: '添加' }).click();
  await expect(page.getByText('“长期”已在列表中')).toBeVisible();
  await page.getByRole('button', { name: '30年前移' }).click();
  await page.getByRole('button', { name: '30年前移' }).click();
  await page.getByRole('button', { name: '删除短期' }).click();
  await expect(page.getByRole('list', { name: '保管期限列表' }).getByRole('listitem')).toHaveText(['永久', '30年', '长期'].map((t) => new RegExp(t)));
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  await page.screenshot({ path: path.join('test-results', 'settings.png'), fullPage: true });
  const request = await playwright.request.newContext();
  expect((await server.api<Settings>(request, 'setting.get', {})).retentionPeriods).toEqual(['永久', '30年', '长期']);
  await request.dispose();
});

test('a local sub-type is added under its national category, listed, and can be switched off; 其他纠纷 cannot', async ({ page, playwright }) => {
  await server.openMenu(page, '代码表');
  await expect(tableRows(page)).toHaveCount(15);
  await expect(page.getByRole('region', { name: '案件来源（后为报表分组）' })).toContainText('courtEntrusted');
  await page.getByRole('button', { name: '新增子类' }).first().click();
  const dialog = page.getByRole('dialog', { name: '新增纠纷类型子类' });
  await choose(dialog, '所属全国统计类型', '劳动争议纠纷');
  await dialog.getByLabel('子类名称', { exact: true }).fill('拖欠农民工工资纠纷');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  const rows = tableRows(page);
  await expect(rows).toHaveCount(16);
  const sub = rows.filter({ hasText: '拖欠农民工工资纠纷' });
  await expect(sub).toContainText('本地子类');
  // Indented right under its parent.
  await expect(rows.nth(10)).toContainText('拖欠农民工工资纠纷');
  await expect(rows.nth(9)).toContainText('劳动争议纠纷');

  await sub.getByRole('switch', { name: '启用拖欠农民工工资纠纷' }).click();
  await expect(page.getByText('已停用“拖欠农民工工资纠纷”')).toBeVisible();
  await page.getByRole('switch', { name: '启用其他纠纷' }).click();
  await expect(page.getByText('“其他纠纷”不能停用')).toBeVisible();
  await expect(page.getByRole('switch', { name: '启用其他纠纷' })).toBeChecked();
  await page.screenshot({ path: path.join('test-results', 'codes.png'), fullPage: true });

  const request = await playwright.request.newContext();
  const { items } = await server.api<{ items: Category[] }>(request, 'disputeCategory.list', {});
  await request.dispose();
  expect(items.find((c) => c.label === '拖欠农民工工资纠纷')).toMatchObject({ parentCode: '10', active: false });
});
