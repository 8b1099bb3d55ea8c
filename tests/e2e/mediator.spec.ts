// End to end in Debian Chromium against `npm run web` on a temp DB: add a mediator to a committee, record a training, find them by pinyin.
import { expect, test } from '@playwright/test';
import { demoOffice, makeIdNumber } from '../../electron/core/demo-data';
import { shanghaiDate } from '../../electron/shared/validators/date';
import { chooseExact, fieldError, serveOnTempDb } from './fixtures';

const committeeName = '锁金村社区人民调解委员会';
const person = { name: '欧阳明远', idNumber: makeIdNumber('320102', '1986-06-15', 'male', 7) };
const today = shanghaiDate(new Date());
const course = '全区人民调解员业务培训';

const server = serveOnTempDb('mediator', async (api) => {
  await api('office.save', demoOffice);
  const street = await api<{ id: number }>('committee.create', { name: '玄武门街道人民调解委员会', kind: 'street' });
  await api('committee.create', { name: committeeName, kind: 'community' });
  // Someone else, so that the search has a row to leave out.
  await api('mediator.create', {
    name: '张伟', idNumber: makeIdNumber('320102', '1975-03-04', 'female', 2), ethnicity: '01', politicalStatus: '13',
    education: '21', committeeId: street.id, employment: 'partTime',
  });
});

