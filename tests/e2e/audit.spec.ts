// End to end: the 审计日志 page lists a new staff member's audit row with its details, 校验 says 完整, and a row edited in the file is caught.
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contract } from '../../electron/shared/contract';
import { entityLabels, methodWord } from '../../renderer/src/features/audit/audit-words';
import { demoOffice, makeIdNumber } from '../../electron/core/demo-data';
import { serveOnTempDb, tableRows } from './fixtures';

const server = serveOnTempDb('audit', (api) => api('office.save', demoOffice));

const person = {
  name: '欧阳明远',
  idNumber: makeIdNumber('320102', '1986-06-15', 'male', 7),
  ethnicity: '01',
  politicalStatus: '01',
  education: '21',
  post: '司法助理员',
  staffingType: 'politicalLegal',
  startDate: null,
  phone: null,
  note: null,
};

test('shows the audit row of a new staff member, its details, and a clean check', async ({ page, request }) => {
  await server.api(request, 'staff.create', person);
  await server.openMenu(page, '审计日志');
  await expect(page.getByText('审计日志', { exact: true }).first()).toBeVisible();
  const rows = tableRows(page);
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('新增（staff.create）');
  await expect(rows.first()).toContainText('工作人员');
  await expect(page.getByText('共 2 条')).toBeVisible();

  await rows.first().getByRole('button', { name: /详情/ }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toContainText('第 2 号审计记录');
  await expect(drawer).toContainText('欧阳明远');
  await expect(drawer).toContainText('修改前后对照');
  await drawer.getByText('原始数据').click();
  await expect(drawer.locator('pre').nth(1)).toContainText('"name": "欧阳明远"');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  await page.getByRole('button', { name: /校验审计日志/ }).click();
  await expect(page.getByText('审计日志完整')).toBeVisible();
  await expect(page.getByText('已逐条校验 2 条记录')).toBeVisible();
});

test('filters by object type', async ({ page }) => {
  await server.openMenu(page, '审计日志');
  await expect(tableRows(page)).toHaveCount(2);
  await page.getByLabel('对象类型筛选').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '本所信息' }).click();
  await expect(tableRows(page)).toHaveCount(1);
  await expect(tableRows(page).first()).toContainText('保存（office.save）');
});

test('a row edited in the database file is reported with its number', async ({ page }) => {
  const raw = new Database(server.dbPath);
  raw.prepare(`UPDATE audit_log SET after = replace(after, '欧阳明远', '欧阳伪造') WHERE id = 2`).run();
  raw.close();
  await server.openMenu(page, '审计日志');
  await page.getByRole('button', { name: /校验审计日志/ }).click();
  const alert = page.getByRole('alert').filter({ hasText: '审计日志已被破坏' });
  await expect(alert).toContainText('首个问题在第 2 号记录');
  await expect(alert).toContainText('已被改动');
  await alert.getByRole('button', { name: '查看该记录' }).click();
  await expect(page.getByRole('dialog')).toContainText('欧阳伪造');
});

test('every audited method and every entity the core writes has a Chinese label', () => {
  const unlabelled = Object.entries(contract)
    .filter(([, spec]) => spec.mutates)
    .map(([method]) => method)
    .filter((method) => methodWord(method) === null);
  expect(unlabelled).toEqual([]);

  const services = join(import.meta.dirname, '../../electron/core/services');
  const written = new Set<string>();
  for (const file of readdirSync(services).filter((f) => f.endsWith('.ts'))) {
    for (const [, entity] of readFileSync(join(services, file), 'utf8').matchAll(/entity: '(\w+)'/g)) written.add(entity ?? '');
  }
  expect(written).toContain('dossierPartMark');
  expect([...written].filter((entity) => !entityLabels[entity])).toEqual([]);
});
