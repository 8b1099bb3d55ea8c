// 三统一 and the monthly view: entered = closed dossiers = reported cases, with each differing case named; late entries are flagged, not differences.
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { CaseMonth, ThreeCounts } from '../../electron/shared/schemas/case';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';
import { dossierFixtures, shanghaiMorning } from './dossier-fixtures';

let core: TempCore;
const ids: Record<string, number> = {};

async function closeOn(f: ReturnType<typeof dossierFixtures>, caseId: number, on: string): Promise<void> {
  core.setNow(shanghaiMorning(on));
  await f.open(caseId, on);
  await ok(core, 'dossier.close', { caseId, closedBy: '王书记', closedOn: on, retention: '长期', note: null });
}

beforeAll(async () => {
  core = openTempCore();
  const f = dossierFixtures(core);
  const town = f.committee('城关街道人民调解委员会');
  ids.october = await f.complete(town, '2026-10-31', '2026-11-02');
  await closeOn(f, ids.october, '2026-11-03');
  ids.closed = await f.complete(town, '2026-11-05', '2026-11-06');
  await closeOn(f, ids.closed, '2026-11-06');
  ids.noDossier = await f.succeeded(town, '2026-11-06');
  ids.openDossier = await f.succeeded(town, '2026-11-07');
  await f.open(ids.openDossier, '2026-11-07');
  ids.deleted = await f.complete(town, '2026-11-08', '2026-11-09');
  await closeOn(f, ids.deleted, '2026-11-09');
  core.handle.sqlite.prepare("UPDATE mediation_case SET deleted_at = '2026-11-10T00:00:00.000Z', delete_reason = '重复登记' WHERE id = ?").run(ids.deleted);
  // Concluded on 11-09 but first recorded on 12-09: after the 12-07 deadline.
  core.setNow(shanghaiMorning('2026-12-09'));
  ids.late = await f.intake(town, '2026-11-01');
  await f.accept(ids.late, '2026-11-01');
  await f.session(ids.late, '2026-11-09');
  await f.outcome(ids.late, '2026-11-09');
  await f.agreement(ids.late, '2026-11-09');
  await f.followUp(ids.late, '2026-12-09');
  for (const role of ['application', 'rightsNotice', 'idProof', 'session', 'agreement', 'followUp']) await f.scan(ids.late, role);
  await closeOn(f, ids.late, '2026-12-09');
}, 60_000);
afterAll(() => core.cleanup());

describe('case.threeCounts', () => {
  it('counts November and lists every case that differs', async () => {
    const counts = await ok<ThreeCounts>(core, 'case.threeCounts', { period: '2026-11' });
    expect(counts).toMatchObject({ period: '2026-11', start: '2026-11-01', end: '2026-11-30', entered: 4, dossiers: 3, reported: 4, agree: false });
    expect(counts.differences.map((d) => [d.caseId, d.problem])).toEqual([
      [ids.noDossier, 'noDossier'],
      [ids.openDossier, 'dossierOpen'],
      [ids.deleted, 'deletedWithDossier'],
    ]);
    // Entered after the deadline is still entered: flagged on the month page, never a 三统一 difference.
    expect(counts.differences.some((d) => d.caseId === ids.late)).toBe(false);
    const byProblem = Object.fromEntries(counts.differences.map((d) => [d.problem, d]));
    expect(byProblem.noDossier).toMatchObject({ message: '未建卷宗', number: null });
    expect(byProblem.dossierOpen).toMatchObject({ message: '卷宗未立卷', number: '（2026）城关调字第003号' });
    expect(byProblem.deletedWithDossier?.message).toContain('案件已删除但卷宗仍在');
    expect(byProblem.noDossier?.title).toMatch(/^张\d+与李\d+邻里纠纷$/);
  });

  it('agrees for a period where all three match, and takes quarters and years', async () => {
    expect(await ok(core, 'case.threeCounts', { period: '2026-10' })).toMatchObject({ entered: 1, dossiers: 1, reported: 1, agree: true, differences: [] });
    expect(await ok(core, 'case.threeCounts', { period: '2026-Q4' })).toMatchObject({ start: '2026-10-01', end: '2026-12-31', reported: 5, dossiers: 4, entered: 5 });
    expect(await ok(core, 'case.threeCounts', { period: '2025' })).toMatchObject({ reported: 0, agree: true });
    expect(await core.dispatch('case.threeCounts', { period: '2026-13' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });
});

describe('case.month', () => {
  it('lists the month’s cases with their entry deadline and counts the late ones', async () => {
    const month = await ok<CaseMonth>(core, 'case.month', { month: '2026-11' });
    expect(month).toMatchObject({ month: '2026-11', deadline: '2026-12-07', late: 1 });
    expect(month.rows.map((r) => r.id)).toEqual([ids.closed, ids.noDossier, ids.openDossier, ids.late]);
    expect(month.rows.at(-1)?.entry).toEqual({ deadline: '2026-12-07', enteredOn: '2026-12-09', late: true });
    expect(month.rows[0]?.entry).toEqual({ deadline: '2026-12-07', enteredOn: '2026-11-05', late: false });
    expect(month.counts.reported).toBe(4);
  });
});
