// 工作台 end to end: 3 full Party members among staff → the branch rule shows 1; a branch created via the API clears it.
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { demoOffice, makeIdNumber } from '../../electron/core/demo-data';
import { serveOnTempDb } from './fixtures';

const BRANCH_RULE = '符合条件未建立党支部';

const server = serveOnTempDb('dashboard', async (api, request) => {
  await api('office.save', demoOffice);
  await addStaff(request, '王建国', '01', 1);
  await addStaff(request, '李秀英', '01', 2);
  await addStaff(request, '赵志强', '02', 3); // probationary: does not count
});
const { api } = server;

async function addStaff(request: APIRequestContext, name: string, politicalStatus: string, seq: number) {
  await api(request, 'staff.create', {
    name,
    idNumber: makeIdNumber('320102', '1985-04-0' + String(seq), seq % 2 === 0 ? 'female' : 'male', seq),
    ethnicity: '01',
    politicalStatus,
    education: '21',
    post: '工作人员',
    staffingType: 'politicalLegal',
  });
}

const ruleCard = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });

test('two full members and a probationary one do not call for a branch; the third full member does', async ({ page, playwright }) => {
  await page.goto(server.web.url);
  await expect(page).toHaveURL(/#\/dashboard$/);
  await expect(page.getByRole('menuitem', { name: '工作台' })).toBeVisible();
  await expect(ruleCard(page, BRANCH_RULE)).toContainText('已符合');

  const request = await playwright.request.newContext();
  await addStaff(request, '陈丽华', '01', 4);
  await request.dispose();
  await page.getByRole('button', { name: '重新检查' }).click();
  const card = ruleCard(page, BRANCH_RULE);
  await expect(card.locator('[data-count="1"]')).toHaveText('1项');
  await expect(card).toContainText('须整改');
  await expect(card).toContainText('《中国共产党支部工作条例（试行）》第五条');
  const link = card.getByRole('link', { name: '本所' });
  await expect(link).toHaveAttribute('href', '#/cpc/branch');
  await expect(card).toContainText('工作人员中有正式党员3名，尚未建立党支部');
  // Rules with hits come before those that comply.
  await expect(page.locator('[role="region"][data-rule]').first()).toHaveAttribute('data-rule', /cpcBranchMissing|investigationMissed/);
  await expect(ruleCard(page, '人民调解委员会未备案')).toContainText('已符合');
  await page.screenshot({ path: path.join('test-results', 'dashboard.png'), fullPage: true });
});

test('creating the branch clears the rule the next time the 工作台 is shown', async ({ page, playwright }) => {
  await page.goto(server.web.url);
  await expect(ruleCard(page, BRANCH_RULE).locator('[data-count="1"]')).toBeVisible();
  const request = await playwright.request.newContext();
  await api(request, 'cpcBranch.create', { name: '玄武门司法所党支部', foundedOn: '2020-07-01' });
  await request.dispose();
  await page.getByRole('menuitem', { name: '工作人员' }).click();
  await page.getByRole('menuitem', { name: '工作台' }).click();
  await expect(ruleCard(page, BRANCH_RULE)).toContainText('已符合');
  await expect(ruleCard(page, BRANCH_RULE).getByRole('link')).toHaveCount(0);
});
