// End to end in Debian Chromium against `npm run web` on a temp DB: a 零报告 round, a round with a major dispute, closing it,
// a round saved as 发现矛盾纠纷 with none entered yet, and the 工作台's ?new=<level>:<period> link.
import { expect, test, type Page } from '@playwright/test';
import { periodLabel, periodOf, previousPeriod } from '../../electron/shared/investigation-period';
import { shanghaiDate } from '../../electron/shared/validators/date';
import { choose, serveOnTempDb, tableRows as rows, typeDate } from './fixtures';

const today = shanghaiDate(new Date());
const currentPeriod = periodLabel(periodOf('street', today));
const dispute = '征地补偿款分配引发的家族纠纷';

const server = serveOnTempDb('investigation');

async function openRounds(page: Page) {
  await server.openMenu(page, '排查记录');
  await expect(page.getByRole('button', { name: '登记排查' })).toBeVisible();
}

test('records a street round that found nothing as a 零报告', async ({ page }) => {
  await openRounds(page);
  await expect(page.getByText('暂无排查记录')).toBeVisible();
  await page.getByRole('button', { name: '登记排查' }).click();
  const dialog = page.getByRole('dialog', { name: '登记排查' });
  await expect(dialog.getByLabel('排查期间')).toBeFocused();
  await expect(dialog.locator('.ant-form-item', { has: page.getByLabel('排查期间', { exact: true }) })).toContainText(currentPeriod);
  await dialog.getByLabel('排查人').fill('李明、王芳');
  await dialog.getByLabel('负责人').fill('张所长');
  // The outcome is a deliberate choice: saving without it is refused.
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog.getByText('请选择本期排查结果')).toBeVisible();
  await dialog.getByLabel('本期未发现矛盾纠纷（零报告）').check();
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();

  await expect(rows(page)).toHaveCount(1);
  const row = rows(page).first();
  await expect(row).toContainText(currentPeriod);
  await expect(row).toContainText('日常排查');
  await expect(row.getByText('零报告', { exact: true })).toBeVisible();

  await row.getByRole('button', { name: '查看' }).click();
  const drawer = page.getByRole('dialog', { name: `排查记录：${currentPeriod}` });
  await expect(drawer.getByText('零报告：本期未发现矛盾纠纷')).toBeVisible();
});

