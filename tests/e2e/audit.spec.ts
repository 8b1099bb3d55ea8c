// End to end: the 审计日志 page lists a new staff member's audit row with its details, 校验 says 完整, and a row edited in the file is caught.
import { expect, test, type APIRequestContext } from '@playwright/test';
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contract } from '../../electron/shared/contract';
import { entityLabels, methodWord } from '../../renderer/src/features/audit/audit-words';
import { demoOffice } from '../../electron/core/demo-data';
import { serveOnTempDb, tableRows } from './fixtures';
import { sampleStaff } from './sample-staff';

const server = serveOnTempDb('audit', (api) => api('office.save', demoOffice));

interface AuditPage {
  total: number;
  items: { id: number; entity: string; method: string }[];
}
/** The setup, every login (the fixtures log each context in) and the seed write rows too: counts come from audit.list. */
const auditList = (request: APIRequestContext, filters: Record<string, unknown> = {}) =>
  server.api<AuditPage>(request, 'audit.list', { pageSize: 100, ...filters });
let staffRowId = 0;

const person = sampleStaff;

test('shows the audit row of a new staff member, its details, and a clean check', async ({ page, request }) => {
  await server.api(request, 'staff.create', person);
  const { total, items } = await auditList(request);
  expect(items[0]).toMatchObject({ entity: 'staff', method: 'staff.create' });
  staffRowId = items[0]!.id;
  await server.openMenu(page, '审计日志');
  await expect(page.getByText('审计日志', { exact: true }).first()).toBeVisible();
  const staffRow = tableRows(page).filter({ hasText: '新增（staff.create）' });
  await expect(staffRow).toHaveCount(1);
  await expect(staffRow).toContainText('工作人员');
  // Opening pages may add rows of its own (reveals), so the page shows at least what audit.list said before.
  const shown = Number(/共 (\d+) 条/.exec((await page.getByText(/^共 \d+ 条$/).textContent()) ?? '')?.[1]);
  expect(shown).toBeGreaterThanOrEqual(total);

  await staffRow.getByRole('button', { name: /详情/ }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toContainText(`第 ${staffRowId} 号审计记录`);
  await expect(drawer).toContainText('欧阳明远');
  await expect(drawer).toContainText('修改前后对照');
  await drawer.getByText('原始数据').click();
  await expect(drawer.locator('pre').nth(1)).toContainText('"name": "欧阳明远"');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  const checked = (await auditList(request)).total;
  await page.getByRole('button', { name: /校验审计日志/ }).click();
  await expect(page.getByText('审计日志完整')).toBeVisible();
  await expect(page.getByText(`已逐条校验 ${checked} 条记录`)).toBeVisible();
});

test('filters by object type', async ({ page, request }) => {
  const offices = await auditList(request, { entity: 'office' });
  expect(offices.items.map((row) => row.method)).toContain('office.save');
  await server.openMenu(page, '审计日志');
  await page.getByLabel('对象类型筛选').click();
  await page.locator('.ant-select-item-option').filter({ hasText: '本所信息' }).click();
  await expect(tableRows(page)).toHaveCount(offices.total);
  await expect(tableRows(page).first()).toContainText('保存（office.save）');
});

test('a row edited in the database file is reported with its number', async ({ page }) => {
  const raw = new Database(server.dbPath);
  raw.prepare(`UPDATE audit_log SET after = replace(after, '欧阳明远', '欧阳伪造') WHERE id = ?`).run(staffRowId);
  raw.close();
  await server.openMenu(page, '审计日志');
  await page.getByRole('button', { name: /校验审计日志/ }).click();
  const alert = page.getByRole('alert').filter({ hasText: '审计日志已被破坏' });
  await expect(alert).toContainText(`首个问题在第 ${staffRowId} 号记录`);
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
