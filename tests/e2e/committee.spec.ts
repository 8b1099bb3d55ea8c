// End to end in Debian Chromium against `npm run web` on a temp DB: a committee with three members, and an enterprise.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoOffice } from '../../electron/core/demo-data';
import { chooseExact, fieldError, serveOnTempDb } from './fixtures';

const committeeName = '东湖社区人民调解委员会';
const enterpriseName = '洪都机械制造有限公司';

const server = serveOnTempDb('committee', (api) => api('office.save', demoOffice));
const { api } = server;

async function addMember(page: Page, drawer: Locator, name: string, gender: string, role: string) {
  await drawer.getByRole('button', { name: '新增成员' }).click();
  const dialog = page.getByRole('dialog', { name: '新增成员' });
  await expect(dialog.getByLabel('姓名')).toBeFocused();
  await dialog.getByLabel('姓名').fill(name);
  await chooseExact(dialog, '性别', gender);
  await chooseExact(dialog, '职务', role);
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  return dialog;
}

test('creates a committee and gives it three members, one woman and one 主任', async ({ page }) => {
  await server.openMenu(page, '调委会');
  await expect(page.getByText('暂无调委会，点击“新增调委会”添加')).toBeVisible();
  await page.getByRole('button', { name: '新增调委会' }).click();
  const dialog = page.getByRole('dialog', { name: '新增调委会' });
  await dialog.getByLabel('调委会名称').fill(committeeName);
  await chooseExact(dialog, '调委会类型', '社区人民调解委员会');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(committeeName) });
  await expect(row).toContainText('未备案');

  await row.getByRole('button', { name: '成员' }).click();
  const drawer = page.getByRole('dialog', { name: committeeName });
  await expect(drawer.getByText('成员不足3人')).toBeVisible();
  await expect(drawer.getByText('未设主任')).toBeVisible();

  await expect(await addMember(page, drawer, '王芳', '女', '主任')).toBeHidden();
  await expect(await addMember(page, drawer, '李强', '男', '委员')).toBeHidden();
  await expect(await addMember(page, drawer, '张伟', '男', '副主任')).toBeHidden();
  await expect(drawer.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(3);
  await expect(drawer.getByText('在任 3 人（女性 1 人）')).toBeVisible();
  await expect(drawer.getByText('成员不足3人')).toBeHidden();
  await expect(drawer.getByText('无女性成员')).toBeHidden();
  await expect(drawer.getByText('未设主任')).toBeHidden();

  // A second 主任 in office is refused, with the reason under 职务.
  const second = await addMember(page, drawer, '赵敏', '女', '主任');
  await expect(fieldError(second, '职务')).toHaveText('该调委会已有在任主任（王芳），请先为其填写离任日期');
  await second.getByRole('button', { name: /取\s*消/ }).click();
  await expect(second).toBeHidden();
  await expect(drawer.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(3);
});

test('?open=<id> opens the committee drawer', async ({ page, request }) => {
  const list = (await api(request, 'committee.list', {})) as { items: { id: number; activeMemberCount: number }[] };
  expect(list.items[0]?.activeMemberCount).toBe(3);
  await page.goto(`${server.web.url}#/committees?open=${list.items[0]!.id}`);
  await expect(page.getByRole('dialog', { name: committeeName }).getByText('王芳')).toBeVisible();
});

test('an enterprise with a bad credit code shows the error under the field, then saves with a good one', async ({ page, request }) => {
  await server.openMenu(page, '企业');
  await page.getByRole('button', { name: '新增企业' }).click();
  const dialog = page.getByRole('dialog', { name: '新增企业' });
  await dialog.getByLabel('企业名称').fill(enterpriseName);
  await dialog.getByLabel('统一社会信用代码').fill('91350100M000100Y42');
  await dialog.getByLabel('职工人数').fill('520');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(fieldError(dialog, '统一社会信用代码')).toHaveText('统一社会信用代码校验位不正确，请核对');
  expect(((await api(request, 'enterprise.list', {})) as { total: number }).total).toBe(0);

  await dialog.getByLabel('统一社会信用代码').fill('91350100 m000100y43');
  await expect(fieldError(dialog, '统一社会信用代码')).toHaveCount(0);
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(enterpriseName) });
  await expect(row).toContainText('91350100M000100Y43');
  await expect(row).toContainText('应建未建调委会');

  // Linking its committee clears the marker.
  await row.getByRole('button', { name: '编辑' }).click();
  const edit = page.getByRole('dialog', { name: `编辑企业：${enterpriseName}` });
  await chooseExact(edit, '本企业调委会', committeeName);
  await edit.getByRole('button', { name: /保\s*存/ }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText(committeeName);
  await expect(row).not.toContainText('应建未建调委会');
});