test('adds a mediator to a committee, records a training, and finds them by pinyin initials', async ({ page }) => {
  await server.openMenu(page, '调解员');
  await expect(page.getByRole('row', { name: /张伟/ })).toContainText('无培训记录');

  await page.getByRole('button', { name: '新增调解员' }).click();
  const dialog = page.getByRole('dialog', { name: '新增调解员' });
  await dialog.getByLabel('姓名').fill(person.name);
  await dialog.getByLabel('身份证号码').fill(person.idNumber);
  await expect(dialog.getByLabel('出生日期')).toHaveValue('1986-06-15');
  await chooseExact(dialog, '政治面貌', '中共党员');
  await chooseExact(dialog, '学历', '大学本科');
  await chooseExact(dialog, '所属调委会', committeeName);
  await dialog.getByText('专职', { exact: true }).click();
  await dialog.getByLabel('职称').fill('二级人民调解员');
  await dialog.getByLabel('专家库').check();
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(fieldError(dialog, '专长领域')).toHaveText('已入选专家库的，请填写专长领域');
  await dialog.getByLabel('专长领域').fill('婚姻家庭');
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole('row', { name: new RegExp(person.name) });
  await expect(row).toContainText(committeeName);
  await expect(row).toContainText('专职');
  await expect(row).toContainText('专家库·婚姻家庭');
  await expect(row).toContainText('无培训记录');

  // The detail drawer: add a training record in the 培训记录 tab.
  await row.getByRole('button', { name: '详情' }).click();
  const drawer = page.getByRole('dialog', { name: `调解员：${person.name}` });
  await expect(drawer.getByText('二级人民调解员')).toBeVisible();
  await drawer.getByRole('tab', { name: '培训记录' }).click();
  await expect(drawer.getByText('暂无培训记录')).toBeVisible();
  await drawer.getByRole('button', { name: '新增培训记录' }).click();
  const form = page.getByRole('dialog', { name: '新增调解员培训记录' });
  await expect(form.getByLabel('培训名称')).toBeFocused();
  await form.getByLabel('培训名称').fill(course);
  await chooseExact(form, '培训类型', '集中培训');
  const start = form.getByLabel('开始日期', { exact: true });
  await start.click();
  await start.fill(today);
  await start.press('Enter');
  await form.getByLabel('学时').fill('12');
  await form.getByLabel('主办单位').fill('区司法局');
  await form.getByLabel('主办单位').press('Enter');
  await expect(form).toBeHidden();
  await expect(drawer.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(1);
  await expect(drawer.getByRole('row', { name: new RegExp(course) })).toContainText('12');
  await drawer.locator('.ant-drawer-close').click();
  await expect(drawer).toBeHidden();
  await expect(row).toContainText(today);
  await expect(row).not.toContainText('无培训记录');

  await page.getByLabel('搜索调解员').fill('oymy');
  await expect(page.getByRole('row', { name: /张伟/ })).toBeHidden();
  await expect(row).toBeVisible();

  // The register of all training lists it under the mediator's name.
  await page.getByRole('menuitem', { name: '培训' }).click();
  await expect(page.getByRole('row', { name: new RegExp(course) })).toContainText(person.name);
});

test('a duplicate ID number is refused under the field; ?open=<id> opens the detail', async ({ page }) => {
  await server.openMenu(page, '调解员');
  await page.getByRole('button', { name: '新增调解员' }).click();
  const dialog = page.getByRole('dialog', { name: '新增调解员' });
  await dialog.getByLabel('姓名').fill('李四');
  await dialog.getByLabel('身份证号码').fill(person.idNumber.toLowerCase());
  await chooseExact(dialog, '政治面貌', '群众');
  await chooseExact(dialog, '学历', '大学专科');
  await chooseExact(dialog, '所属调委会', committeeName);
  await dialog.getByRole('button', { name: /保\s*存/ }).click();
  await expect(fieldError(dialog, '身份证号码')).toHaveText(`该身份证号码已登记为调解员（${person.name}）`);
  await dialog.getByRole('button', { name: /取\s*消/ }).click();
  await expect(page.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(2);

  await page.goto(server.web.url.replace(/\/\?token=.*$/, '/#/mediators?open=1'));
  await expect(page.getByRole('dialog', { name: '调解员：张伟' })).toBeVisible();
});

test('a dismissal leaves 离任日期 alone until the user accepts the suggestion', async ({ page }) => {
  await server.openMenu(page, '调解员');
  await page.getByRole('row', { name: /张伟/ }).getByRole('button', { name: '详情' }).click();
  const drawer = page.getByRole('dialog', { name: '调解员：张伟' });
  await drawer.getByRole('tab', { name: '奖惩记录' }).click();
  await expect(drawer.getByText('暂无奖惩记录')).toBeVisible();
  await drawer.getByRole('button', { name: '新增奖惩记录' }).click();
  const form = page.getByRole('dialog', { name: '新增奖惩记录：张伟' });
  const date = form.getByLabel('处理日期', { exact: true });
  await date.click();
  await date.fill(today);
  await date.press('Enter');
  await chooseExact(form, '处理方式', '解聘');
  await expect(form.getByText('罢免、解聘后该调解员不再任职')).toBeVisible();
  await chooseExact(form, '事由', '其他');
  await form.getByRole('button', { name: /保\s*存/ }).click();
  await expect(fieldError(form, '具体情况')).toHaveText('事由为“其他”的，请填写具体情况');
  await form.getByLabel('具体情况').fill('多次无故不参加调解工作');
  await form.getByRole('button', { name: /保\s*存/ }).click();
  await expect(form).toBeHidden();
  await expect(drawer.getByRole('row', { name: /多次无故不参加调解工作/ })).toContainText('解聘');

  const confirm = page.getByRole('dialog', { name: `是否将“张伟”的离任日期设为 ${today}？` });
  await confirm.getByRole('button', { name: '设为离任' }).click();
  await expect(confirm).toBeHidden();
  await drawer.getByRole('tab', { name: '基本信息' }).click();
  await expect(drawer.getByRole('row', { name: /离任日期/ })).toContainText(today);
  await drawer.locator('.ant-drawer-close').click();
  await expect(drawer).toBeHidden();

  await page.getByLabel('按状态筛选').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('已离任', { exact: true }).click();
  await expect(page.locator('.ant-table-tbody tr.ant-table-row')).toHaveCount(1);
  await expect(page.getByRole('row', { name: /张伟/ })).toContainText('已离任');
});
