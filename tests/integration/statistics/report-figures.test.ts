// Report figures of a small fixed office, every one counted by hand (2026-Q3: July–September 2026).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPeriodDataset } from '../../../electron/core/statistics/dataset';
import { districtChecks } from '../../../electron/core/statistics/district-checks';
import { computeFigures } from '../../../electron/core/statistics/figures';
import { datasetReport, officeReport, reportAsOf } from '../../../electron/core/statistics/report';
import { packageEntities, packageEntityNames } from '../../../electron/shared/package/records';
import { report as reportSchema, type Report } from '../../../electron/shared/schemas/statistics';
import { ok } from '../../helpers/temp-core';
import { openReportWorld, type ReportWorld } from './report-world';

let w: ReportWorld;
beforeAll(async () => {
  w = await openReportWorld();
}, 120_000);
afterAll(() => w.core.cleanup());

const zeroShare = (code: string, label: string) => ({ code, label, count: 0, percent: 0 });
const share = (code: string, label: string, count: number, percent: number) => ({ code, label, count, percent });

describe('the period dataset', () => {
  it('holds exactly the period records, each valid against its package schema', () => {
    const ds = loadPeriodDataset(w.core.handle.db, '2026-Q3');
    for (const e of packageEntityNames) for (const r of ds[e]) packageEntities[e].schema.parse(r);
    const k = w.caseIds;
    // K4 (concluded in July), K7 (steps in July) are in; K8 (October) and the deleted case are not.
    expect(ds.cases.map((c) => c.id)).toEqual([k.K1, k.K2, k.K3, k.K4, k.K5, k.K6, k.K7, k.K9, k.K10]);
    expect(new Set(ds.caseSteps.map((s) => s.caseId))).toEqual(new Set(ds.cases.map((c) => c.id)));
    expect(ds.caseSteps.filter((s) => s.caseId === k.K7).map((s) => s.occurredOn)[0]).toBe('2026-05-02');
    expect(ds.caseParties).toHaveLength(18);
    expect(ds.caseAgents).toHaveLength(9);
    expect(ds.caseMediators).toHaveLength(9);
    expect(ds.mediatorTrainings.map((t) => t.startDate)).toEqual(['2026-03-10', '2026-08-05', '2026-07-01']);
    expect(ds.investigations.map((r) => r.period)).toEqual(['2026-07-H1', '2026-07-H2', '2026-08-H1', '2026-09-H2']);
    expect(ds.investigationFindings).toHaveLength(3);
    expect(ds.jointActivities.map((a) => a.heldOn)).toEqual(['2026-07-08', '2026-09-12', '2026-08-20']);
    expect(ds.prevention.map((p) => p.month)).toEqual(['2026-07', '2026-08']);
    expect(ds.committees).toHaveLength(3);
    expect(ds.office).toEqual([expect.objectContaining({ code: '320102001', name: '城关司法所' })]);
    expect(ds.disputeCategories.find((c) => c.code === '01')).toMatchObject({ builtin: true, active: true });
    expect(typeof ds.caseSteps[0]!.data).toBe('object');
    expect(ds.caseParties[0]).not.toHaveProperty('namePinyin');
    expect(ds.cases[0]).not.toHaveProperty('deletedAt');
  });
});

