// End to end: 系统 → 文书模板 — the forms and their fields, a template with a bad tag refused with its problem list,
// the starter template accepted and saved as the office's own, then 恢复内置.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import PizZip from 'pizzip';
import { serveOnTempDb } from './fixtures';

const server = serveOnTempDb('documents-templates');
const shots = process.env.DOC_SHOTS_DIR;
const form = '人民调解申请书';

const row = (page: Page): Locator => page.locator('.ant-table-tbody tr.ant-table-row', { hasText: form });

/** The starter template with one unknown field added as the body's first paragraph. */
function withBadTag(docx: Buffer): Buffer {
  const zip = new PizZip(docx);
  const xml = zip.file('word/document.xml')!.asText();
  zip.file('word/document.xml', xml.replace(/<w:body>/, '<w:body><w:p><w:r><w:t>{不存在的字段}</w:t></w:r></w:p>'));
  return zip.generate({ type: 'nodebuffer' });
}

async function upload(page: Page, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await row(page).getByRole('button', { name: `上传模板：${form}` }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer });
}

test('lists the forms with their fields, refuses a bad template, accepts the starter one, and restores the built-in', async ({ page }) => {
  await server.openMenu(page, '文书模板');
  await expect(page.getByRole('heading', { name: '文书模板' })).toBeVisible();
  await expect(row(page)).toContainText('内置');
  await expect(page.locator('.ant-table-tbody tr.ant-table-row', { hasText: '人民调解协议书' })).toBeVisible();

  // Fields: a tree of {名称}, lists with their loop syntax.
  await row(page).getByRole('button', { name: /展开/ }).click();
  const tree = page.getByRole('tree', { name: '模板字段' });
  await expect(tree).toBeVisible();
  await expect(tree.getByText(/^\{#.+\}…\{\/.+\}$/).first()).toBeVisible();
  await expect(tree.getByText(/^\{[^#/].*\}$/).first()).toBeVisible();
  await page.waitForTimeout(300);
  if (shots) await page.screenshot({ path: path.join(shots, 'documents-templates.png') });

  const download = page.waitForEvent('download');
  await row(page).getByRole('button', { name: `下载模板：${form}` }).click();
  const starter = await download;
  expect(starter.suggestedFilename()).toMatch(/\.docx$/);
  const docx = fs.readFileSync(await starter.path());

  await upload(page, '坏模板.docx', withBadTag(docx));
  const check = page.getByRole('dialog', { name: /^检查模板：人民调解申请书/ });
  await expect(check.getByText(/未保存/)).toBeVisible();
  const problems = check.getByTestId('template-problems');
  await expect(problems).toContainText('不存在的字段');
  await expect(problems.locator('.ant-tag-red').first()).toHaveText('错误');
  await expect(check.getByRole('button', { name: '保存模板' })).toHaveCount(0);
  if (shots) await page.screenshot({ path: path.join(shots, 'documents-template-check.png') });
  await check.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
  await expect(check).toBeHidden();
  await expect(row(page)).not.toContainText('自定义');

  await upload(page, '本所申请书.docx', docx);
  await expect(check.getByText(/检查通过/)).toBeVisible();
  await check.getByRole('button', { name: '保存模板' }).click();
  await expect(check).toBeHidden();
  await expect(row(page)).toContainText('自定义');
  await expect(row(page)).toContainText('本所申请书.docx');

  await row(page).getByRole('button', { name: `恢复内置：${form}` }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: '恢复内置' }).click();
  await expect(row(page)).not.toContainText('自定义');
  await expect(row(page)).toContainText('内置');
});

test('the template page is usable from the keyboard: Tab reaches 下载模板 and Enter runs it', async ({ page }) => {
  await server.openMenu(page, '文书模板');
  const button = row(page).getByRole('button', { name: `下载模板：${form}` });
  await row(page).getByRole('button', { name: /展开/ }).focus();
  await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.docx$/);
});

test('an office without a Party branch prints the 关于成立党支部的请示 from the empty branch page', async ({ page, request }) => {
  await server.api(request, 'office.save', {
    name: '玄武门司法所', code: '320102002', district: '玄武区', township: '玄武门街道', address: null, head: null, phone: null,
  });
  await server.openMenu(page, '党支部');
  await expect(page.getByText('尚未登记党支部')).toBeVisible();
  await page.getByRole('button', { name: /生成成立党支部请示/ }).click();
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/document.render'));
  await page.locator('.ant-dropdown:visible').getByRole('menuitem', { name: '预览 PDF' }).click();
  const body = (await (await answer).json()) as { ok: boolean; value: { dataBase64: string } };
  expect(body.ok).toBe(true);
  expect(Buffer.from(body.value.dataBase64, 'base64').subarray(0, 4).toString('latin1')).toBe('%PDF');
  await expect(page.getByRole('dialog', { name: '预览：关于成立党支部的请示' })).toBeVisible();
});
