// Official documents from the demo office: the report's figures equal case.list / case.threeCounts, both documents render.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../../../electron/cli/commands';
import { machineFonts } from '../../../electron/core/documents/fonts';
import { ruleChecks } from '../../../electron/core/rules';
import { reminderCatalog, reminderCodes } from '../../../electron/shared/rules/catalog';
import { monthlyFigures, officialData, renderOfficialDoc, type OfficialDoc } from '../../../electron/core/documents/official';
import { caseSources } from '../../../electron/shared/case-codes';
import type { CallContext } from '../../../electron/core/services/context';
import { openDemoCore } from '../../helpers/demo-core';
import { trustedViewer } from '../../../electron/core/auth/accounts';
import { ok, openTempCore, type TempCore } from '../../helpers/temp-core';

const MONTH = '2026-10';
const MEDIATED = ['succeeded', 'failed', 'terminated'] as const;
let core: TempCore;
let call: CallContext;

let noBranch: TempCore;
let noBranchCall: CallContext;
const callOf = (c: TempCore): CallContext => ({
  db: c.handle.db, now: '2026-11-27T02:00:00.000Z', today: '2026-11-27', dataDir: c.dir, actor: 'test', viewer: trustedViewer('test'), appVersion: '0.0.0', audit: Object.assign(() => undefined, { count: () => 0 }), afterCommit: () => undefined,
});

beforeAll(async () => {
  core = openDemoCore();
  call = callOf(core);
  // The demo office before it set up its Party branch (`demo --scenario=no-branch`).
  noBranch = openTempCore({ now: '2026-11-27T02:00:00.000Z' });
  const quiet = { out: () => undefined, err: () => undefined };
  expect(await demo(noBranch, quiet, 8, 'no-branch')).toBe(0);
  noBranchCall = callOf(noBranch);
}, 120_000);
afterAll(() => {
  core.cleanup();
  noBranch.cleanup();
});

const total = async (filter: Record<string, unknown>) =>
  (await ok<{ total: number }>(core, 'case.list', { concludedMonth: MONTH, pageSize: 1, ...filter })).total;
const mediatedTotal = async (filter: Record<string, unknown>) => {
  let n = 0;
  for (const state of MEDIATED) n += await total({ ...filter, state });
  return n;
};
const textOf = (doc: OfficialDoc) => [doc.title, doc.addressee, ...doc.body.map((b) => ('lead' in b && b.lead ? b.lead : '') + b.text)].join('\n');