describe('2026-Q3 figures, by hand', () => {
  it('matches every figure', () => {
    const f = computeFigures(loadPeriodDataset(w.core.handle.db, '2026-Q3'));
    // received K1 K2 K3 K5 K6 K9 K10; mediated K1 K2 K9 K10 (succeeded) K3 (failed) K4 (terminated); K5 rejected.
    // 涉及金额 1 000 000 + 256 789 + 400 000 + 150 000 = 1 806 789 分 = 1.81 万元; 协议 500 000 + 30 000 + 500 000 × 2 = 1.53 万元.
    expect(f.cases).toEqual({ received: 7, mediated: 6, succeeded: 4, failed: 1, terminated: 1, rejected: 1, successRate: 66.7, disputeWan: 1.81, agreementWan: 1.53 });
    const categories = f.categories.filter((c) => c.count > 0);
    // 02 counts K3 and K2 (a local sub-type of 02).
    expect(categories).toEqual([share('01', '婚姻家庭纠纷', 1, 16.7), share('02', '邻里纠纷', 2, 33.3), share('04', '合同纠纷', 1, 16.7), share('05', '生产经营纠纷', 1, 16.7), share('99', '其他纠纷', 1, 16.7)]);
    expect(f.categories).toHaveLength(15);
    expect(f.categories[2]).toEqual(zeroShare('03', '房屋宅基地纠纷'));
    expect(f.sources).toEqual([share('initiative', '主动调解', 2, 33.3), share('applied', '申请调解', 1, 16.7), share('referred', '接受委托移送调解', 3, 50)]);
    // Confirmations K1 (pending) and K10 (confirmed); performances K1 (full), K7 (partial); follow-ups K1 (satisfied), K7 (unsatisfied).
    expect(f.agreements).toEqual({ written: 3, oral: 1, confirmations: 2, confirmed: 1, performances: 2, performed: 1, followUps: 2, satisfied: 1 });
    // July 1/3/2/10/0/0/1/4, August 2/6/3/20/0/0/2/8; October is outside.
    expect(f.prevention).toEqual({ criminalCases: 3, criminalPersons: 9, petitionCases: 5, petitionPersons: 30, suicideCases: 0, suicidePersons: 0, fights: 3, preventedDisputes: 12, monthsEntered: 2 });
    expect(f.investigation).toEqual({ rounds: 4, zeroReports: 2, findings: 3, majorFindings: 2 });
    expect(f.organisation).toEqual({
      committees: [share('village', '村人民调解委员会', 1, 33.3), share('community', '社区人民调解委员会', 1, 33.3), share('street', '街道（乡镇）人民调解委员会', 1, 33.3)],
      committeesTotal: 3,
      mediators: 3,
      fullTime: 2,
    });
    // 王四 left on 08-15 (his July training counts in the period, not in coverage); 王三 trained only in 2025.
    expect(f.training).toEqual({ mediators: 3, trained: 2, coverage: 66.7, trainingsInPeriod: 2 });
    expect(f.joint).toEqual({ activities: 3, courtActivities: 2, policeActivities: 1 });
  });

  it('counts a month on its own, and a null rate without mediated cases', () => {
    const aug = computeFigures(loadPeriodDataset(w.core.handle.db, '2026-08'));
    expect(aug.cases).toMatchObject({ received: 1, mediated: 2, succeeded: 1, failed: 1, successRate: 50, disputeWan: 0.26, agreementWan: 0.03 });
    expect(aug.prevention.criminalCases).toBe(2);
    const june = computeFigures(loadPeriodDataset(w.core.handle.db, '2026-06'));
    expect(june.cases).toMatchObject({ received: 1, mediated: 0, successRate: null });
    expect(june.categories.every((c) => c.percent === null)).toBe(true);
  });
});

