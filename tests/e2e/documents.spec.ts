// End to end on the demo office: 生成文书 on a closed dossier (preview, Word, 整卷 PDF), and the month's batch with its progress bar.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext, type Page, type Response } from '@playwright/test';
import { fillWithDemo, serveOnTempDb } from './fixtures';

const shots = process.env.DOC_SHOTS_DIR;
const server = serveOnTempDb('documents', undefined, { prepare: fillWithDemo });

interface CaseDetail {
  id: number;
  title: string;
  agreementForm: string | null;
  concludedOn: string | null;
  dossier: { status: string } | null;
}

function api<T>(request: APIRequestContext, method: string, data: unknown): Promise<T> {
  return server.api<T>(request, method, data);
}

/** The first demo case with a closed dossier and a written agreement (协议书). */
async function closedWrittenCase(request: APIRequestContext): Promise<CaseDetail> {
  for (let id = 1; id <= 40; id++) {
    const detail = await api<CaseDetail>(request, 'case.get', { id });
    if (detail.dossier?.status === 'closed' && detail.agreementForm === 'written') return detail;
  }
  throw new Error('the demo has no closed case with a written agreement');
}

async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: path.join(shots, `${name}.png`) });
}

/** The decoded file of a document.* answer. */
async function fileOf(response: Response): Promise<Buffer> {
  const body = (await response.json()) as { ok: boolean; value: { dataBase64: string } };
  expect(body.ok).toBe(true);
  return Buffer.from(body.value.dataBase64, 'base64');
}

test('生成文书 on a closed dossier: preview the 协议书, save it as Word, and the whole dossier as one PDF', async ({ page, request }) => {
  const detail = await closedWrittenCase(request);
  await page.goto(`${server.web.url}#/case?id=${detail.id}`);
  await expect(page.getByRole('heading', { name: detail.title })).toBeVisible();
  await page.getByRole('button', { name: '生成文书' }).click();
  const drawer = page.getByRole('dialog', { name: `生成文书：${detail.title}` });
  await expect(drawer.getByText('卷宗封面', { exact: true })).toBeVisible();
  await expect(drawer.getByText('人民调解协议书', { exact: true })).toBeVisible();
  await shot(page, 'documents-drawer');

  const rendered = page.waitForResponse((r) => r.url().endsWith('/api/document.render'));
  await drawer.getByRole('button', { name: /^预览：人民调解协议书/ }).click();
  expect((await fileOf(await rendered)).subarray(0, 4).toString('latin1')).toBe('%PDF');
  const preview = page.getByRole('dialog', { name: /^预览：人民调解协议书/ });
  await expect(preview.getByTestId('pdf-preview')).toHaveAttribute('src', /^blob:/);
  await page.waitForTimeout(800);
  await shot(page, 'documents-preview');
  await preview.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();
  await expect(preview).toBeHidden();

  const download = page.waitForEvent('download');
  await drawer.getByRole('button', { name: /^下载 Word：人民调解协议书/ }).click();
  const word = await download;
  expect(word.suggestedFilename()).toMatch(/\.docx$/);
  expect(fs.readFileSync(await word.path()).subarray(0, 2).toString('latin1')).toBe('PK');

  // 打印 loads the PDF into a hidden frame from a blob: URL and calls the frame's print(). Headless Chromium crashes
  // on a real PDF print, so the frame's window is replaced by one that counts the calls (a string: no DOM types here).
  await page.evaluate(`(() => {
    const own = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow');
    window.__printed = 0;
    Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
      get() { return this.dataset.testid === 'print-frame' ? { focus() {}, print() { window.__printed += 1; } } : own.get.call(this); },
    });
  })()`);
  await drawer.getByRole('button', { name: /^打印：人民调解协议书/ }).click();
  await expect(page.getByTestId('print-frame')).toHaveAttribute('src', /^blob:/);
  // Polled from the test (page.evaluate goes through the debugging protocol): a waitForFunction string would be
  // eval'd inside the page once its first check fails, which the app's CSP (no unsafe-eval) rightly refuses.
  await expect.poll(() => page.evaluate('window.__printed')).toBe(1);

  const dossier = page.waitForResponse((r) => r.url().endsWith('/api/document.dossier'));
  await drawer.getByRole('button', { name: '生成整卷 PDF' }).click();
  expect((await fileOf(await dossier)).subarray(0, 4).toString('latin1')).toBe('%PDF');
  await expect(drawer.getByTestId('dossier-page-count')).toContainText(/共 \d+ 页/);
  const parts = drawer.getByRole('table', { name: '整卷各部分的起始页' }).locator('.ant-table-tbody tr.ant-table-row');
  await expect(parts.first()).toBeVisible();
  expect(await parts.count()).toBeGreaterThan(2);
  await expect(parts.first()).toContainText('1');
  await shot(page, 'documents-dossier');
});

