// Accounts end to end on a fresh DB: 初始设置 with the recovery code, logout and login, the lock after 5 bad passwords, 忘记密码, and the audit rows.
import { expect, test, type Page } from '@playwright/test';
import { serveOnTempDb, tableRows } from './fixtures';
import { rawCall, testAdmin, testOffice } from './web-process';

const server = serveOnTempDb('auth', undefined, { setup: false });
const admin = { username: 'suozhang', displayName: '周建国', password: 'Zhou-2024-ledger' };
const newPassword = 'Zhou-2025-reset';
const CODE = /^[A-Z0-9]{4}(?:-[A-Z0-9]{4}){4}$/;
let recoveryCode = '';

/** The recovery code shown once (setup or recovery), after it is on the page. */
async function shownCode(page: Page): Promise<string> {
  const code = page.getByTestId('recovery-code');
  await expect(code).toHaveText(CODE);
  return ((await code.textContent()) ?? '').trim();
}

async function logInThroughUi(page: Page, password: string): Promise<{ ok: boolean; error?: { code: string; message: string } }> {
  await page.getByLabel('用户名', { exact: true }).fill(admin.username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth.login'));
  await page.getByRole('button', { name: /^登\s*录$/ }).click();
  return (await (await answer).json()) as { ok: boolean; error?: { code: string; message: string } };
}

const loginPage = (page: Page) => page.getByRole('button', { name: /^登\s*录$/ });
const inApp = (page: Page) => page.getByRole('menuitem', { name: '工作台' });

test('first run: 初始设置 creates the office and the administrator, shows the recovery code once, then the app', async ({ page }) => {
  await page.goto(server.web.url);
  await expect(page.getByText('初始设置').first()).toBeVisible();
  await page.getByLabel('司法所名称').fill(testOffice.name);
  await page.getByLabel('机构代码').fill(testOffice.code);
  await page.getByLabel('所属区县').fill(testOffice.district);
  await page.getByLabel('街道（乡镇）').fill(testOffice.township);
  await page.getByLabel('用户名', { exact: true }).fill(admin.username);
  await page.getByLabel('姓名', { exact: true }).fill(admin.displayName);
  await page.getByLabel('密码', { exact: true }).fill(admin.password);
  await page.getByLabel('确认密码', { exact: true }).fill(admin.password);
  await page.getByRole('button', { name: '完成设置' }).click();

  recoveryCode = await shownCode(page);
  const enter = page.getByRole('button', { name: '进入系统' });
  await expect(enter).toBeDisabled();
  await page.getByLabel('我已抄写并妥善保存恢复码').check();
  await expect(enter).toBeEnabled();
  await enter.click();
  await expect(inApp(page)).toBeVisible();
  await expect(page.locator('header')).toContainText(admin.displayName);
  await expect(page.locator('header')).toContainText('所长/管理员');
  await expect(page.locator('header')).toContainText(testOffice.name);
  // Setup runs once: a second one is refused.
  const again = await rawCall(page.context().request, server.web, 'auth.setup', {
    office: null,
    admin: { ...testAdmin, confirm: testAdmin.password },
  });
  expect(again.error?.code).toBe('CONFLICT');
});

test('the login page lets the administrator in; 退出登录 ends the session', async ({ page }) => {
  await page.goto(server.web.url);
  await expect(loginPage(page)).toBeVisible();
  await expect(inApp(page)).toHaveCount(0);
  expect((await rawCall(page.context().request, server.web, 'staff.list', {})).error?.code).toBe('UNAUTHORIZED');
  expect((await logInThroughUi(page, admin.password)).ok).toBe(true);
  await expect(inApp(page)).toBeVisible();
  expect((await rawCall(page.context().request, server.web, 'staff.list', {})).ok).toBe(true);

  await page.getByRole('button', { name: `账户：${admin.displayName}（所长/管理员）` }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await expect(loginPage(page)).toBeVisible();
  expect((await rawCall(page.context().request, server.web, 'staff.list', {})).error?.code).toBe('UNAUTHORIZED');
});

test('5 wrong passwords in a row lock the account: even the right one is refused while locked', async ({ page }) => {
  await page.goto(server.web.url);
  await expect(loginPage(page)).toBeVisible();
  const locked = /^该账户因连续5次密码错误已锁定，请于\d{2}:\d{2}后再试或联系管理员解锁$/;
  const answers: string[] = [];
  for (let attempt = 1; attempt <= 6; attempt++) {
    const answer = await logInThroughUi(page, `wrong-${attempt}-pass`);
    expect(answer.ok).toBe(false);
    answers.push(answer.error?.message ?? '');
  }
  expect(answers.slice(0, 4)).toEqual(Array(4).fill('用户名或密码不正确'));
  // The 5th answer may already say so; the 6th must.
  expect(answers[5]).toMatch(locked);
  await expect(page.getByText(locked).first()).toBeVisible();

  const right = await logInThroughUi(page, admin.password);
  expect(right.ok).toBe(false);
  expect(right.error?.message).toMatch(locked);
  await expect(inApp(page)).toHaveCount(0);
});

test('忘记密码: the recovery code resets the password, lifts the lock and is replaced by a new one', async ({ page }) => {
  expect(recoveryCode).toMatch(CODE);
  await page.goto(server.web.url);
  await page.getByText('忘记密码').click();
  await expect(page.getByText('用恢复码重设管理员密码').first()).toBeVisible();
  await page.getByLabel('用户名', { exact: true }).fill(admin.username);
  await page.getByLabel('恢复码', { exact: true }).fill(recoveryCode);
  await page.getByLabel('新密码', { exact: true }).fill(newPassword);
  await page.getByLabel('确认新密码', { exact: true }).fill(newPassword);
  await page.getByRole('button', { name: '重设密码' }).click();
  const fresh = await shownCode(page);
  expect(fresh).not.toBe(recoveryCode);

  // The old code is spent; the old password no longer works, the new one does.
  const request = page.context().request;
  const reuse = await rawCall(request, server.web, 'auth.recover', { username: admin.username, recoveryCode, password: 'Another-2026x', confirm: 'Another-2026x' });
  expect(reuse.ok).toBe(false);
  expect((await rawCall(request, server.web, 'auth.login', { username: admin.username, password: admin.password })).ok).toBe(false);
  expect((await rawCall(request, server.web, 'auth.login', { username: admin.username, password: newPassword })).ok).toBe(true);
  recoveryCode = fresh;
});

interface AuditRow {
  method: string;
  entity: string;
  actor: string;
  after: Record<string, unknown> | null;
}

test('审计日志 lists every login attempt and the lock', async ({ page }) => {
  await page.goto(server.web.url);
  expect((await logInThroughUi(page, newPassword)).ok).toBe(true);
  await expect(inApp(page)).toBeVisible();
  const { items } = (await rawCall(page.context().request, server.web, 'audit.list', { entity: 'user_account', pageSize: 100 })).value as {
    items: AuditRow[];
  };
  const logins = items.filter((row) => row.method === 'auth.login');
  // 1 success, 6 wrong (one of them the lock), the right one refused, the old and the new password after the recovery, this one.
  expect(logins.length).toBeGreaterThanOrEqual(11);
  const results = logins.map((row) => String(row.after?.result));
  expect(results.filter((r) => r === 'success').length).toBeGreaterThanOrEqual(3);
  expect(results.filter((r) => r === 'failure').length).toBeGreaterThanOrEqual(6);
  expect(results).toContain('locked');
  expect(logins.filter((row) => row.after?.result === 'refused' && row.after.reason === 'locked').length).toBeGreaterThanOrEqual(1);
  expect(items.map((row) => row.after?.result)).toContain('recovered');
  // No password, tried or real, ever lands in the log.
  const text = JSON.stringify(items);
  for (const secret of [admin.password, newPassword, 'wrong-1-pass', 'wrong-6-pass']) expect(text).not.toContain(secret);

  await page.getByRole('menuitem', { name: '审计日志' }).click();
  await expect(tableRows(page).first()).toBeVisible();
  await expect(tableRows(page).filter({ hasText: 'auth.login' }).first()).toBeVisible();
  await page.getByLabel('操作筛选').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: 'auth.login' }).first().click();
  await expect(page.getByText(new RegExp(`共 ${logins.length} 条`))).toBeVisible();
  await expect(tableRows(page).filter({ hasText: admin.username }).first()).toBeVisible();
});
