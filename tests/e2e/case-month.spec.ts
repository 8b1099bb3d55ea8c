// 月度录入与三统一 end to end: a case concluded two months ago and entered today is late; the month's 三统一 lists it.
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { shanghaiDate } from '../../electron/shared/validators/date';
import { monthsBefore, seedConcludedCase, seedOffice } from './case-month-seed';
import { serveOnTempDb, tableRows } from './fixtures';

const today = shanghaiDate(new Date());
const month = monthsBefore(today, 2);
const monthName = `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
const ids: Record<string, number> = {};

const server = serveOnTempDb('case-month', async (api) => {
  const committeeId = await seedOffice(api);
  ids.late = await seedConcludedCase(api, committeeId, { applicant: '张秀兰', respondent: '李德明', month, agreed: false, seq: 1 });
  ids.dossier = await seedConcludedCase(api, committeeId, { applicant: '陈建华', respondent: '刘桂芳', month, agreed: true, seq: 2 });
});

test('a case concluded two months ago and entered today is flagged late, with its deadline and the 三统一 differences', async ({ page }) => {
  await server.openMenu(page, '月度录入');
  await expect(page).toHaveURL(/#\/case-month$/);
  // Last month by default.
  const lastMonth = monthsBefore(today, 1);
  await expect(page.getByText(`${lastMonth.slice(0, 4)}年${Number(lastMonth.slice(5, 7))}月结案的案件应于`)).toBeVisible();
  await expect(page.getByText('没有结案的案件')).toBeVisible();

  await page.goto(`${server.web.url}#/case-month?month=${month}`);
  const next = monthsBefore(today, 1);
  await expect(page.getByText(`${monthName}结案的案件应于${next.slice(0, 4)}年${Number(next.slice(5, 7))}月7日前录入`)).toBeVisible();
  const rows = tableRows(page);
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId('late-count')).toHaveText('逾期录入 2 件');
  const late = rows.filter({ hasText: '张秀兰' });
  await expect(late).toContainText('逾期录入');
  await expect(late).toContainText(`${month}-12`);
  await expect(late).toContainText(today);
  await expect(late).toContainText('未建卷');
  await expect(late.getByRole('link', { name: '张秀兰与李德明邻里纠纷' })).toHaveAttribute('href', `#/case?id=${ids.late}`);
  await expect(rows.filter({ hasText: '陈建华' })).toContainText(/（\d{4}）城关调字第001号/);

  const three = page.getByRole('region', { name: `${monthName}三统一` });
  await expect(three.getByTestId('three-state')).toHaveText('不一致');
  await expect(three).toContainText('报表统计数');
  const differences = three.getByRole('list', { name: '不一致的案件' });
  await expect(differences.getByRole('listitem').filter({ hasText: '张秀兰' }).first()).toContainText(/未建卷|逾期录入/);
  await expect(differences.getByRole('listitem').filter({ hasText: '陈建华' }).first()).toContainText(/未立卷|逾期录入/);
  await page.screenshot({ path: path.join('test-results', 'case-month.png'), fullPage: true });
});

test('the quarter and year checks count the same cases', async ({ page }) => {
  await page.goto(`${server.web.url}#/case-month?month=${month}`);
  const check = page.getByRole('region', { name: /季度三统一$/ });
  await expect(check).toBeVisible();
  await page.getByRole('combobox', { name: '核对期间' }).click();
  const quarter = `${month.slice(0, 4)}年第${'一二三四'[Math.ceil(Number(month.slice(5, 7)) / 3) - 1]}季度`;
  await page.locator('.ant-select-dropdown:visible').getByTitle(quarter, { exact: true }).click();
  const panel = page.getByRole('region', { name: `${quarter}三统一` });
  await expect(panel.getByTestId('three-state')).toHaveText('不一致');
  await expect(panel.getByRole('list', { name: '不一致的案件' }).getByRole('link', { name: '陈建华与刘桂芳邻里纠纷' }).first()).toBeVisible();
  await page.getByText('年度', { exact: true }).click();
  await expect(page.getByRole('region', { name: `${today.slice(0, 4)}年三统一` })).toBeVisible();
});