describe('the report', () => {
  let report: Report;
  beforeAll(() => {
    report = officeReport(w.core.handle.db, '2026-Q3', reportAsOf('2026-Q3', '2026-11-27'), '2026-11-27T02:00:00.000Z');
  });

  it('carries the office, the months of the quarter and the rule checks as of the period end', () => {
    reportSchema.parse(report);
    expect(reportAsOf('2026-Q3', '2026-11-27')).toBe('2026-09-30');
    expect(reportAsOf('2026-11', '2026-11-27')).toBe('2026-11-27');
    expect(report).toMatchObject({ period: '2026-Q3', label: '2026年第三季度', start: '2026-07-01', end: '2026-09-30', office: { code: '320102001', name: '城关司法所' } });
    expect(report.trend).toEqual([
      { month: '2026-07', received: 2, mediated: 2, succeeded: 1 },
      { month: '2026-08', received: 1, mediated: 2, succeeded: 1 },
      { month: '2026-09', received: 4, mediated: 2, succeeded: 2 },
    ]);
    expect(report.checks).toHaveLength(15);
    expect(report.checks.find((c) => c.code === 'committeeNotFiled')).toEqual({ code: 'committeeNotFiled', title: '人民调解委员会未备案', count: 1, severity: 'error' });
    expect(report.checks.find((c) => c.code === 'mediatorStaffing')?.count).toBe(2);
  });

  it('gives a month the 12 months up to it', () => {
    const aug = officeReport(w.core.handle.db, '2026-08', '2026-08-31', '2026-11-27T02:00:00.000Z');
    expect(aug.trend.map((t) => t.month)).toEqual(['2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08']);
    expect(aug.trend.find((t) => t.month === '2026-05')).toEqual({ month: '2026-05', received: 1, mediated: 1, succeeded: 1 });
  });

  it('is the same from the records alone, with the district checks of the one office', () => {
    const ds = loadPeriodDataset(w.core.handle.db, '2026-Q3');
    const fromRecords = datasetReport(ds, report.generatedAt);
    expect(fromRecords.figures).toEqual(report.figures);
    expect(fromRecords.trend).toEqual(report.trend);
    expect(fromRecords.checks.map((c) => [c.code, c.count])).toEqual([
      ['mediatorStaffing', 2],
      ['trainingCoverage', 1],
      ['investigationMissed', 2],
      ['committeeNotFiled', 1],
    ]);
    const checks = districtChecks([ds]);
    expect(checks[2]!.offices).toEqual([{ code: '320102001', name: '城关司法所', detail: '未登记排查（无纠纷也应零报告）：2026-08下半月、2026-09上半月' }]);
    expect(checks[3]!.offices[0]!.detail).toBe('未向区司法局备案：城关街道人民调解委员会');
  });
});

describe('prevention figures', () => {
  it('reads zeros for a month not entered, and audits each save with before and after', async () => {
    expect(await ok(w.core, 'prevention.get', { month: '2026-09' })).toEqual({
      month: '2026-09', criminalCases: 0, criminalPersons: 0, petitionCases: 0, petitionPersons: 0, suicideCases: 0, suicidePersons: 0, fights: 0, preventedDisputes: 0, note: null, updatedAt: null,
    });
    const before = await ok<{ criminalCases: number }>(w.core, 'prevention.get', { month: '2026-07' });
    expect(before.criminalCases).toBe(1);
    const input = { month: '2026-12', criminalCases: 0, criminalPersons: 0, petitionCases: 0, petitionPersons: 0, suicideCases: 0, suicidePersons: 0, fights: 0, preventedDisputes: 1, note: '  ' };
    await ok(w.core, 'prevention.save', input);
    const saved = await ok<{ preventedDisputes: number; note: string | null }>(w.core, 'prevention.save', { ...input, preventedDisputes: 2, note: '补报' });
    expect(saved).toMatchObject({ preventedDisputes: 2, note: '补报', updatedAt: '2026-11-27T02:00:00.000Z' });
    const rows = w.core.handle.sqlite
      .prepare("SELECT before, after FROM audit_log WHERE entity = 'prevention' AND entity_id = '2026-12' ORDER BY id")
      .all() as { before: string | null; after: string }[];
    expect(rows).toHaveLength(2);
    expect(rows[0]!.before).toBeNull();
    expect(JSON.parse(rows[1]!.before!)).toMatchObject({ preventedDisputes: 1 });
    expect(JSON.parse(rows[1]!.after)).toMatchObject({ preventedDisputes: 2, note: '补报' });
    const refused = await w.core.dispatch('prevention.save', { ...input, fights: -1 });
    expect(refused).toMatchObject({ ok: false, error: { field: 'fights' } });
  });
});
