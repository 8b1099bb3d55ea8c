// End to end in Debian Chromium: forms filled from the keyboard alone — a typed date, Tab to the next field, Enter saves.
import { expect, test } from '@playwright/test';
import { demoOffice, makeIdNumber } from '../../electron/core/demo-data';
import { serveOnTempDb } from './fixtures';

const server = serveOnTempDb('keyboard', (api) => api('office.save', demoOffice));

test('staff form: after a typed 到所工作时间, Tab goes to 联系电话 (not the clear ×) and Enter saves', async ({ page }) => {
  await server.openMenu(page, '工作人员');
  await page.getByRole('button', { name: '新增工作人员' }).click();
  const dialog = page.getByRole('dialog', { name: '新增工作人员' });
  await dialog.getByLabel('姓名').fill('林晓');
  await dialog.getByLabel('身份证号码').fill(makeIdNumber('320102', '1992-03-08', 'female', 2));

  // Each code list from the keyboard: type to filter, Enter takes the option, Tab moves on.
  const pick = async (label: string, text: string) => {
    const select = dialog.getByLabel(label, { exact: true });
    const id = await select.getAttribute('id');
    await select.focus();
    await page.keyboard.type(text);
    // Only this select's options: the previous dropdown may still be fading out.
    await expect(page.locator(`.ant-select-item-option-active[id^="${id}_list_"]`)).toContainText(text);
    await page.keyboard.press('Enter');
    await expect(dialog.locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) }).locator('.ant-select-content')).toContainText(text);
  };
  await pick('政治面貌', '群众');
  await pick('学历', '大学本科');
  await pick('编制类型', '聘用');
  await dialog.getByLabel('职务').fill('工作人员');

  const startDate = dialog.getByLabel('到所工作时间', { exact: true });
  await startDate.focus();
  await page.keyboard.type('2021-09-01');
  await page.keyboard.press('Tab');
  const phone = dialog.getByLabel('联系电话', { exact: true });
  await expect(phone).toBeFocused();
  await expect(startDate).toHaveValue('2021-09-01');
  // The × is still there for the mouse, just not a tab stop.
  await expect(dialog.locator('.ant-picker-clear')).toHaveAttribute('tabindex', '-1');

  await page.keyboard.type('13800001234');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: /林晓/ });
  await expect(row).toContainText('2021-09-01');
  // Lists mask phones for every role (issue 7); the saved number is the full one.
  await expect(row).toContainText('138****1234');
});
