// End to end: 备份与恢复 — a backup made with 立即备份, the data changed, 恢复 from the list brings it back after logging in again; the settings form refuses a relative second folder and copies to a good one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { demoOffice } from '../../electron/core/demo-data';
import { fieldError, serveOnTempDb, tableRows } from './fixtures';
import { sampleStaff } from './sample-staff';
import { testAdmin } from './web-process';

const person = sampleStaff;

const server = serveOnTempDb('backup', async (api) => {
  await api('office.save', demoOffice);
  await api('staff.create', person);
});

test('立即备份, then 恢复 brings back a deleted staff member after logging in again', async ({ page, request }) => {
  await server.openMenu(page, '备份与恢复');
  const list = page.getByTestId('backup-list');
  // The server took its daily automatic backup at start.
  await expect(tableRows(list).first()).toContainText('自动');
  const before = await tableRows(list).count();
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByText(/^已备份并校验通过：/)).toBeVisible({ timeout: 30_000 });
  await expect(tableRows(list)).toHaveCount(before + 1);
  const row = tableRows(list).first();
  await expect(row).toContainText('手动');
  await expect(row).toContainText('刚刚备份');
  const time = ((await row.locator('td').first().textContent()) ?? '').replace('刚刚备份', '').trim();
  expect(time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);

  const staff = await server.api<{ items: { id: number; name: string }[] }>(request, 'staff.list', {});
  const member = staff.items.find((s) => s.name === person.name)!;
  await server.api(request, 'staff.delete', { id: member.id });

  await row.getByRole('button', { name: /恢复/ }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: '的备份恢复？' });
  await expect(confirm).toContainText(`从 ${time} 的备份恢复？`);
  await expect(confirm).toContainText('当前数据不会删除');
  // The dangerous button is not the focused one: Enter right away would cancel.
  await confirm.getByRole('button', { name: '恢复' }).click();
  const done = page.getByRole('dialog').filter({ hasText: '已从备份恢复，请重新登录' });
  await expect(done).toBeVisible({ timeout: 30_000 });
  await expect(done).toContainText('恢复前的数据已另存到：');
  await done.getByRole('button', { name: '重新登录' }).click();

  await page.getByLabel('用户名', { exact: true }).fill(testAdmin.username);
  await page.getByLabel('密码', { exact: true }).fill(testAdmin.password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.getByRole('menuitem', { name: '工作人员' }).click();
  await expect(page.getByText(person.name)).toBeVisible();
  await page.getByRole('menuitem', { name: '备份与恢复' }).click();
  await expect(tableRows(page.getByTestId('backup-list'))).toHaveCount(before + 1);
});

test('the settings refuse a relative second folder, then a real one gets a copy of the next backup', async ({ page }) => {
  const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-e2e-usb-'));
  try {
    await server.openMenu(page, '备份与恢复');
    const folder = page.getByLabel('第二备份位置', { exact: true });
    await folder.fill('u盘/备份');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(fieldError(page, '第二备份位置')).toContainText('完整路径');
    await folder.fill(usb);
    const daily = page.getByLabel('保留每日备份数', { exact: true });
    await daily.fill('-1');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(fieldError(page, '保留每日备份数')).toHaveText('保留每日备份数不能为负数');
    await daily.fill('5');
    await daily.press('Enter');
    await expect(page.getByText('已保存')).toBeVisible();

    await page.getByRole('button', { name: '立即备份' }).click();
    await expect(page.getByText(/并已复制到第二备份位置/)).toBeVisible({ timeout: 30_000 });
    expect(fs.readdirSync(path.join(usb, 'judicial-office-ledger-backups', 'manual'))).toHaveLength(1);

    fs.rmSync(usb, { recursive: true, force: true });
    await page.reload();
    await expect(page.getByText(/找不到第二备份位置.*U 盘是否已插上/).first()).toBeVisible();
  } finally {
    fs.rmSync(usb, { recursive: true, force: true });
  }
});
