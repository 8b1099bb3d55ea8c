// End to end in Debian Chromium against `npm run web` on a temp DB: a 零报告 round, a round with a major dispute, closing it.
import { expect, test, type Page } from '@playwright/test';
import { periodLabel, periodOf } from '../../electron/shared/investigation-period';
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
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(rows(page)).toHaveCount(2);
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
