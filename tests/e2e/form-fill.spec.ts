// End to end in Debian Chromium: what the forms fill in for the user (term ends) and when they show errors (new rows).
import { expect, test } from '@playwright/test';
import { demoOffice } from '../../electron/core/demo-data';
import { chooseExact, fieldError, serveOnTempDb, typeDate } from './fixtures';

const committeeName = '南湖社区人民调解委员会';
const branchName = '中共南湖司法所支部委员会';

const server = serveOnTempDb('form-fill', async (api) => {
  await api('office.save', demoOffice);
  await api('committee.create', { name: committeeName, kind: 'community' });
});

/** Today + 3 years − 1 day in the browser's time zone (Asia/Shanghai), as the form computes it. */
function threeYearTermFrom(day: Date): string {
  const end = new Date(Date.UTC(day.getUTCFullYear() + 3, day.getUTCMonth(), day.getUTCDate() - 1));
  return end.toISOString().slice(0, 10);
}

test('新增成员: 任期结束日期 follows 任期开始日期 until the user types one', async ({ page }) => {
  await server.openMenu(page, '调委会');
  await page.getByRole('row', { name: new RegExp(committeeName) }).getByRole('button', { name: '成员' }).click();
  const drawer = page.getByRole('dialog', { name: committeeName });
  await drawer.getByRole('button', { name: '新增成员' }).click();
  const dialog = page.getByRole('dialog', { name: '新增成员' });
  const start = dialog.getByLabel('任期开始日期', { exact: true });
  const end = dialog.getByLabel('任期结束日期', { exact: true });
  const today = new Date(Date.now() + 8 * 3600_000);
  await expect(start).toHaveValue(today.toISOString().slice(0, 10));
  await expect(end).toHaveValue(threeYearTermFrom(today));

  await typeDate(dialog, '任期开始日期', '2024-01-01');
  await expect(end).toHaveValue('2026-12-31');
  await typeDate(dialog, '任期开始日期', '2024-02-29');
  await expect(end).toHaveValue('2027-02-27');
  // Once the user types an end of their own, a new start leaves it alone.
  await typeDate(dialog, '任期结束日期', '2026-06-30');
  await typeDate(dialog, '任期开始日期', '2024-03-01');
  await expect(end).toHaveValue('2026-06-30');

  await dialog.getByLabel('姓名').fill('周敏');
  await chooseExact(dialog, '性别', '女');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();
  await expect(drawer.getByRole('row', { name: /周敏/ })).toContainText('2026-06-30');
});

test('新增党支部: 本届任期届满 is filled from 本届任期开始 (3 years less a day)', async ({ page }) => {
  await server.openMenu(page, /党支部$/);
  await page.getByRole('button', { name: '新增党支部' }).click();
  const dialog = page.getByRole('dialog', { name: '新增党支部' });
  await dialog.getByLabel('支部名称').fill(branchName);
  await typeDate(dialog, '成立日期', '2015-07-01');
  await typeDate(dialog, '本届任期开始', '2024-07-01');
  await expect(dialog.getByLabel('本届任期届满', { exact: true })).toHaveValue('2027-06-30');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.ant-card', { hasText: branchName })).toContainText('2024-07-01 至 2027-06-30');
});

test('三会一课: a new absentee row is not red until the user leaves it or saves', async ({ page }) => {
  await server.openMenu(page, '三会一课');
  await page.getByRole('button', { name: '新增会议记录' }).click();
  const dialog = page.getByRole('dialog', { name: '新增会议记录' });
  await dialog.getByLabel('应到人数').fill('5');
  await dialog.getByLabel('实到人数').fill('4');
  const absentees = fieldError(dialog, '缺席人员及原因');
  await expect(absentees).toHaveText('缺席人员应为 1 人（应到减实到），现填写了 0 人');

  await dialog.getByRole('button', { name: '添加缺席人员' }).click();
  const name = dialog.getByLabel('第1位缺席人员姓名');
  await expect(name).toBeFocused();
  await expect(absentees).toHaveCount(0);
  await expect(name).not.toHaveClass(/status-error/);
  await page.keyboard.type('钱七');
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('第1位缺席原因')).toBeFocused();
  await expect(absentees).toHaveCount(0);
  // Leaving the row unfinished shows what is missing.
  await dialog.getByLabel('会议议题').click();
  await expect(absentees).toHaveText('请填写“钱七”的缺席原因');
  await dialog.getByLabel('第1位缺席原因').fill('公出');
  await expect(absentees).toHaveCount(0);

  // A row added and left empty is reported on 保存.
  await dialog.getByRole('button', { name: '添加缺席人员' }).click();
  await expect(absentees).toHaveCount(0);
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(absentees).toHaveText('缺席人员应为 1 人（应到减实到），现填写了 2 人');
  await dialog.getByRole('button', { name: '删除第2位缺席人员' }).click();
  await expect(absentees).toHaveCount(0);
});
