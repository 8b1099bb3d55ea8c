// End to end in Debian Chromium against `npm run web` on a temp DB: a 人民法庭 partner, a 庭所共建 联席会议, seen only under 庭所共建.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoOffice } from '../../electron/core/demo-data';
import { shanghaiDate } from '../../electron/shared/validators/date';
import { choose, serveOnTempDb, tableRows as rows, typeDate } from './fixtures';

const court = '城关人民法庭';
const summary = '第四季度庭所联席会议，通报委派调解案件办理情况';
const today = shanghaiDate(new Date());

const server = serveOnTempDb('joint', (api) => api('office.save', demoOffice));

async function openPage(page: Page, label: string): Promise<Locator> {
  await server.openMenu(page, label);
  const card = page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: label }) });
  await expect(card).toBeVisible();
  return card;
}

test('with no court yet, 庭所共建 guides the user to add one first', async ({ page }) => {
  const card = await openPage(page, '庭所共建');
  await expect(card.getByText('先在共建单位中添加人民法庭')).toBeVisible();
  await card.getByRole('button', { name: '添加人民法庭' }).click();
  const dialog = page.getByRole('dialog', { name: '新增共建单位' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('单位名称')).toBeFocused();
  await dialog.getByLabel('单位名称').fill(court);
  await dialog.getByLabel('联系人').fill('王庭长');
  await dialog.getByLabel('联系电话').fill('13800138000');
  await dialog.getByLabel('联系电话').press('Enter');
  await expect(dialog).toBeHidden();
  const partners = page.locator('.ant-card', { has: page.locator('.ant-card-head-title', { hasText: '共建单位' }) });
  await expect(rows(partners)).toHaveCount(1);
  await expect(rows(partners).first()).toContainText(court);
  await expect(rows(partners).first()).toContainText('人民法庭');
});

test('records a 庭所共建 联席会议 and sees it in 庭所共建, not in 所所共建', async ({ page }) => {
  const card = await openPage(page, '庭所共建');
  await card.getByRole('button', { name: '登记活动' }).click();
  const dialog = page.getByRole('dialog', { name: '登记庭所共建活动' });
  await choose(dialog, '人民法庭', court);
  await typeDate(dialog, '活动日期', today);
  await choose(dialog, '活动类型', '联席会议');
  await dialog.getByLabel('活动地点').fill('司法所会议室');
  await dialog.getByLabel('本所参加人员').fill('张所长、李调解员');
  await dialog.getByLabel('对方参加人员').fill('王庭长');
  await dialog.getByLabel('内容摘要').fill(summary);
  await dialog.getByLabel('涉及案件数').fill('3');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();

  await expect(rows(card)).toHaveCount(1);
  const row = rows(card).first();
  await expect(row).toContainText(today);
  await expect(row).toContainText(court);
  await expect(row).toContainText('联席会议');

  // The detail drawer opens from the row, and by link (?open=<id>).
  await row.getByRole('button', { name: '查看' }).click();
  const drawer = page.getByRole('dialog', { name: '共建活动详情' });
  await expect(drawer).toContainText(summary);
  await expect(drawer).toContainText('张所长、李调解员');
  expect(page.url()).toMatch(/#\/joint\/court\?open=\d+$/);
  const link = page.url();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await page.goto(link);
  await expect(page.getByRole('dialog', { name: '共建活动详情' })).toContainText(summary);

  const police = await openPage(page, '所所共建');
  await expect(police.getByText('先在共建单位中添加派出所')).toBeVisible();
  await expect(rows(police)).toHaveCount(0);
  await expect(police.getByRole('button', { name: '添加派出所' })).toBeVisible();
});

test('the court cannot be deleted while it has activities', async ({ page }) => {
  const card = await openPage(page, '共建单位');
  const row = rows(card).first();
  await expect(row).toContainText('1');
  await row.getByRole('button', { name: '删除' }).click();
  await page.locator('.ant-popconfirm:visible').getByRole('button', { name: '删除' }).click();
  await expect(page.getByText(`“${court}”已有1条共建活动记录，不能删除；请先删除这些活动`)).toBeVisible();
  await expect(rows(card)).toHaveCount(1);
});
