// End to end in Chromium: one case on its page from 受理 to 立卷 — steps, dossier, "本卷还缺", 纸质归档 and the lock.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoOffice, makeIdNumber } from '../../electron/core/demo-data';
import { shanghaiDate } from '../../electron/shared/validators/date';
import { choose, serveOnTempDb } from './fixtures';

const today = shanghaiDate(new Date());
const year = today.slice(0, 4);
const shots = process.env.CASE_SHOTS_DIR;
let caseId = 0;

const server = serveOnTempDb('case-workflow', async (api) => {
  await api('office.save', demoOffice);
  const committee = await api<{ id: number }>('committee.create', { name: '城关社区人民调解委员会', shortName: '城关', kind: 'community' });
  const mediator = await api<{ id: number }>('mediator.create', {
    name: '王芳', idNumber: makeIdNumber('320102', '1978-04-09', 'female', 3), ethnicity: '01', politicalStatus: '13',
    education: '21', committeeId: committee.id, employment: 'fullTime',
  });
  const created = await api<{ id: number }>('case.create', {
    committeeId: committee.id, source: 'applied', receivedOn: today, category: '02',
    facts: '李四家卫生间漏水，致张三家天花板受损', requests: '赔偿维修费5000元', amountFen: 500_000, mediatorIds: [mediator.id],
    parties: [
      { role: 'applicant', kind: 'person', name: '张三', idNumber: makeIdNumber('320102', '1980-05-06', 'male', 11), phone: '13900139000' },
      { role: 'respondent', kind: 'person', name: '李四', idNumber: makeIdNumber('320102', '1975-02-03', 'female', 12), phone: '13700137000' },
    ],
  });
  caseId = created.id;
});

async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

/** Clicks 下一步：<kind>, fills the dialog with `fill`, saves (保存, or Ctrl+Enter from `keyboard`), and waits for it to close. */
async function nextStep(page: Page, kind: string, fill: (dialog: Locator) => Promise<void>, keyboard?: string) {
  await page.getByRole('button', { name: `下一步：${kind}`, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `登记${kind}`, exact: true });
  await expect(dialog).toBeVisible();
  await fill(dialog);
  if (keyboard) {
    await expect(dialog.getByText('Ctrl+Enter 保存', { exact: false })).toBeVisible();
    await dialog.getByLabel(keyboard).press('Control+Enter');
  } else {
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
  }
  await expect(dialog).toBeHidden();
}

