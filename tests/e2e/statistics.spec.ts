// 统计报表 end to end on the demo office: last month's figures match report.get, the three charts draw canvases, and 预防成效 saves.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { shanghaiDate } from '../../electron/shared/validators/date';
import { monthsBefore } from './case-month-seed';
import { fillWithDemo, serveOnTempDb } from './fixtures';

const today = shanghaiDate(new Date());
const month = monthsBefore(today, 1);
const monthName = `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
const server = serveOnTempDb('statistics', undefined, { prepare: fillWithDemo });

interface ReportAnswer {
  figures: { cases: { received: number; mediated: number; succeeded: number; successRate: number | null } };
  checks: { title: string; count: number }[];
}

function api<T>(request: APIRequestContext, method: string, data: unknown): Promise<T> {
  return server.api<T>(request, method, data);
}

test('last month of the demo: the figures of report.get, the three charts and the rule checks', async ({ page, request }) => {
  const report = await api<ReportAnswer>(request, 'report.get', { period: month });
  expect(report.figures.cases.received).toBeGreaterThan(0);
  await page.goto(server.web.url);
  await page.getByRole('menuitem', { name: '统计报表' }).click();
  await expect(page).toHaveURL(/#\/report$/);
  await expect(page.getByRole('heading', { name: `统计报表：${monthName}` })).toBeVisible();

  const cases = page.getByTestId('figures-cases');
  const { received, mediated, succeeded, successRate } = report.figures.cases;
  await expect(cases.getByRole('row').filter({ hasText: '受理纠纷' })).toContainText(`${received} 件`);
  await expect(cases.getByRole('row').filter({ hasText: '调解纠纷' })).toContainText(`${mediated} 件`);
  await expect(cases.getByRole('row').filter({ hasText: '调解成功率' })).toContainText(successRate === null ? '—' : `${successRate.toFixed(1)}%`);
  await expect(cases.getByRole('row').filter({ hasText: /^调解成功\d/ })).toContainText(`${succeeded} 件`);
  await expect(page.getByTestId('figures-categories')).toContainText('合计');
  await expect(page.getByTestId('figures-sources')).toContainText('合计');

  const charts = page.getByTestId('report-chart');
  await expect(charts).toHaveCount(mediated > 0 ? 3 : 1);
  for (const chart of await charts.all()) await expect(chart.locator('canvas')).toHaveCount(1);
  const open = report.checks.find((c) => c.count > 0);
  if (open) await expect(page.getByRole('list', { name: '规范检查' }).getByRole('link', { name: open.title })).toHaveAttribute('href', '#/dashboard');
  await page.waitForTimeout(600);
  await page.screenshot({ path: path.join('test-results', 'statistics', '1-report.png'), fullPage: true });

  // The workbook and the report document download under their names.
  const workbook = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const xlsx = await workbook;
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(fs.readFileSync(await xlsx.path()).subarray(0, 2).toString('latin1')).toBe('PK');
  const document = page.waitForEvent('download');
  await page.getByRole('button', { name: '生成报告' }).click();
  await page.getByRole('menuitem', { name: '生成 PDF' }).click();
  const pdf = await document;
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
  expect(fs.readFileSync(await pdf.path()).subarray(0, 4).toString('latin1')).toBe('%PDF');

  // A quarter: the picker switches kind and the report follows.
  await page.getByRole('radiogroup', { name: '统计期间类型' }).getByText('季', { exact: true }).click();
  await expect(page.getByRole('heading', { name: /^统计报表：\d{4}年第[一二三四]季度$/ })).toBeVisible();
});

test('预防成效 for a month saves and counts in the month’s report', async ({ page, request }) => {
  await page.goto(`${server.web.url}#/report?period=${month}`);
  const card = page.locator('.ant-card', { has: page.getByText('预防成效填报', { exact: true }) });
  await expect(card.getByLabel('防止民转刑（件）')).toBeVisible();
  await card.getByLabel('防止民转刑（件）').fill('3');
  await card.getByLabel('防止民转刑（人）').fill('7');
  await card.getByLabel('预防纠纷（件）').fill('-1');
  await card.getByRole('button', { name: /保\s*存/ }).click();
  await expect(card.getByText('预防纠纷数不能为负数')).toBeVisible();
  await card.getByLabel('预防纠纷（件）').fill('12');
  await card.getByLabel('备注').fill('春节前集中排查化解');
  await card.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  await expect(card.getByText(/^上次保存：/)).toBeVisible();

  const saved = await api<{ criminalCases: number; criminalPersons: number; preventedDisputes: number; note: string | null }>(request, 'prevention.get', { month });
  expect(saved).toMatchObject({ criminalCases: 3, criminalPersons: 7, preventedDisputes: 12, note: '春节前集中排查化解' });
  await expect(page.getByTestId('figures-prevention').getByRole('row').filter({ hasText: '防止民间纠纷转化为刑事案件' })).toContainText('3 件 7 人');
  await page.screenshot({ path: path.join('test-results', 'statistics', '2-prevention.png'), fullPage: true });
});