test('records a special round with one major dispute, opening the dispute form at once', async ({ page }) => {
  await openRounds(page);
  await page.getByRole('button', { name: '登记排查' }).click();
  const dialog = page.getByRole('dialog', { name: '登记排查' });
  await choose(dialog, '排查类型', '专项排查');
  await dialog.getByLabel('网格').fill('东城社区第三网格');
  await dialog.getByLabel('排查人').fill('周强');
  await dialog.getByLabel('负责人').fill('张所长');
  await dialog.getByLabel('发现矛盾纠纷，保存后逐件登记').check();
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();

  const form = page.getByRole('dialog', { name: '登记发现的纠纷' });
  await expect(form).toBeVisible();
  await choose(form, '纠纷类型', '征地拆迁纠纷');
  await choose(form, '风险等级', '高');
  await form.getByLabel('重大矛盾纠纷').check();
  await form.getByLabel('纠纷简要情况').fill(dispute);
  await form.getByLabel('当事人').fill('赵某、赵某某');
  await form.getByLabel('责任人').fill('周强');
  await expect(form.getByLabel('网格')).toHaveValue('东城社区第三网格');
  await form.getByRole('button', { name: /保\s*存/ }).click();
  await expect(form).toBeHidden();

  const drawer = page.getByRole('dialog', { name: `排查记录：${currentPeriod}` });
  await expect(rows(drawer)).toHaveCount(1);
  await expect(rows(drawer).first()).toContainText(dispute);
  await expect(rows(drawer).first()).toContainText('重大');
  await expect(drawer.getByText('1 件', { exact: true })).toBeVisible();
  await expect(drawer.getByText('零报告', { exact: true })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(rows(page)).toHaveCount(2);
  const found = rows(page).filter({ hasText: '专项排查' });
  await expect(found).toContainText('1 件');
  await expect(found.getByText('零报告', { exact: true })).toHaveCount(0);
  await expect(page.getByText('重大未结 1')).toBeVisible();
});

test('sees the dispute under 重大矛盾纠纷 and closes it', async ({ page }) => {
  await server.openMenu(page, '重大矛盾纠纷');
  await expect(rows(page)).toHaveCount(1);
  const row = rows(page).first();
  await expect(row).toContainText(dispute);
  await expect(row).toContainText('待化解');
  await row.getByRole('button', { name: '更新状态' }).click();
  const dialog = page.getByRole('dialog', { name: '更新重大矛盾纠纷状态' });
  await choose(dialog, '化解状态', '已化解');
  await typeDate(dialog, '化解日期', today);
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('已化解');
  await expect(row).toContainText('已办结');

  await page.getByText('未办结', { exact: true }).click();
  await expect(page.getByText('暂无重大矛盾纠纷')).toBeVisible();

  // The link back to the round opens it with ?open=<id>.
  await page.getByText('已办结', { exact: true }).first().click();
  await rows(page).first().getByRole('link').click();
  const drawer = page.getByRole('dialog', { name: `排查记录：${currentPeriod}` });
  await expect(rows(drawer).first()).toContainText('已化解');
});

test('warns, rather than showing a 零报告, when a round saved as 发现矛盾纠纷 has no dispute entered yet', async ({ page }) => {
  await openRounds(page);
  await page.getByRole('button', { name: '登记排查' }).click();
  const dialog = page.getByRole('dialog', { name: '登记排查' });
  await dialog.getByLabel('区（每月一排查）').check();
  await dialog.getByLabel('排查人').fill('陈静');
  await dialog.getByLabel('负责人').fill('张所长');
  await dialog.getByLabel('发现矛盾纠纷，保存后逐件登记').check();
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();

  // The dispute form is open; leaving it without saving must not look like a 零报告.
  const form = page.getByRole('dialog', { name: '登记发现的纠纷' });
  await expect(form).toBeVisible();
  await form.getByRole('button', { name: /取\s*消/ }).click();
  await expect(form).toBeHidden();
  const monthPeriod = periodLabel(periodOf('district', today));
  const drawer = page.getByRole('dialog', { name: `排查记录：${monthPeriod}` });
  await expect(drawer.getByText('尚未登记发现的纠纷：如本期确无纠纷，将按零报告上报')).toBeVisible();
  await expect(drawer.getByText('零报告：本期未发现矛盾纠纷')).toHaveCount(0);
  await expect(drawer.getByText('待登记纠纷', { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  const row = rows(page).filter({ has: page.getByRole('button', { name: monthPeriod, exact: true }) });
  await expect(row.getByText('待登记纠纷', { exact: true })).toBeVisible();

  // Entered later from the drawer, the dispute makes it 1 件.
  await row.getByRole('button', { name: '查看' }).click();
  await drawer.getByRole('button', { name: '登记发现的纠纷' }).click();
  await expect(form).toBeVisible();
  await choose(form, '纠纷类型', '邻里纠纷');
  await form.getByLabel('纠纷简要情况').fill('宅基地边界争执');
  await form.getByLabel('当事人').fill('钱某、孙某');
  await form.getByLabel('责任人').fill('陈静');
  await form.getByRole('button', { name: /保\s*存/ }).click();
  await expect(form).toBeHidden();
  await expect(drawer.getByText('1 件', { exact: true })).toBeVisible();
  await expect(drawer.getByText('尚未登记发现的纠纷', { exact: false })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(row).toContainText('1 件');
});

test('opens 登记排查 with the level and period of a 工作台 漏报 link, and drops the link when closed', async ({ page }) => {
  const missed = previousPeriod(periodOf('street', today));
  await page.goto(`${server.web.url}#/investigations?new=street:${missed}`);
  const dialog = page.getByRole('dialog', { name: '登记排查' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('街道（半月一排查）')).toBeChecked();
  await expect(dialog.locator('.ant-form-item', { has: page.getByLabel('排查期间', { exact: true }) })).toContainText(periodLabel(missed));
  await dialog.getByRole('button', { name: /取\s*消/ }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => new URL(page.url()).hash).toBe('#/investigations');

  // Followed again and saved, the round is recorded for that period.
  await page.goto(`${server.web.url}#/investigations?new=street:${missed}`);
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('排查人').fill('李明');
  await dialog.getByLabel('负责人').fill('张所长');
  await dialog.getByLabel('本期未发现矛盾纠纷（零报告）').check();
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => new URL(page.url()).hash).toBe('#/investigations');
  await expect(rows(page).filter({ hasText: periodLabel(missed) })).toHaveCount(1);
});