test('takes a case from 受理 to a closed, locked dossier', async ({ page, request }) => {
  await page.goto(`${server.web.url}#/case?id=${caseId}`);
  await expect(page.getByRole('heading', { name: '张三与李四邻里纠纷' })).toBeVisible();
  await expect(page.getByText('未建卷')).toBeVisible();
  await expect(page.getByText('待受理', { exact: true })).toBeVisible();
  await expect(page.getByText('¥5,000.00 元')).toBeVisible();
  await expect(page.getByText('案件受理后才能建立卷宗')).toBeVisible();
  await shot(page, '1-received');

  await nextStep(page, '受理', async (dialog) => {
    await expect(dialog.getByLabel('受理人')).toHaveValue('王芳');
  });
  await expect(page.getByText('调解中', { exact: true })).toBeVisible();

  // 登记其他步骤 offers only what the case allows now: no second 受理 or 不予受理.
  await page.getByRole('button', { name: /登记其他步骤/ }).click();
  await expect(page.getByRole('menuitem', { name: '调查', exact: true })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '受理', exact: true })).toHaveCount(0);
  await expect(page.getByRole('menuitem', { name: '不予受理', exact: true })).toHaveCount(0);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: '建立卷宗' }).click();
  const open = page.getByRole('dialog', { name: '建立卷宗' });
  await expect(open.getByLabel('建卷日期')).toHaveValue(today);
  await open.getByRole('button', { name: /保\s*存/ }).click();
  await expect(open).toBeHidden();
  const number = `（${year}）城关调字第001号`;
  await expect(page.getByText(number).first()).toBeVisible();

  await nextStep(page, '调解', async (dialog) => {
    await dialog.getByLabel('调解地点').fill('城关社区调解室');
    await dialog.getByLabel('调解记录').fill('双方陈述事实，经释法说理，李四同意赔偿维修费。');
  });
  await nextStep(page, '调解结果', async (dialog) => {
    await choose(dialog, '调解结果', '调解成功');
  });
  await expect(page.getByText('调解成功', { exact: true }).first()).toBeVisible();

  await nextStep(page, '调解协议', async (dialog) => {
    await dialog.getByLabel('协议条款第1条').fill('李四于本月底前赔偿张三维修费人民币伍仟元整。');
    await dialog.getByRole('button', { name: '添加条款' }).click();
    await expect(dialog.getByLabel('协议条款第2条')).toBeFocused();
    await page.keyboard.type('张三收款后不再就此事主张其他权利。');
    await dialog.getByLabel('协议金额（元）').fill('5000');
    await expect(dialog.getByLabel('协议生效日期')).toHaveValue('');
    await dialog.getByLabel('各方当事人已签名（盖章或按指印）').check();
    await dialog.getByLabel('调解员已签名').check();
    await expect(dialog.getByLabel('协议生效日期')).toHaveValue('');
    await dialog.getByLabel('已加盖调委会印章').check();
    // Signed by all and sealed: effective from the day it was reached unless another day is typed.
    await expect(dialog.getByLabel('协议生效日期')).toHaveValue(today);
  });
  const agreement = page.locator('section.case-step', { hasText: '调解协议' });
  await expect(agreement).toContainText('1、李四于本月底前赔偿张三维修费人民币伍仟元整。');
  await expect(agreement).toContainText('2、张三收款后不再就此事主张其他权利。');
  await expect(agreement).toContainText(`生效日期${today}`);
  for (const flag of ['当事人已签名', '调解员已签名', '已盖章']) await expect(agreement.getByText(flag, { exact: true })).toBeVisible();
  await expect(page.getByText('司法确认申请期限')).toBeVisible();
  await shot(page, '2-agreement');

  await nextStep(page, '回访', async (dialog) => {
    await expect(dialog.getByLabel('被回访当事人')).toHaveValue('张三');
    await choose(dialog, '协议履行情况', '已全部履行');
    await choose(dialog, '满意度', '满意');
    await dialog.getByLabel('回访情况').fill('李四已按约赔偿，双方关系缓和。');
  }, '回访情况');
  await expect(page.locator('section.case-step', { hasText: '回访' })).toContainText('满意');

  // What the dossier still lacks is only filing: a scan or a paper mark for the signed originals and the ID proof;
  // the cover, 目录 and back cover are printed from the case.
  const parts = page.getByRole('table').filter({ hasText: '卷宗封面' });
  await expect(parts.getByRole('row').filter({ hasText: '卷宗封面' }).getByText('可由系统生成')).toBeVisible();
  await expect(parts.getByRole('row').filter({ hasText: '当事人身份证明' }).getByText('可由系统生成')).toHaveCount(0);
  await expect(page.getByRole('switch', { name: '卷宗封面纸质归档' })).toBeVisible();
  await expect(page.getByRole('switch', { name: '卷宗封底（备考表）纸质归档' })).toBeVisible();
  const missing = page.getByRole('list', { name: '本卷还缺' }).getByRole('listitem');
  await expect(missing.first()).toBeVisible();
  const gaps = await missing.allTextContents();
  expect(gaps.length).toBeGreaterThan(0);
  for (const gap of gaps) expect(gap).toContain('纸质归档');
  expect(gaps.some((g) => g.includes('当事人身份证明'))).toBe(true);
  await expect(page.getByRole('button', { name: /立\s*卷/ })).toBeDisabled();
  await shot(page, '3-missing');

  const detail = await server.api<{ completeness: { missing: { part: string | null }[]; parts: { part: string; label: string }[] } }>(
    request, 'case.get', { id: caseId },
  );
  for (const gap of detail.completeness.missing) {
    const label = detail.completeness.parts.find((p) => p.part === gap.part)!.label;
    const toggle = page.getByRole('switch', { name: `${label}纸质归档` });
    await toggle.click();
    await expect(toggle).toBeChecked();
  }
  await expect(page.getByText('本卷材料齐全，可以立卷')).toBeVisible();

  await page.getByRole('button', { name: /立\s*卷/ }).click();
  const close = page.getByRole('dialog', { name: new RegExp(`立卷：`) });
  await expect(close.getByLabel('立卷人')).toHaveValue('王芳');
  await choose(close, '保管期限', '长期');
  await close.getByRole('button', { name: /保\s*存/ }).click();
  await expect(close).toBeHidden();

  await expect(page.getByText(`卷宗已立卷归档（立卷人：王芳，立卷日期：${today}），如需修改请重新打开卷宗`)).toBeVisible();
  await expect(page.getByRole('button', { name: '编辑案件信息' })).toBeDisabled();
  await expect(page.getByRole('button', { name: /下一步/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '重新打开' })).toBeVisible();
  await shot(page, '4-locked');

  // Reopened: who closed it and when stay on view, with the day and the reason it was reopened.
  await page.getByRole('button', { name: '重新打开' }).click();
  const reopen = page.getByRole('dialog', { name: '重新打开卷宗' });
  await reopen.getByLabel('重新打开的原因').fill('补充履行凭证');
  await reopen.getByRole('button', { name: /保\s*存/ }).click();
  await expect(reopen).toBeHidden();
  await expect(page.getByText(`曾于${today}由王芳立卷，${today}重新打开：补充履行凭证`)).toBeVisible();
  await expect(page.getByRole('button', { name: '编辑案件信息' })).toBeEnabled();
  await shot(page, '5-reopened');
});

test('an unknown case id shows that the case does not exist', async ({ page }) => {
  await page.goto(`${server.web.url}#/case?id=999999`);
  await expect(page.getByText('该案件不存在或已被删除')).toBeVisible();
});
