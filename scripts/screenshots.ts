// `npm run screenshots`: the README's pictures, taken from the real app (web mode, demo data, Debian Chromium).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { openLocalCore } from '../electron/core/local-core';
import { demo } from '../electron/cli/commands';
import { demoOffice } from '../electron/core/demo-data';
import { importPackage } from '../electron/core/district/import';
import { exportPackage } from '../electron/core/package/export';
import { appVersion } from '../electron/core/resources';
import { chromiumPath } from '../playwright.config';
import { logInBrowser, startWeb, testAdmin } from '../tests/e2e/web-process';

const outDir = path.resolve(import.meta.dirname, '..', 'docs', 'screenshots');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-shots-'));
const dbPath = path.join(dir, 'ledger.sqlite');

const core = openLocalCore(dbPath);
await demo(core, { out: () => {}, err: (l) => console.error(l) }, 12);
const closedCases = await core.dispatch('case.list', { state: 'succeeded', dossierStatus: 'closed', pageSize: 1, sort: 'receivedOn', order: 'asc' });
const shownCase = closedCases.ok ? (closedCases.value as { items: { id: number; title: string }[] }).items[0] : undefined;
// The district side of the same app holds the office's own packages: the most recent months that export.
const months = Array.from({ length: 8 }, (_, i) => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - 1 - i);
  return d.toISOString().slice(0, 7);
});
const readyMonths: string[] = [];
for (const period of months) {
  const pre = await core.dispatch('package.preflight', { period });
  if (pre.ok && (pre.value as { ready: boolean }).ready) readyMonths.push(period);
}
const key = await core.dispatch('package.key', {});
if (key.ok) await core.dispatch('district.saveOffice', { code: demoOffice.code, name: demoOffice.name, publicKey: (key.value as { publicKey: string }).publicKey });
for (const period of readyMonths.slice(0, 2)) {
  const out = await exportPackage({ read: core.handle.db, dataDir: dir, period, now: new Date().toISOString(), today: new Date().toISOString().slice(0, 10), appVersion });
  const data = fs.readFileSync(out.path);
  await core.runAsync('district.import', (call) => importPackage(call, data, out.fileName));
}
// The administrator the web process logs in as, and two more accounts for the 账户管理 picture.
const accounts: [string, unknown][] = [
  ['auth.setup', { office: null, admin: { ...testAdmin, displayName: '周建国', confirm: testAdmin.password } }],
  ['user.create', { username: 'wangmin', displayName: '王敏', role: 'staff', password: 'Wangmin-2024', confirm: 'Wangmin-2024' }],
  ['user.create', { username: 'chakan', displayName: '李娜', role: 'readonly', password: 'Chakan-2024', confirm: 'Chakan-2024' }],
];
for (const [method, input] of accounts) {
  const result = await core.dispatch(method as 'user.create', input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
}
core.close();

const web = await startWeb(dbPath);
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const options = { viewport: { width: 1280, height: 760 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' };
  fs.mkdirSync(outDir, { recursive: true });
  // The login page, in a context of its own that is not logged in.
  const outside = await browser.newContext(options);
  const loginPage = await outside.newPage();
  await loginPage.goto(web.url);
  await loginPage.getByLabel('用户名', { exact: true }).waitFor();
  await loginPage.getByLabel('用户名', { exact: true }).fill(testAdmin.username);
  await loginPage.waitForTimeout(400);
  await loginPage.screenshot({ path: path.join(outDir, 'login.png') });
  await outside.close();

  const context = await browser.newContext(options);
  await logInBrowser(context, web);
  const page = await context.newPage();
  const shot = (name: string) => page.screenshot({ path: path.join(outDir, `${name}.png`) });

  await page.goto(web.url);
  await page.getByRole('menuitem', { name: '工作人员' }).click();
  await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
  await shot('staff-list');

  await page.locator('.ant-table-tbody tr.ant-table-row').first().getByRole('button', { name: '培训' }).click();
  await page.getByRole('dialog').getByText(/本年度培训/).waitFor();
  await page.waitForTimeout(400);
  await shot('staff-training');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });

  await page.getByLabel('搜索工作人员').fill('hyh');
  await page.waitForTimeout(600);
  await shot('staff-search');
  await page.getByLabel('搜索工作人员').fill('');

  await page.getByRole('button', { name: '新增工作人员' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('姓名').fill('欧阳明远');
  await dialog.getByLabel('身份证号码').fill('32010219860615071x');
  await dialog.getByLabel('职务').fill('专职人民调解员');
  await dialog.getByRole('button', { name: '保存' }).click();
  await page.waitForTimeout(400);
  await shot('staff-form');
  await dialog.getByRole('button', { name: '取消' }).click();

  const menu = (name: string) => page.getByRole('menuitem', { name: new RegExp(`${name}$`) }).click();
  const settle = async () => {
    await page.locator('.ant-spin-spinning, .ant-skeleton').first().waitFor({ state: 'detached' }).catch(() => {});
    await page.mouse.move(1270, 750);
    await page.waitForTimeout(500);
  };

  await menu('工作台');
  await page.getByText('须整改').first().waitFor();
  await settle();
  await shot('dashboard');

  await menu('三会一课');
  await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
  await settle();
  await shot('cpc-meetings');

  await menu('调委会');
  await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
  await page.locator('.ant-table-tbody tr.ant-table-row').first().getByRole('button', { name: '成员' }).click();
  await page.getByRole('dialog').waitFor();
  await settle();
  await shot('committee-detail');
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').waitFor({ state: 'hidden' });

  await menu('调解员');
  await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
  await settle();
  await shot('mediators');

  await menu('排查记录');
  await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
  await settle();
  await shot('investigations');

  await menu('庭所共建');
  await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
  await settle();
  await shot('joint-court');

  await menu('调解案件');
  await page.locator('.ant-table-tbody tr.ant-table-row').first().waitFor();
  await settle();
  await shot('cases');

  if (shownCase !== undefined) {
    await page.goto(`${web.url}#/case?id=${shownCase.id}`);
    await page.getByText(shownCase.title).first().waitFor();
    await settle();
    await shot('case');
  }

  await menu('月度录入');
  await settle();
  await shot('case-month');

  await menu('统计报表');
  await page.locator('canvas').first().waitFor();
  await settle();
  await page.waitForTimeout(800);
  await shot('report');

  await page.goto(`${web.url}#/upload?period=${readyMonths[0] ?? months[0]}`);
  await page.getByText('数据包将包含的记录').waitFor();
  await settle();
  await shot('upload');

  await page.goto(`${web.url}#/district?period=${(readyMonths[0] ?? months[0]!).slice(0, 4)}`);
  await page.getByRole('tab', { name: '全区统计' }).click();
  await settle();
  await page.waitForTimeout(500);
  await shot('district-report');

  await menu('设置');
  await settle();
  await shot('settings');

  await menu('本所信息');
  await page.getByLabel('司法所名称').waitFor();
  await page.mouse.move(900, 700);
  await page.waitForTimeout(500);
  await shot('office');

  await menu('账户管理');
  await page.locator('.ant-table-tbody tr.ant-table-row').nth(2).waitFor();
  await settle();
  await shot('users');
  console.log(`screenshots written to ${outDir}`);
} finally {
  await browser.close();
  await web.stop();
  fs.rmSync(dir, { recursive: true, force: true });
}
