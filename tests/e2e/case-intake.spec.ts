// 收案登记 end to end: a case with two parties through the intake form, the duplicate warnings of a second intake with the
// same applicant, and finding both in the case list by the applicant's pinyin initials (the hit shown marked).
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoOffice, makeIdNumber } from '../../electron/core/demo-data';
import { choose, fieldError, serveOnTempDb, tableRows } from './fixtures';

const committeeName = '城关街道人民调解委员会';
const applicantId = makeIdNumber('320102', '1968-04-21', 'male', 7);
const firstTitle = '张建国与李卫东邻里纠纷';
/** The applicant's number with a wrong check character. */
const badId = `${applicantId.slice(0, 17)}${applicantId.endsWith('1') ? '2' : '1'}`;

const server = serveOnTempDb('case-intake', async (api) => {
  await api('office.save', demoOffice);
  const committee = await api<{ id: number }>('committee.create', { name: committeeName, shortName: '城关', kind: 'street' });
  await api('mediator.create', {
    name: '王调解',
    idNumber: makeIdNumber('320102', '1975-03-02', 'male', 3),
    ethnicity: '01',
    politicalStatus: '01',
    education: '14',
    committeeId: committee.id,
    employment: 'partTime',
  });
  await api('disputeCategory.create', { label: '噪音扰民纠纷', parentCode: '02' });
});

async function openIntake(page: Page): Promise<Locator> {
  await server.openMenu(page, /^调解案件$/);
  await page.getByRole('button', { name: '收案登记' }).click();
  const dialog = page.getByRole('dialog', { name: '收案登记' });
  await expect(dialog.getByLabel('调委会', { exact: true })).toBeFocused();
  return dialog;
}

async function fillCase(dialog: Locator, facts: string) {
  await choose(dialog, '调委会', committeeName);
  await choose(dialog, '纠纷类型', '邻里纠纷');
  await dialog.getByLabel('纠纷简要情况').fill(facts);
}

const card = (dialog: Locator, n: number) => dialog.locator('.ant-card').nth(n);

