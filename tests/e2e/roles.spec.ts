// Roles end to end: 账户管理 adds a 只读 and a 工作人员 account; the read-only one sees masked IDs and phones everywhere
// (pages, API answers, printed forms) and no editing buttons; staff see the full ID on the detail; the idle lock.
import { expect, test, type APIRequestContext, type Page, type Response } from '@playwright/test';
import { makeIdNumber } from '../../electron/core/demo-data';
import { shanghaiDate } from '../../electron/shared/validators/date';
import { monthsBefore } from './case-month-seed';
import { chooseExact, serveOnTempDb, tableRows } from './fixtures';
import { renderedText, wordText } from './printed-text';
import { logInBrowser, rawCall, type WebProcess } from './web-process';

const readonly = { username: 'chakan', displayName: '查看员', password: 'Chakan-2024x', role: '只读' };
const staff = { username: 'luru', displayName: '录入员', password: 'Luru-2024xy', role: '工作人员' };
const month = monthsBefore(shanghaiDate(new Date()), 1);
const canary = { idNumber: '11010519491231002X', phone: '13912345678' };
const masked = { idNumber: '1101**********002X', phone: '139****5678' };
const others = {
  staffId: makeIdNumber('320102', '1980-02-03', 'female', 3),
  staffPhone: '13811112222',
  mediatorId: makeIdNumber('320102', '1972-08-09', 'male', 5),
  mediatorPhone: '13755556666',
};
/** Full values a read-only viewer must never receive. */
const secrets = [canary.idNumber, canary.phone, ...Object.values(others)];
let caseId = 0;
let caseTitle = '';

const server = serveOnTempDb(
  'roles',
  async (api) => {
    const committee = await api<{ id: number }>('committee.create', { name: '玄武门街道人民调解委员会', kind: 'street' });
    await api('staff.create', {
      name: '钱晓梅', idNumber: others.staffId, phone: others.staffPhone, ethnicity: '01', politicalStatus: '01',
      education: '21', post: '司法助理员', staffingType: 'politicalLegal',
    });
    await api('mediator.create', {
      name: '孙立新', idNumber: others.mediatorId, phone: others.mediatorPhone, ethnicity: '01', politicalStatus: '13',
      education: '21', committeeId: committee.id, employment: 'partTime',
    });
    const created = await api<{ id: number }>('case.create', {
      committeeId: committee.id, source: 'applied', receivedOn: `${month}-05`, category: '02',
      facts: '李桂兰与王德发因院墙排水问题发生争执。',
      parties: [
        { role: 'applicant', kind: 'person', name: '李桂兰', idNumber: canary.idNumber, phone: canary.phone },
        { role: 'respondent', kind: 'person', name: '王德发', idNumber: makeIdNumber('320102', '1968-03-04', 'male', 9), phone: null },
      ],
    });
    caseId = created.id;
    caseTitle = (await api<{ title: string }>('case.get', { id: caseId })).title;
  },
  { login: false },
);

/** Every /api answer the page receives, for a scan of the whole conversation. */
function recordAnswers(page: Page): string[] {
  const bodies: string[] = [];
  page.on('response', (response: Response) => {
    if (response.url().includes('/api/')) void response.text().then((text) => bodies.push(text), () => {});
  });
  return bodies;
}

async function expectNoSecrets(page: Page): Promise<void> {
  const html = await page.content();
  for (const secret of secrets) expect(html, `page ${page.url()}`).not.toContain(secret);
}

const editingButtons = /新\s*增|编\s*辑|删\s*除|保\s*存|导\s*入/;

async function printApplication(page: Page, web: WebProcess): Promise<{ pdf: string; word: string }> {
  await page.goto(`${web.url.replace(/\/\?token=.*$/, '/')}#/case?id=${caseId}`);
  await expect(page.getByRole('heading', { name: caseTitle })).toBeVisible();
  await page.getByRole('button', { name: '生成文书' }).click();
  const drawer = page.getByRole('dialog', { name: `生成文书：${caseTitle}` });
  const rendered = page.waitForResponse((r) => r.url().endsWith('/api/document.render'));
  await drawer.getByRole('button', { name: /^预览：人民调解申请书/ }).click();
  const pdf = await renderedText(await rendered);
  await page.getByRole('dialog', { name: /^预览：人民调解申请书/ }).locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
  const download = page.waitForEvent('download');
  await drawer.getByRole('button', { name: /^下载 Word：人民调解申请书/ }).click();
  const word = wordText(await (await download).path());
  return { pdf, word };
}

