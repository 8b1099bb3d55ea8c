// 数据上报 end to end: the export refused for a 三统一 mismatch, fixed on the case's page, exported with progress, downloaded,
// then verified (key registered when offered), imported and counted on the district side (数据接收).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { shanghaiDate } from '../../electron/shared/validators/date';
import { monthsBefore, seedConcludedCase, seedOffice } from './case-month-seed';
import { choose, serveOnTempDb, tableRows } from './fixtures';

const today = shanghaiDate(new Date());
const month = monthsBefore(today, 2);
const monthName = `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
const title = '陈建华与刘桂芳邻里纠纷';
const shots = path.join('test-results', 'package');
const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-e2e-package-dl-'));
let saved = '';
let caseId = 0;
let officeFingerprint = '';

/** A successful case followed up, with every part its open dossier lacks marked as filed on paper: 立卷 is what is left to do. */
const server = serveOnTempDb('package', async (api) => {
  const committeeId = await seedOffice(api);
  caseId = await seedConcludedCase(api, committeeId, { applicant: '陈建华', respondent: '刘桂芳', month, agreed: true, seq: 2 });
  await api('caseStep.create', {
    caseId,
    step: { kind: 'followUp', occurredOn: `${month}-20`, people: '王调解', partyVisited: '陈建华', performance: 'full', satisfaction: 'satisfied', content: '排水沟已改建，双方满意。' },
  });
  const detail = await api<{ completeness: { missing: { part: string | null }[] } }>('case.get', { id: caseId });
  for (const gap of detail.completeness.missing) {
    if (gap.part) await api('dossier.markPart', { caseId, part: gap.part, onPaper: true, markedOn: `${month}-12` });
  }
});

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });

test('the export is refused while the month fails 三统一; the listed case is fixed on its page', async ({ page }) => {
  await server.openMenu(page, '数据上报');
  await expect(page).toHaveURL(/#\/upload$/);
  await page.goto(`${server.web.url}#/upload?period=${month}`);
  await expect(page.getByTestId('preflight-state')).toContainText(`${monthName}的数据暂不能导出：三统一不一致`);
  await expect(page.getByRole('button', { name: /导出数据包/ })).toBeDisabled();
  const differences = page.getByRole('list', { name: '不一致的案件' });
  await expect(differences.getByRole('listitem').first()).toContainText('未立卷');
  await expect(page.getByRole('list', { name: '逾期录入的案件' })).toContainText(title);
  await expect(page.getByTestId('record-counts')).toContainText('调解案件');
  officeFingerprint = (await page.getByTestId('office-fingerprint').textContent()) ?? '';
  expect(officeFingerprint).toMatch(/^SHA256: /);
  await shot(page, '1-upload-refused');

  await differences.getByRole('link', { name: title }).first().click();
  await expect(page).toHaveURL(new RegExp(`#/case\\?id=${caseId}$`));
  await expect(page.getByText('本卷材料齐全，可以立卷')).toBeVisible();
  await page.getByRole('button', { name: /立\s*卷/ }).click();
  const close = page.getByRole('dialog', { name: /立卷：/ });
  await close.getByLabel('立卷人').fill('王调解');
  await choose(close, '保管期限', '长期');
  await close.getByRole('button', { name: /保\s*存/ }).click();
  await expect(close).toBeHidden();
  await expect(page.getByText(/^卷宗已立卷归档（立卷人：王调解/)).toBeVisible();
  // Back to 数据上报, as the user would.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`#/upload\\?period=${month}$`));
  await expect(page.getByTestId('preflight-state')).toContainText(`${monthName}的数据可以导出`);
  await expect(page.getByRole('region', { name: `${monthName}三统一` }).getByTestId('three-state')).toHaveText('三统一');
});

