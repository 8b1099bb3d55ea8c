// End to end in Debian Chromium against `npm run web` on a temp DB: a staff member's training records in the drawer.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoOffice, makeIdNumber } from '../../electron/core/demo-data';
import { shanghaiDate } from '../../electron/shared/validators/date';
import { choose, fieldError, serveOnTempDb, settled, tableRows as rows, typeDate } from './fixtures';

let staffId: number;

const personName = '欧阳明远';
const day = 86_400_000;
const today = shanghaiDate(new Date());
const yesterday = shanghaiDate(new Date(Date.now() - day));
const tomorrow = shanghaiDate(new Date(Date.now() + day));
// A start date in the current year, a few days back unless the year has only just begun.
const nineDaysAgo = shanghaiDate(new Date(Date.now() - 9 * day));
const start = nineDaysAgo.slice(0, 4) === today.slice(0, 4) ? nineDaysAgo : `${today.slice(0, 4)}-01-01`;
const course = '新修订人民调解法专题培训';

const server = serveOnTempDb('training', async (api) => {
  await api('office.save', demoOffice);
  const created = await api<{ id: number }>('staff.create', {
    name: personName,
    idNumber: makeIdNumber('320102', '1986-06-15', 'male', 7),
    ethnicity: '01',
    politicalStatus: '01',
    education: '21',
    post: '专职人民调解员',
    staffingType: 'politicalLegal',
  });
  staffId = created.id;
});
const { api } = server;

async function openDrawer(page: Page): Promise<Locator> {
  await server.openMenu(page, '工作人员');
  await page.getByRole('row', { name: new RegExp(personName) }).getByRole('button', { name: '培训' }).click();
  const drawer = page.getByRole('dialog', { name: `培训记录：${personName}` });
  await expect(drawer).toBeVisible();
  return drawer;
}

/** Columns: 培训名称, 培训类型, 起止日期, 学时, 主办单位, 操作. */
const hoursCell = (row: Locator) => row.locator('td').nth(3);

test('a person without training records sees the empty state; Esc closes the form only', async ({ page }) => {
  const drawer = await openDrawer(page);
  await expect(drawer.getByText('暂无培训记录')).toBeVisible();
  await expect(drawer.getByText('本年度培训 0 次，共 0 学时')).toBeVisible();
  await drawer.getByRole('button', { name: '新增培训记录' }).click();
  const dialog = page.getByRole('dialog', { name: '新增培训记录' });
  await expect(dialog.getByLabel('培训名称')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(drawer).toBeVisible();

  // Once something is typed, Esc asks before throwing it away.
  await drawer.getByRole('button', { name: '新增培训记录' }).click();
  await dialog.getByLabel('培训名称').fill('未保存的培训');
  await page.keyboard.press('Escape');
  const confirm = page.getByRole('dialog', { name: '放弃未保存的内容？' });
  await (await settled(confirm)).getByRole('button', { name: '继续填写' }).click();
  await expect(confirm).toBeHidden();
  await expect(dialog.getByLabel('培训名称')).toHaveValue('未保存的培训');
  await expect(dialog.getByLabel('培训名称')).toBeFocused();
  await page.keyboard.press('Escape');
  await (await settled(confirm)).getByRole('button', { name: '放弃并关闭' }).click();
  await expect(dialog).toBeHidden();
  await expect(drawer.getByText('暂无培训记录')).toBeVisible();
});

test('adds a record and sees it listed with this year’s summary', async ({ page }) => {
  const drawer = await openDrawer(page);
  await drawer.getByRole('button', { name: '新增培训记录' }).click();
  const dialog = page.getByRole('dialog', { name: '新增培训记录' });
  await dialog.getByLabel('培训名称').fill(course);
  await choose(dialog, '培训类型', '集中培训');
  await typeDate(dialog, '开始日期', start);
  await typeDate(dialog, '结束日期', today);
  await dialog.getByLabel('学时').fill('12');
  await dialog.getByLabel('主办单位').fill('市司法局');
  await dialog.getByLabel('主办单位').press('Enter');
  await expect(dialog).toBeHidden();

  await expect(rows(drawer)).toHaveCount(1);
  const row = rows(drawer).first();
  await expect(row).toContainText(course);
  await expect(row).toContainText('集中培训');
  await expect(row).toContainText(start === today ? today : `${start} 至 ${today}`);
  await expect(hoursCell(row)).toHaveText('12');
  await expect(row).toContainText('市司法局');
  await expect(drawer.getByText('本年度培训 1 次，共 12 学时')).toBeVisible();
});

test('a future start or an end before the start shows the error under the field and saves nothing', async ({
  page,
  request,
}) => {
  const drawer = await openDrawer(page);
  await expect(rows(drawer)).toHaveCount(1);
  await drawer.getByRole('button', { name: '新增培训记录' }).click();
  const dialog = page.getByRole('dialog', { name: '新增培训记录' });
  await dialog.getByLabel('培训名称').fill('庭审观摩');
  await choose(dialog, '培训类型', '庭审观摩');

  // The core refuses a start after today; the form shows its message on the field.
  await typeDate(dialog, '开始日期', tomorrow);
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(fieldError(dialog, '开始日期')).toHaveText('开始日期不能晚于今天');

  // The shared schema refuses an end before the start before anything is sent.
  await typeDate(dialog, '开始日期', today);
  await typeDate(dialog, '结束日期', yesterday);
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(fieldError(dialog, '结束日期')).toHaveText('结束日期不能早于开始日期');
  await expect(dialog).toBeVisible();

  await dialog.getByRole('button', { name: /取\s*消/ }).click();
  await expect(dialog).toBeHidden();
  await expect(rows(drawer)).toHaveCount(1);
  const stored = (await api(request, 'staffTraining.list', { staffId })) as { items: unknown[] };
  expect(stored.items).toHaveLength(1);
});

test('edits the hours of a record', async ({ page }) => {
  const drawer = await openDrawer(page);
  await rows(drawer).first().getByRole('button', { name: '编辑' }).click();
  const dialog = page.getByRole('dialog', { name: `编辑培训记录：${course}` });
  await expect(dialog.getByLabel('学时')).toHaveValue('12');
  await dialog.getByLabel('学时').fill('16');
  await dialog.getByLabel('学时').press('Enter');
  await expect(dialog).toBeHidden();
  await expect(hoursCell(rows(drawer).first())).toHaveText('16');
  await expect(drawer.getByText('本年度培训 1 次，共 16 学时')).toBeVisible();
});

test('deletes a record after confirmation', async ({ page }) => {
  const drawer = await openDrawer(page);
  await rows(drawer).first().getByRole('button', { name: '删除' }).click();
  const confirm = page.locator('.ant-popconfirm:visible');
  await expect(confirm).toContainText(`确定删除培训记录“${course}”？`);
  await confirm.getByRole('button', { name: '删除' }).click();
  await expect(drawer.getByText('暂无培训记录')).toBeVisible();
  await expect(drawer.getByText('本年度培训 0 次，共 0 学时')).toBeVisible();
});