test('intakes a case with an applicant and a respondent, from the keyboard, and opens its page', async ({ page }) => {
  await server.openMenu(page, /^调解案件$/);
  await expect(page.getByText('暂无调解案件，点击“收案登记”登记第一件')).toBeVisible();
  const dialog = await openIntake(page);
  await fillCase(dialog, '张建国与李卫东因院墙排水问题多次发生争执。');
  await choose(dialog, '承办调解员', '王调解');
  // Amounts are refused, not rounded or clamped, and tidied when left valid.
  const amount = dialog.getByLabel('涉及金额（元）');
  await amount.fill('3500.125');
  await expect(fieldError(dialog, '涉及金额（元）')).toHaveText('金额最多保留两位小数');
  await amount.fill('3500.12');
  await expect(fieldError(dialog, '涉及金额（元）')).toHaveCount(0);
  await amount.fill('-100');
  await expect(fieldError(dialog, '涉及金额（元）')).toHaveText('金额不能为负数');
  await amount.fill('12000.5');
  await expect(fieldError(dialog, '涉及金额（元）')).toHaveCount(0);
  await amount.press('Tab');
  await expect(amount).toHaveValue('12,000.50');

  const applicant = card(dialog, 0);
  await expect(applicant).toContainText('申请人 1');
  await applicant.getByLabel('姓名', { exact: true }).fill('张建国');
  // Enter in a half-filled card does not submit.
  await applicant.getByLabel('姓名', { exact: true }).press('Enter');
  await expect(dialog).toBeVisible();
  await applicant.getByLabel('身份证号码', { exact: true }).fill(applicantId);
  // A valid ID number fills 性别 and 出生日期 at once.
  await expect(applicant.getByLabel('出生日期', { exact: true })).toHaveValue('1968-04-21');
  await expect(applicant.locator('.ant-form-item', { has: page.getByLabel('性别', { exact: true }) })).toContainText('男');
  await applicant.getByLabel('联系电话', { exact: true }).fill('13912345678');
  // Tab skips the clear × of 性别 and 民族.
  await applicant.getByLabel('性别', { exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(applicant.getByLabel('民族', { exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(applicant.getByLabel('出生日期', { exact: true })).toBeFocused();
  // 添加代理人 puts the cursor in the new agent's name; removed again (this case has none).
  await applicant.getByRole('button', { name: /添加代理人/ }).click();
  await expect(applicant.getByLabel('代理人姓名', { exact: true })).toBeFocused();
  await applicant.getByRole('button', { name: '删除第1名代理人' }).click();
  await expect(applicant.getByLabel('代理人姓名', { exact: true })).toHaveCount(0);

  const respondent = card(dialog, 1);
  await expect(respondent).toContainText('被申请人 1');
  // Saving with the respondent's name missing puts the message under that field.
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(fieldError(respondent, '姓名')).toHaveText('请填写当事人姓名或名称');
  await respondent.getByLabel('姓名', { exact: true }).fill('李卫东');
  await respondent.getByLabel('身份证号码', { exact: true }).fill(badId);
  await expect(fieldError(respondent, '身份证号码')).toContainText('身份证号码');
  await respondent.getByLabel('身份证号码', { exact: true }).fill('');
  await expect(fieldError(respondent, '身份证号码')).toHaveCount(0);
  await page.screenshot({ path: path.join('test-results', 'case-intake-form.png') });

  await respondent.getByLabel('姓名', { exact: true }).press('Control+Enter');
  await expect(page).toHaveURL(/#\/case\?id=\d+$/);
  await expect(dialog).toBeHidden();
});

test('warns of the same applicant ID number and of an open case between the same parties, then saves on confirmation', async ({ page }) => {
  const dialog = await openIntake(page);
  await fillCase(dialog, '双方因宅基地界址再次发生争执。');
  // A local sub-type shows only its own name once chosen (the dropdown indents it under 邻里纠纷).
  await choose(dialog, '纠纷类型', '噪音扰民纠纷');
  await expect(dialog.locator('.ant-form-item', { has: page.getByLabel('纠纷类型', { exact: true }) }).locator('.ant-select-content')).toHaveText(
    '噪音扰民纠纷',
  );
  await choose(dialog, '纠纷类型', '邻里纠纷');
  const applicant = card(dialog, 0);
  await applicant.getByLabel('姓名', { exact: true }).fill('张建国');
  await applicant.getByLabel('身份证号码', { exact: true }).fill(applicantId);
  await card(dialog, 1).getByLabel('姓名', { exact: true }).fill('李卫东');

  const idWarning = applicant.getByRole('alert').filter({ hasText: '该身份证号码已在以下案件中出现' });
  await expect(idWarning).toBeVisible();
  await expect(idWarning.getByRole('link', { name: new RegExp(firstTitle) })).toHaveAttribute('href', /#\/case\?id=\d+/);
  await expect(dialog.getByRole('alert').filter({ hasText: '申请人与被申请人之间已有尚未结案的调解案件' })).toContainText(firstTitle);

  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  const confirm = page.getByRole('dialog', { name: '发现可能重复的登记' });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: '返回核对' }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await page.getByRole('dialog', { name: '发现可能重复的登记' }).getByRole('button', { name: '仍然保存' }).click();
  await expect(page).toHaveURL(/#\/case\?id=\d+$/);
});

test('finds both cases by the applicant’s pinyin initials, with the hit marked', async ({ page }) => {
  await server.openMenu(page, /^调解案件$/);
  await expect(tableRows(page)).toHaveCount(2);
  await page.getByRole('textbox', { name: '搜索调解案件' }).fill('zjg');
  await expect(tableRows(page)).toHaveCount(2);
  const row = tableRows(page).first();
  await expect(row.getByRole('link', { name: firstTitle })).toHaveAttribute('href', /#\/case\?id=\d+/);
  await expect(row.locator('mark').first()).toBeVisible();
  await expect(row).toContainText('待受理');
  await expect(row).toContainText('未建卷');
  await page.getByRole('textbox', { name: '搜索调解案件' }).fill('没有这个人');
  await expect(page.getByText('没有找到与“没有这个人”匹配的调解案件')).toBeVisible();
  await page.getByRole('textbox', { name: '搜索调解案件' }).fill('zjg');
  await expect(tableRows(page)).toHaveCount(2);
  await page.screenshot({ path: path.join('test-results', 'case-intake-list.png') });
});