test('the administrator adds a 只读 and a 工作人员 account in 账户管理', async ({ page, context }) => {
  await logInBrowser(context, server.web);
  await server.openMenu(page, '账户管理');
  await expect(page).toHaveURL(/#\/users$/);
  for (const user of [readonly, staff]) {
    await page.getByRole('button', { name: '新增账户' }).click();
    const dialog = page.getByRole('dialog', { name: /新增账户/ });
    await dialog.getByLabel('用户名', { exact: true }).fill(user.username);
    await dialog.getByLabel('姓名', { exact: true }).fill(user.displayName);
    await chooseExact(dialog, '角色', user.role);
    await dialog.getByLabel('密码', { exact: true }).fill(user.password);
    await dialog.getByLabel('确认密码', { exact: true }).fill(user.password);
    await dialog.getByRole('button', { name: /保\s*存|确\s*定/ }).click();
    await expect(dialog).toBeHidden();
    const row = tableRows(page).filter({ hasText: user.username });
    await expect(row).toContainText(user.displayName);
    await expect(row).toContainText(user.role);
    await expect(row).toContainText('正常');
  }
});

test('只读: lists, details and API answers show masked IDs and phones only, and no editing buttons', async ({ page, context }) => {
  await logInBrowser(context, server.web, readonly);
  const answers = recordAnswers(page);
  await page.goto(server.web.url);
  await expect(page.locator('header')).toContainText(readonly.displayName);
  await expect(page.locator('header')).toContainText('只读');
  await expectNoSecrets(page);

  await page.getByRole('menuitem', { name: '工作人员', exact: true }).click();
  await expect(tableRows(page).filter({ hasText: '钱晓梅' })).toContainText('138****2222');
  await expect(page.getByRole('button', { name: editingButtons })).toHaveCount(0);
  await expectNoSecrets(page);

  await page.getByRole('menuitem', { name: '调解员', exact: true }).click();
  const mediatorRow = tableRows(page).filter({ hasText: '孙立新' });
  await expect(mediatorRow).toContainText('137****6666');
  await expect(page.getByRole('button', { name: editingButtons })).toHaveCount(0);
  await mediatorRow.getByRole('button', { name: '详情' }).click();
  const drawer = page.getByRole('dialog', { name: '调解员：孙立新' });
  await expect(drawer).toContainText(`${others.mediatorId.slice(0, 4)}**********${others.mediatorId.slice(-4)}`);
  await expect(drawer.getByRole('button', { name: editingButtons })).toHaveCount(0);
  await expectNoSecrets(page);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  await page.getByRole('menuitem', { name: '调解案件', exact: true }).click();
  await expect(tableRows(page).filter({ hasText: caseTitle })).toBeVisible();
  await expect(page.getByRole('button', { name: editingButtons })).toHaveCount(0);
  await expectNoSecrets(page);

  await page.getByRole('link', { name: caseTitle }).first().click();
  await expect(page.getByRole('heading', { name: caseTitle })).toBeVisible();
  await expect(page.getByText(masked.idNumber).first()).toBeVisible();
  await expect(page.getByText(masked.phone).first()).toBeVisible();
  await expect(page.getByRole('button', { name: editingButtons })).toHaveCount(0);
  await expectNoSecrets(page);

  await expect.poll(() => answers.length).toBeGreaterThan(5);
  for (const secret of secrets) expect(answers.join('\n')).not.toContain(secret);
  // The core refuses, not only the UI.
  const write = await rawCall(context.request, server.web, 'committee.create', { name: '锁金村社区人民调解委员会', kind: 'community' });
  expect(write.error).toEqual({ code: 'FORBIDDEN', message: '当前账户（只读）无权执行此操作' });
  expect((await rawCall(context.request, server.web, 'user.list', {})).error?.code).toBe('FORBIDDEN');
});

test('只读: the printed 人民调解申请书 (PDF preview and Word) carries no full ID or phone', async ({ page, context }) => {
  await logInBrowser(context, server.web, readonly);
  const printed = await printApplication(page, server.web);
  for (const text of [printed.pdf, printed.word]) {
    expect(text).toContain('李桂兰');
    expect(text).toContain(masked.phone);
    expect(text).not.toContain(canary.idNumber);
    expect(text).not.toContain(canary.phone);
  }
  await expectNoSecrets(page);
});

test('工作人员: the case page shows the full ID (an audited reveal) and the printed form the full phone', async ({ page, context, request }) => {
  await logInBrowser(context, server.web, staff);
  const printed = await printApplication(page, server.web);
  await expect(page.getByText(canary.idNumber).first()).toBeVisible();
  // The 申请书 prints the parties' phones (not their ID numbers): in full for staff.
  expect(printed.pdf).toContain(canary.phone);
  expect(printed.word).toContain(canary.phone);
  const reveals = await server.api<{ items: { entityId: string | null; actor: string }[] }>(request, 'audit.list', { entity: 'reveal', pageSize: 100 });
  expect(reveals.items.some((row) => row.entityId === String(caseId) && row.actor.includes(staff.username))).toBe(true);
});

test('空闲锁定: after the set minutes without input the unlock dialog asks for the password', async ({ page, context, request }) => {
  await setIdleMinutes(request, 1);
  try {
    await logInBrowser(context, server.web, staff);
    await page.clock.install();
    await page.goto(server.web.url);
    await expect(page.locator('header')).toContainText(staff.displayName);
    await page.clock.fastForward('01:30');
    const dialog = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: /解\s*锁/ }) });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: '切换用户' })).toBeVisible();
    expect((await rawCall(context.request, server.web, 'staff.list', {})).error?.code).toBe('LOCKED');
    await dialog.getByLabel('密码', { exact: true }).fill(staff.password);
    await dialog.getByRole('button', { name: /解\s*锁/ }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('menuitem', { name: '工作人员', exact: true }).click();
    await expect(tableRows(page).filter({ hasText: '钱晓梅' })).toBeVisible();
  } finally {
    await setIdleMinutes(request, 15);
  }
});

async function setIdleMinutes(request: APIRequestContext, idleLockMinutes: number): Promise<void> {
  await server.api(request, 'security.save', { idleLockMinutes });
}