test('once fixed, the month exports with progress to a package that downloads', async ({ page }) => {
  await page.goto(`${server.web.url}#/upload?period=${month}`);
  await expect(page.getByTestId('preflight-state')).toContainText(`${monthName}的数据可以导出`);
  await expect(page.getByTestId('preflight-state')).toContainText('逾期录入');
  await page.getByRole('button', { name: /导出数据包/ }).click();
  const dialog = page.getByRole('dialog', { name: `导出${monthName}数据包` });
  await dialog.getByRole('button', { name: '开始导出' }).click();
  await expect(dialog.getByText(`${monthName}的数据包已导出`)).toBeVisible({ timeout: 60_000 });
  await expect(dialog.getByRole('progressbar', { name: '导出进度' })).toHaveAttribute('aria-valuenow', '100');
  await expect(dialog.getByTestId('export-file')).toHaveText(new RegExp(`^ledger-\\d+-${month}\\.zip$`));
  await shot(page, '2-export-done');

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '下载数据包' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(new RegExp(`^ledger-\\d+-${month}\\.zip$`));
  saved = path.join(downloads, file.suggestedFilename());
  await file.saveAs(saved);
  expect(fs.readFileSync(saved).subarray(0, 2).toString('latin1')).toBe('PK');
  await dialog.locator('.ant-modal-footer').getByRole('button', { name: '关闭' }).click();

  const history = tableRows(page.getByTestId('export-history'));
  await expect(history).toHaveCount(1);
  await expect(history.first()).toContainText(monthName);
  await expect(history.first().getByRole('button', { name: /^下载 / })).toBeVisible();
  await shot(page, '3-upload-history');
});

test('the district verifies the downloaded package, registers the office key, imports it and reports it', async ({ page }) => {
  await server.openMenu(page, /数据接收/);
  await page.goto(`${server.web.url}#/district?period=${month}`);
  await page.locator('input[type=file]').setInputFiles(saved);
  const result = page.getByTestId('verify-result');
  await expect(result).toContainText('校验未通过');
  await expect(page.getByTestId('verify-problems')).toContainText('keyUnregistered');
  await expect(page.getByTestId('key-status')).toHaveText('该司法所尚未登记公钥');
  await expect(page.getByTestId('package-fingerprint')).toHaveText(officeFingerprint);
  await shot(page, '4-district-unregistered');

  await page.getByRole('button', { name: '登记此司法所公钥' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: /登\s*记/ }).click();
  await expect(result).toContainText('校验通过');
  await expect(page.getByTestId('key-status')).toHaveText('与登记的公钥一致');
  await expect(page.getByTestId('verify-summary')).toContainText(monthName);
  await expect(result).toContainText(path.basename(saved));
  await page.getByRole('button', { name: /导\s*入/ }).click();
  await expect(page.getByTestId('import-outcome')).toContainText('已导入');
  const packages = tableRows(page.getByTestId('district-packages'));
  await expect(packages).toHaveCount(1);
  await expect(packages.first()).toContainText(month);
  await expect(packages.first()).toContainText(path.basename(saved));
  await shot(page, '5-district-imported');

  // Importing the same file again changes nothing.
  await page.getByRole('button', { name: /导\s*入/ }).click();
  await expect(page.getByTestId('import-outcome')).toContainText('此前已导入');
  await expect(packages).toHaveCount(1);

  await page.getByRole('tab', { name: '全区统计' }).click();
  const report = tableRows(page.getByTestId('district-report'));
  await expect(report).toHaveCount(2);
  await expect(report.last()).toContainText('全区合计');
  await expect(report.first()).toContainText('玄武门司法所');
  const checks = page.getByRole('list', { name: '全区规范检查' }).getByRole('listitem');
  await expect(checks.filter({ hasText: '矛盾纠纷排查漏报' })).toContainText('玄武门司法所：');
  await shot(page, '6-district-report');

  await page.getByRole('tab', { name: '登记的司法所' }).click();
  await expect(tableRows(page.getByTestId('district-offices'))).toHaveCount(1);
  await shot(page, '7-district-offices');
  fs.rmSync(downloads, { recursive: true, force: true });
});
