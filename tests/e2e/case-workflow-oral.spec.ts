// End to end in Chromium: an oral agreement (no clauses, effective the day reached), a rejected case, and a long facts text.
import { expect, test, type Page } from '@playwright/test';
import { demoOffice, makeIdNumber } from '../../electron/core/demo-data';
import { shanghaiDate } from '../../electron/shared/validators/date';
import { choose, serveOnTempDb } from './fixtures';

const today = shanghaiDate(new Date());
const shots = process.env.CASE_SHOTS_DIR;
const ids = { oral: 0, rejected: 0 };
const longFacts = `楼上漏水致楼下受损。${'双方多次协商未果，邻里关系紧张。'.repeat(300)}`.slice(0, 5000);

const server = serveOnTempDb('case-workflow-oral', async (api) => {
  await api('office.save', demoOffice);
  const committee = await api<{ id: number }>('committee.create', { name: '城关社区人民调解委员会', shortName: '城关', kind: 'community' });
  const parties = [
    { role: 'applicant', kind: 'person', name: '钱芳', idNumber: makeIdNumber('620102', '1985-03-15', 'female', 21), phone: '13912345678' },
    { role: 'respondent', kind: 'person', name: '吴军', phone: '13698765432' },
  ];
  const base = { committeeId: committee.id, source: 'applied', receivedOn: today, category: '01', parties };
  const oral = await api<{ id: number }>('case.create', { ...base, facts: longFacts });
  const step = (step: object) => api('caseStep.create', { caseId: oral.id, step: { occurredOn: today, ...step } });
  await step({ kind: 'accept', people: '李调解' });
  await step({ kind: 'session', people: '李调解', content: '现场调解。' });
  await step({ kind: 'outcome', result: 'success' });
  ids.oral = oral.id;
  const rejected = await api<{ id: number }>('case.create', { ...base, facts: '邻里噪音纠纷' });
  await api('caseStep.create', {
    caseId: rejected.id,
    step: { kind: 'reject', occurredOn: today, people: '李调解', reason: 'alreadyHandled', content: '法院已受理。' },
  });
  ids.rejected = rejected.id;
});

async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

test('an oral agreement needs only its content and takes effect the day it is reached', async ({ page }) => {
  await page.goto(`${server.web.url}#/case?id=${ids.oral}`);
  await expect(page.getByRole('heading', { name: /钱芳与吴军/ })).toBeVisible();

  // 5000 characters of facts stay three lines until 展开.
  const facts = page.getByText('楼上漏水致楼下受损', { exact: false });
  expect((await facts.boundingBox())!.height).toBeLessThan(100);
  await page.getByRole('button', { name: '展开' }).click();
  expect((await facts.boundingBox())!.height).toBeGreaterThan(300);
  await page.getByRole('button', { name: '收起' }).click();

  // The ID number stays on one line.
  const id = page.getByText(makeIdNumber('620102', '1985-03-15', 'female', 21), { exact: true });
  expect((await id.boundingBox())!.height).toBeLessThan(30);

  await page.getByRole('button', { name: '下一步：调解协议', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '登记调解协议', exact: true });
  await dialog.getByRole('textbox', { name: '调解员', exact: true }).fill('李调解');
  await choose(dialog, '协议形式', '口头协议');
  await expect(dialog.getByLabel('协议条款第1条')).toHaveCount(0);
  await dialog.getByLabel('口头协议内容').fill('吴军当天清理楼道杂物，双方今后共同维护楼道整洁。');
  await shot(page, 'oral-1-dialog');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();

  const agreement = page.locator('section.case-step', { hasText: '调解协议' });
  await expect(agreement).toContainText('口头协议');
  await expect(agreement).toContainText(`生效日期${today}`);
  await expect(agreement).not.toContainText('未生效');
  await expect(agreement).not.toContainText('条款');
  await shot(page, 'oral-2-saved');
});

test('a rejected case has no mediation deadline, no dossier and no further steps', async ({ page }) => {
  await page.goto(`${server.web.url}#/case?id=${ids.rejected}`);
  await expect(page.getByText('不予受理', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('案件不予受理，无调解期限')).toBeVisible();
  await expect(page.getByText('不予受理的案件不建立卷宗')).toBeVisible();
  await expect(page.getByRole('button', { name: '建立卷宗' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /登记其他步骤|下一步/ })).toHaveCount(0);
  await shot(page, 'rejected');
});
