// End to end in Debian Chromium against `npm run web` on a temp DB: office profile, staff register, errors, restart.
import { expect, test } from '@playwright/test';
import { makeIdNumber } from '../../electron/core/demo-data';
import { choose, fieldError, serveOnTempDb } from './fixtures';


const person = {
  name: '欧阳明远',
  idNumber: makeIdNumber('320102', '1986-06-15', 'male', 7).replace('X', 'x'),
};

const server = serveOnTempDb('staff');
const cspViolations = server.refusals;

// The first-run setup (auth.spec) creates the office with its administrator; 本所信息 edits it afterwards.
test('the office profile refuses a bad 机构代码 and saves a good one', async ({ page }) => {
  await server.openMenu(page, '本所信息');
  await expect(page).toHaveURL(/#\/office$/);
  await page.getByLabel('司法所名称').fill('玄武门司法所');
  await page.getByLabel('机构代码').fill('32010200');
  await page.getByLabel('所属区县').fill('玄武区');
  await page.getByLabel('街道（乡镇）').fill('玄武门街道');
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await expect(fieldError(page, '机构代码')).toHaveText('机构代码应为乡镇（街道）区划代码：9位或12位数字');
  await page.getByLabel('机构代码').fill('320102002');
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  await expect(page.locator('header')).toContainText('玄武门司法所');
});

test('the CSP has teeth: markup-injected styles and scripts do not apply', async ({ page }) => {
  const response = await page.goto(server.web.url);
  const policy = (await response!.allHeaders())['content-security-policy'] ?? '';
  expect(policy).toMatch(/script-src 'self';/);
  expect(policy).not.toMatch(/script-src[^;]*unsafe/);
  expect(policy).toMatch(/style-src-elem 'self' 'nonce-/);
  await expect(page.locator('header')).toContainText('玄武门司法所');
  const blocked = cspViolations.length;
  // Runs in the page (a string, since this file is type-checked without the DOM library).
  const result = await page.evaluate(`new Promise((resolve) => {
    document.body.insertAdjacentHTML('beforeend', '<style>header { visibility: hidden !important; }</style><img src="x" onerror="window.__pwned = 1">');
    setTimeout(() => resolve({ visibility: getComputedStyle(document.querySelector('header')).visibility, pwned: window.__pwned }), 300);
  })`);
  expect(result).toEqual({ visibility: 'visible', pwned: undefined });
  // The two refusals above are expected; take them off the list the suite checks at the end.
  expect(cspViolations.length).toBeGreaterThan(blocked);
  cspViolations.splice(blocked);
});

test('adds a staff member through the form and finds them by pinyin initials', async ({ page }) => {
  await server.openMenu(page, '工作人员');
  await expect(page.getByText('暂无工作人员')).toBeVisible();
  await page.getByRole('button', { name: '新增工作人员' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('姓名').fill(person.name);
  await dialog.getByLabel('身份证号码').fill(person.idNumber);
  await expect(dialog.getByLabel('性别')).toHaveValue('男');
  await expect(dialog.getByLabel('出生日期')).toHaveValue('1986-06-15');
  await choose(page, '政治面貌', '中共党员');
  await choose(page, '学历', '大学本科');
  await dialog.getByLabel('职务').fill('专职人民调解员');
  await choose(page, '编制类型', '政法专项编制');
  await dialog.getByLabel('联系电话').fill('13912345678');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(person.name) });
  await expect(row).toContainText('1986-06-15');
  await expect(row).toContainText('中共党员');

  // A second person, so that the search has something to leave out.
  await page.getByRole('button', { name: '新增工作人员' }).click();
  await dialog.getByLabel('姓名').fill('张伟');
  await dialog.getByLabel('身份证号码').fill(makeIdNumber('320102', '1990-01-02', 'female', 4));
  await choose(page, '政治面貌', '群众');
  await choose(page, '学历', '大学专科');
  await dialog.getByLabel('职务').fill('工作人员');
  await choose(page, '编制类型', '聘用');
  await dialog.getByLabel('职务').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /张伟/ })).toBeVisible();

  await page.getByLabel('搜索工作人员').fill('oymy');
  await expect(page.getByRole('row', { name: /张伟/ })).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(person.name) })).toBeVisible();
});

test('an invalid or duplicate ID number shows the Chinese error under the field and saves nothing', async ({ page }) => {
  await page.goto(`${server.web.url}`);
  await page.getByRole('menuitem', { name: '工作人员' }).click();
  await expect(page.getByRole('row', { name: /张伟/ })).toBeVisible();
  const rowsBefore = await page.locator('.ant-table-tbody tr.ant-table-row').count();

  await page.getByRole('button', { name: '新增工作人员' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('姓名').fill('李四');
  const wrongCheck = person.idNumber.slice(0, 17) + (person.idNumber.endsWith('1') ? '2' : '1');
  await dialog.getByLabel('身份证号码').fill(wrongCheck);
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(fieldError(page, '身份证号码')).toHaveText('身份证号码校验位不正确，请核对');
  await expect(dialog).toBeVisible();

  // A valid number that is already registered: the core refuses it and the form shows why, on the field.
  await dialog.getByLabel('身份证号码').fill(person.idNumber);
  await choose(page, '政治面貌', '群众');
  await choose(page, '学历', '大学本科');
  await dialog.getByLabel('职务').fill('工作人员');
  await choose(page, '编制类型', '聘用');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(fieldError(page, '身份证号码')).toHaveText(`该身份证号码已登记（${person.name}）`);
  await dialog.getByRole('button', { name: /取\s*消/ }).click();
  await expect(page.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(rowsBefore);
});

test('data survive a restart of the server', async ({ page }) => {
  await server.restart();
  await server.openMenu(page, '工作人员');
  await expect(page.getByRole('row', { name: new RegExp(person.name) })).toBeVisible();
  await expect(page.locator('header')).toContainText('玄武门司法所');
});

test('without the token the API answers 401 and the page says how to get in', async ({ browser, request }) => {
  const response = await request.post(`${server.web.origin}/api/staff.list`, { data: {} });
  expect(response.status()).toBe(401);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.web.origin);
  await expect(page.getByText(/访问令牌无效/).first()).toBeVisible();
  await context.close();
});
