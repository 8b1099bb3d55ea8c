// End to end in Debian Chromium against `npm run web` on a temp DB: a Party branch, a member picked from staff, a meeting.
import { expect, test } from '@playwright/test';
import { demoOffice, makeIdNumber } from '../../electron/core/demo-data';
import { shanghaiDate } from '../../electron/shared/validators/date';
import { choose, fieldError, serveOnTempDb, typeDate } from './fixtures';

const personName = '欧阳明远';
const branchName = '中共玄武门司法所支部委员会';
const yesterday = shanghaiDate(new Date(Date.now() - 86_400_000));

const server = serveOnTempDb('cpc', async (api) => {
  await api('office.save', demoOffice);
  await api('staff.create', {
    name: personName,
    idNumber: makeIdNumber('320102', '1986-06-15', 'male', 7),
    ethnicity: '01',
    politicalStatus: '01',
    education: '14',
    post: '所长',
    staffingType: 'politicalLegal',
  });
});

test('sets up a branch from the empty state', async ({ page }) => {
  await server.openMenu(page, /党支部$/);
  await expect(page.getByText('尚未登记党支部')).toBeVisible();
  await expect(page.getByText(/有正式党员3人以上的司法所应当成立党支部/)).toBeVisible();
  await page.getByRole('button', { name: '新增党支部' }).click();
  const dialog = page.getByRole('dialog', { name: '新增党支部' });
  await dialog.getByLabel('支部名称').fill(branchName);
  await typeDate(dialog, '成立日期', '2015-07-01');
  await dialog.getByLabel('批准机关').fill('中共玄武门街道工作委员会');
  await typeDate(dialog, '本届任期开始', '2024-07-01');
  await typeDate(dialog, '本届任期届满', '2024-06-30');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(fieldError(dialog, '本届任期届满')).toHaveText('本届任期届满应晚于任期开始');
  await typeDate(dialog, '本届任期届满', '2027-06-30');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();
  const card = page.locator('.ant-card', { hasText: branchName });
  await expect(card).toContainText('2024-07-01 至 2027-06-30');
  await expect(card).toContainText('0 名（正式 0，预备 0）');
});

test('adds a full member picked from the staff list; the person’s fields come from staff and are locked', async ({ page }) => {
  await server.openMenu(page, /党员$/);
  await expect(page.getByText('暂无党员')).toBeVisible();
  await page.getByRole('button', { name: '新增党员' }).click();
  const dialog = page.getByRole('dialog', { name: '新增党员' });
  // Pick once the debounced search has answered, so the option is not replaced under the click.
  const searched = page.waitForResponse((r) => r.url().endsWith('/api/staff.list') && (r.request().postData() ?? '').includes('oymy'));
  await dialog.getByLabel('从工作人员中选择').fill('oymy');
  await searched;
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: personName }).click();
  await expect(dialog.getByLabel('姓名')).toHaveValue(personName);
  await expect(dialog.getByLabel('姓名')).toBeDisabled();
  await expect(dialog.getByLabel('出生日期')).toHaveValue('1986-06-15');
  await expect(dialog.getByLabel('所在支部')).toBeVisible();
  await choose(dialog, '党内职务', '书记');
  await typeDate(dialog, '入党时间', '2010-06-20');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(fieldError(dialog, '转正时间')).toHaveText('正式党员请填写转正时间');
  await typeDate(dialog, '转正时间', '2011-06-20');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(personName) });
  await expect(row).toContainText('1986-06-15');
  await expect(row).toContainText('正式党员');
  await expect(row).toContainText('书记');
  await expect(row).toContainText(branchName);

  await server.openMenu(page, /党支部$/);
  const card = page.locator('.ant-card', { hasText: branchName });
  await expect(card).toContainText('1 名（正式 1，预备 0）');
  await expect(card.getByRole('row', { name: /书记/ })).toContainText(personName);
});

test('records a meeting with one absentee and sees it in the list and the detail', async ({ page }) => {
  await server.openMenu(page, /三会一课$/);
  await expect(page.getByText('暂无会议记录')).toBeVisible();
  await page.getByRole('button', { name: '新增会议记录' }).click();
  const dialog = page.getByRole('dialog', { name: '新增会议记录' });
  await choose(dialog, '会议类型', '支部党员大会');
  await typeDate(dialog, '会议日期', yesterday);
  await dialog.getByLabel('会议地点').fill('司法所二楼会议室');
  await dialog.getByLabel('主持人').fill(personName);
  await dialog.getByLabel('记录人').fill('李红');
  await dialog.getByLabel('应到人数').fill('5');
  await dialog.getByLabel('实到人数').fill('4');
  await dialog.getByLabel('会议议题').fill('学习《中国共产党支部工作条例（试行）》');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(fieldError(dialog, '缺席人员及原因')).toHaveText('缺席人员应为 1 人（应到减实到），现填写了 0 人');
  await dialog.getByRole('button', { name: '添加缺席人员' }).click();
  await dialog.getByLabel('第1位缺席人员姓名').fill('钱七');
  await dialog.getByLabel('第1位缺席原因').fill('公出');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole('row', { name: new RegExp(yesterday) });
  await expect(row).toContainText('支部党员大会');
  await expect(row).toContainText('应到 5，实到 4，缺席 1');
  await row.getByRole('button', { name: '查看' }).click();
  const drawer = page.getByRole('dialog', { name: '会议记录' });
  await expect(drawer).toContainText('钱七（公出）');
  await expect(drawer).toContainText('司法所二楼会议室');
});

test('a branch with members is not deleted; the refusal says why', async ({ page }) => {
  await server.openMenu(page, /党支部$/);
  await page.locator('.ant-card', { hasText: branchName }).getByRole('button', { name: '删除' }).click();
  await page.locator('.ant-popconfirm:visible').getByRole('button', { name: '删除' }).click();
  await expect(page.getByText(/还登记有 1 名党员和 1 条会议记录，不能删除/)).toBeVisible();
  await expect(page.locator('.ant-card', { hasText: branchName })).toBeVisible();
});

test('?open=<id> opens the member and the meeting', async ({ page }) => {
  await page.goto(server.web.url);
  await page.goto(`${server.web.origin}/#/cpc/members?open=1`);
  await expect(page.getByRole('dialog', { name: '党员信息' })).toContainText('是（信息取自工作人员登记）');
  await page.goto(`${server.web.origin}/#/cpc/meetings?open=1`);
  await expect(page.getByRole('dialog', { name: '会议记录' })).toContainText('钱七（公出）');
});