test('the month page writes the month\'s dossiers in a batch, with a progress bar, to done', async ({ page }) => {
  await page.goto(`${server.web.url}#/case-month`);
  await expect(page.getByRole('heading', { name: '月度录入与三统一' })).toBeVisible();
  await page.getByRole('button', { name: '批量生成本月卷宗' }).click();
  const dialog = page.getByRole('dialog', { name: /^批量生成.*卷宗$/ });
  await dialog.getByRole('button', { name: '开始生成' }).click();
  await expect(dialog.getByRole('progressbar')).toBeVisible();
  await shot(page, 'documents-batch-running');
  await expect(dialog.getByText(/^生成完成：共 \d+ 件卷宗$/)).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByTestId('batch-folder')).not.toBeEmpty();
  await shot(page, 'documents-batch');
  await dialog.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();

  const report = page.waitForResponse((r) => r.url().endsWith('/api/document.render'));
  await page.getByRole('button', { name: /月度工作报告/ }).click();
  await page.getByRole('menuitem', { name: '预览 PDF' }).click();
  expect((await fileOf(await report)).subarray(0, 4).toString('latin1')).toBe('%PDF');
  await expect(page.getByRole('dialog', { name: /工作报告/ }).getByTestId('pdf-preview')).toBeVisible();
});

test('registers print their records: a 零报告 round offers both forms, an activity saves as Word, the branch 请示 previews', async ({ page, request }) => {
  let round = 0;
  for (let id = 1; id <= 60 && round === 0; id++) {
    const r = await api<{ zeroReport: boolean; findings: unknown[] }>(request, 'investigation.get', { id });
    if (r.zeroReport && r.findings.length === 0) round = id;
  }
  expect(round).toBeGreaterThan(0);
  await page.goto(`${server.web.url}#/investigations?open=${round}`);
  const drawer = page.getByRole('dialog', { name: /^排查记录：/ });
  await drawer.getByRole('button', { name: /打印记录/ }).click();
  const menu = page.locator('.ant-dropdown:visible');
  await expect(menu).toContainText('矛盾纠纷排查记录');
  await expect(menu).toContainText('矛盾纠纷排查零报告表');
  // A click that lands while the dropdown is still opening can be lost; click again until the print is asked for.
  const zero: Response[] = [];
  await expect(async () => {
    const asked = page.waitForResponse((r) => r.url().endsWith('/api/document.render'), { timeout: 5_000 });
    await menu.getByRole('menuitem', { name: '预览 PDF' }).last().click();
    zero.push(await asked);
  }).toPass({ timeout: 30_000 });
  expect((await fileOf(zero[0]!)).subarray(0, 4).toString('latin1')).toBe('%PDF');
  await expect(page.getByRole('dialog', { name: '预览：矛盾纠纷排查零报告表' }).getByTestId('pdf-preview')).toBeVisible();

  const activities = await api<{ items: { id: number }[] }>(request, 'jointActivity.list', { partnerKind: 'court' }).catch(() => ({ items: [] }));
  const activity = activities.items[0]?.id ?? 1;
  await page.goto(`${server.web.url}#/joint/court?open=${activity}`);
  await page.getByRole('dialog', { name: '共建活动详情' }).getByRole('button', { name: /打印记录/ }).click();
  const word = page.waitForEvent('download');
  await page.locator('.ant-dropdown:visible').getByRole('menuitem', { name: '下载 Word' }).click();
  expect((await word).suggestedFilename()).toMatch(/\.docx$/);

  // The demo office has its Party branch, so there is nothing to request (documents-templates.spec prints the 请示).
  await page.goto(`${server.web.url}#/cpc/branch`);
  await expect(page.locator('.ant-card').first()).toBeVisible();
  await expect(page.getByRole('button', { name: /生成成立党支部请示/ })).toHaveCount(0);
});