describe('月度工作报告 figures', () => {
  it('counts the cases case.list and case.threeCounts count for the month', async () => {
    const f = monthlyFigures(call.db, MONTH);
    const counts = await ok<{ reported: number }>(core, 'case.threeCounts', { period: MONTH });
    expect(f.mediated).toBe(counts.reported);
    expect(f.mediated).toBeGreaterThan(0);
    expect(f.succeeded).toBe(await total({ state: 'succeeded' }));
    expect(f.failed).toBe(await total({ state: 'failed' }));
    expect(f.terminated).toBe(await total({ state: 'terminated' }));
    expect(f.rejected).toBe(await total({ state: 'rejected' }));
    for (const c of f.categories) expect(c.count, c.label).toBe(await mediatedTotal({ category: c.code }));
    expect(f.categories.reduce((a, c) => a + c.count, 0)).toBe(f.mediated);
    for (const g of f.sourceGroups) {
      let n = 0;
      for (const s of caseSources.filter((s) => s.group === g.code)) n += await mediatedTotal({ source: s.code });
      expect(g.count, g.label).toBe(n);
    }
    // Amounts: the list's rows of the month's mediated cases.
    let fen = 0;
    for (const state of MEDIATED) {
      const page = await ok<{ items: { amountFen: number | null }[] }>(core, 'case.list', { concludedMonth: MONTH, state, pageSize: 100 });
      fen += page.items.reduce((a, r) => a + (r.amountFen ?? 0), 0);
    }
    expect(f.disputeFen).toBe(fen);
    // New cases: every case of the year received in the month.
    const year = await ok<{ items: { receivedOn: string }[]; total: number }>(core, 'case.list', { year: 2026, pageSize: 100 });
    expect(year.total).toBeLessThanOrEqual(100);
    expect(f.received).toBe(year.items.filter((r) => r.receivedOn.startsWith(MONTH)).length);
  });

  it('writes those figures into the report', async () => {
    const f = monthlyFigures(call.db, MONTH);
    const succeeded = await total({ state: 'succeeded' });
    const reported = (await ok<{ reported: number }>(core, 'case.threeCounts', { period: MONTH })).reported;
    const text = textOf(officialData(call, 'monthlyReport', MONTH));
    expect(text).toContain('玄武门司法所关于2026年10月人民调解工作情况的报告');
    expect(text).toContain(`本月调解结案纠纷${reported}件，其中调解成功${succeeded}件`);
    expect(text).toContain(`调解成功率${((succeeded * 100) / reported).toFixed(1)}%`);
    expect(text).toContain(`协议金额${(f.agreementFen / 1_000_000).toFixed(2)}万元`);
    expect(text).toContain(`${f.categories[0]!.label}${f.categories[0]!.count}件`);
    expect(text).toMatch(/四、存在的问题（截至2026年11月27日）\n1\./);
    expect(text).toContain('特此报告。');
  });

  it('lists the problems the 工作台 shows on the printing day, with deadlines counted from that day', () => {
    const doc = officialData(call, 'monthlyReport', MONTH);
    const at = doc.body.findIndex((b) => b.kind === 'heading' && b.text.startsWith('四、'));
    const problems = doc.body.slice(at + 1).filter((b) => /^\d+\./.test(b.text));
    const firing = reminderCodes.filter((code) => ruleChecks[code](call.db, call.today).length > 0);
    expect(problems.map((b) => b.text.replace(/^\d+\.|（\d+项）。[^]*$/g, ''))).toEqual(firing.map((c) => reminderCatalog[c].title));
    const text = textOf(doc);
    // Every "在X前…（还剩N天）" is N days after the printing day, so no deadline already passed is printed as still open.
    const left = [...text.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日前[^（]*（还剩(\d+)天）/g)];
    expect(left.length).toBeGreaterThan(0);
    for (const [, y, m, d, n] of left) expect(Date.UTC(+y!, +m! - 1, +d!) - Date.UTC(2026, 10, 27)).toBe(+n! * 86_400_000);
    expect(text).not.toContain('2026年11月3日前');
  });

  it('names the remainder 其余类型 (其他 is a real category) and gives each problem one colon', () => {
    const f = monthlyFigures(call.db, MONTH);
    expect(f.categories.length).toBeGreaterThan(5);
    const text = textOf(officialData(call, 'monthlyReport', MONTH));
    expect(text).toContain('其余类型');
    expect(text).not.toContain('其他类型');
    for (const hit of text.slice(text.indexOf('四、')).split(/[；\n]/)) expect(hit.split('：').length, hit).toBeLessThanOrEqual(2);
    expect(text).toContain('董婷婷：后宰门村人民调解委员会，最近一次培训2025年9月25日');
  });

  it('refuses a report without a month', () => {
    expect(() => officialData(call, 'monthlyReport', null)).toThrow(/月份/);
  });
});

describe('关于成立党支部的请示', () => {
  it('is refused when the branch register already holds a branch, naming it', () => {
    expect(() => officialData(call, 'branchRequest', null)).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', message: '本所已成立党支部（玄武门司法所党支部，2017年6月18日成立），无需再请示成立' }),
    );
  });

  it('for an office without a branch names the full and probationary members from the staff register and the branch by the rules', async () => {
    const staff = await ok<{ items: { name: string; politicalStatus: string }[] }>(noBranch, 'staff.list', { pageSize: 100 });
    const full = staff.items.filter((s) => s.politicalStatus === '01');
    const doc = officialData(noBranchCall, 'branchRequest', null);
    const text = textOf(doc);
    expect(text).toContain(`中共正式党员${full.length}名`);
    for (const s of full) expect(text).toContain(s.name);
    expect(doc.addressee).toBe('中共玄武区司法局党组');
    expect(doc.title).toBe(`玄武门司法所关于成立中共玄武门司法所${full.length >= 7 ? '支部委员会' : '支部'}的请示`);
    expect(text).toContain('妥否，请批示。');
    expect(doc.date).toBe('2026年11月27日');
    expect(doc.note).toBe('联系人：黄宇航，联系电话：025-83361234');
  });
});

describe('rendering both documents', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'official-demo-'));
  for (const [form, period] of [['branchRequest', null], ['monthlyReport', MONTH]] as const) {
    it(`renders ${form} as PDF and .docx`, async () => {
      const doc = officialData(form === 'branchRequest' ? noBranchCall : call, form, period);
      const pdf = await renderOfficialDoc(doc, 'pdf', machineFonts(false));
      expect(pdf.title).toBe(doc.title);
      const file = path.join(dir, `${form}.pdf`);
      fs.writeFileSync(file, pdf.data);
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
      expect(text).toContain(`${doc.addressee}：`);
      expect(text).toContain(`${doc.imprint.date}印发`);
      expect(text).toContain('—1—');
      const docx = await renderOfficialDoc(doc, 'docx', machineFonts(false));
      expect(docx.title).toBe(doc.title);
      const xml = new PizZip(docx.data).file('word/document.xml')!.asText();
      expect(xml).toContain(`${doc.addressee}：`);
      expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    });
  }
});
