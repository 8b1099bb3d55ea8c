// The demo's caseload: every case state, late entries, open and closed dossiers, and each case rule of the 工作台 firing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../../electron/cli/commands';
import { caseStates } from '../../electron/shared/case-codes';
import { codesOf } from '../../electron/shared/codes';
import type { CaseDetail, CaseMonth, CaseRow, ThreeCounts } from '../../electron/shared/schemas/case';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';

interface Summary {
  rules: { code: string; count: number }[];
}
interface Page {
  items: CaseRow[];
  total: number;
}

let core: TempCore;
let rows: CaseRow[];

beforeAll(async () => {
  core = openTempCore({ now: '2026-11-27T02:00:00.000Z' });
  const err: string[] = [];
  const code = await demo(core, { out: () => undefined, err: (l) => err.push(l) }, 8);
  expect({ code, err }).toEqual({ code: 0, err: [] });
  const page = await ok<Page>(core, 'case.list', { pageSize: 100, sort: 'receivedOn' });
  rows = page.items;
}, 120_000);
afterAll(() => core.cleanup());

describe('demo cases', () => {
  it('holds about 40 cases of the last five months in every state, from several sources', () => {
    expect(rows.length).toBeGreaterThanOrEqual(35);
    expect(new Set(rows.map((r) => r.state))).toEqual(new Set(codesOf(caseStates)));
    expect(rows.every((r) => r.receivedOn >= '2026-06-27' && r.receivedOn <= '2026-11-27')).toBe(true);
    const sources = new Set(rows.map((r) => r.source));
    for (const s of ['applied', 'investigation', 'courtAssigned', 'police']) expect(sources, s).toContain(s);
  });

  it('has closed dossiers, open ones, late entries, and written and oral agreements with 回访 and 司法确认', async () => {
    expect(rows.filter((r) => r.dossierStatus === 'closed').length).toBeGreaterThanOrEqual(10);
    expect(rows.some((r) => r.dossierStatus === 'open' && r.concludedOn !== null)).toBe(true);
    expect(rows.filter((r) => r.entryLate === true).length).toBeGreaterThanOrEqual(1);
    const succeeded = await Promise.all(rows.filter((r) => r.state === 'succeeded').map((r) => ok<CaseDetail>(core, 'case.get', { id: r.id })));
    expect(new Set(succeeded.map((c) => c.agreementForm))).toEqual(new Set(['written', 'oral']));
    const kinds = new Set(succeeded.flatMap((c) => c.steps.map((s) => s.kind)));
    for (const k of ['performance', 'followUp', 'judicialConfirmation', 'inquiry']) expect(kinds, k).toContain(k);
    const results = succeeded.flatMap((c) => c.steps.flatMap((s) => (s.kind === 'judicialConfirmation' ? [s.result] : [])));
    expect(new Set(results)).toEqual(new Set(['confirmed', 'pending']));
    const incomplete = succeeded.filter((c) => c.dossier?.status === 'open' && !c.completeness.complete);
    expect(incomplete.length).toBeGreaterThanOrEqual(1);
    const withAgents = succeeded.flatMap((c) => c.parties).filter((p) => p.agents.length > 0);
    expect(withAgents.some((p) => p.kind === 'organization')).toBe(true);
    expect(withAgents.some((p) => p.kind === 'person')).toBe(true);
  });

  it('numbers dossiers per committee and year through dossier.open, with no duplicates', async () => {
    const numbers = rows.flatMap((r) => (r.number === null ? [] : [r.number]));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers).toContain('（2026）玄武门调字第001号');
    expect(numbers.some((n) => n.includes('金陵医药调字'))).toBe(true);
  });

  it('fires each case rule of the 工作台 a few times', async () => {
    const summary = await ok<Summary>(core, 'reminder.summary', {});
    const count = (code: string) => summary.rules.find((r) => r.code === code)?.count;
    for (const code of ['caseOverdue', 'caseConfirmationDue', 'caseFollowUpDue', 'caseEntryLate', 'dossierIncomplete']) {
      expect(count(code), code).toBeGreaterThanOrEqual(1);
      expect(count(code), code).toBeLessThanOrEqual(3);
    }
  });

  it('shows late entries in the month view and differences in 三统一', async () => {
    const lateMonths = [...new Set(rows.filter((r) => r.entryLate).map((r) => r.concludedOn!.slice(0, 7)))];
    for (const month of lateMonths) {
      const view = await ok<CaseMonth>(core, 'case.month', { month });
      expect(view.late, month).toBeGreaterThanOrEqual(1);
    }
    const year = await ok<ThreeCounts>(core, 'case.threeCounts', { period: '2026' });
    expect(year.agree).toBe(false);
    expect(year.differences.length).toBeGreaterThanOrEqual(1);
  });
});
