// The demo office: computeFigures over the period records agrees with the 月度工作报告's SQL counts (monthlyFigures).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthlyFigures } from '../../../electron/core/documents/official';
import { loadPeriodDataset } from '../../../electron/core/statistics/dataset';
import { computeFigures, wan } from '../../../electron/core/statistics/figures';
import { packageEntities, packageEntityNames } from '../../../electron/shared/package/records';
import { openDemoCore } from '../../helpers/demo-core';
import type { TempCore } from '../../helpers/temp-core';

let core: TempCore;
beforeAll(() => {
  core = openDemoCore();
});
afterAll(() => core.cleanup());

describe('demo office', () => {
  it.each(['2026-09', '2026-10'])('%s: the figures equal monthlyFigures where both count', (month) => {
    const m = monthlyFigures(core.handle.db, month);
    const f = computeFigures(loadPeriodDataset(core.handle.db, month));
    expect(m.mediated).toBeGreaterThan(0);
    expect(f.cases).toMatchObject({ received: m.received, mediated: m.mediated, succeeded: m.succeeded, failed: m.failed, terminated: m.terminated, rejected: m.rejected });
    expect(f.cases.disputeWan).toBe(wan(m.disputeFen));
    expect(f.cases.agreementWan).toBe(wan(m.agreementFen));
    const counted = f.categories.filter((c) => c.count > 0).map((c) => [c.code, c.count]);
    expect(counted).toEqual(expect.arrayContaining(m.categories.map((c) => [c.code, c.count])));
    expect(counted).toHaveLength(m.categories.length);
    expect(f.sources.map((s) => [s.code, s.count])).toEqual(expect.arrayContaining(m.sourceGroups.map((s) => [s.code, s.count])));
    expect(f.agreements).toMatchObject({ written: m.written, oral: m.oral, confirmations: m.confirmations, confirmed: m.confirmed, followUps: m.followUps, satisfied: m.satisfied });
    expect(f.investigation).toEqual({ rounds: m.rounds, zeroReports: m.zeroReports, findings: m.findings, majorFindings: m.majorFindings });
    expect(f.training.trainingsInPeriod).toBe(m.mediatorTrainings);
  });

  it('loads a whole year quickly, every record valid against the package schemas', () => {
    const started = performance.now();
    const ds = loadPeriodDataset(core.handle.db, '2026');
    const ms = performance.now() - started;
    expect(ds.cases.length).toBeGreaterThan(30);
    expect(ms).toBeLessThan(3000);
    for (const e of packageEntityNames) for (const r of ds[e]) packageEntities[e].schema.parse(r);
    expect(ds.dossiers.every((d) => d.pdf === null)).toBe(true);
  });

  it('loads a year of a 20,000-case office in a few seconds', () => {
    const sqlite = core.handle.sqlite;
    // 20,000 copies of a demo case spread over 2025, each with two parties, one agent and six steps.
    sqlite.exec(`
      CREATE TEMP TABLE n(i INTEGER PRIMARY KEY);
      WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 20000) INSERT INTO n SELECT i FROM r;
      INSERT INTO mediation_case (committee_id, source, received_on, category, facts, amount_fen, state, accepted_on, concluded_on, agreement_form, created_at, updated_at)
        SELECT (SELECT min(id) FROM committee), 'applied', date('2025-01-01', '+' || (i % 360) || ' days'), '02', '批量纠纷' || i, 100000, 'succeeded',
               date('2025-01-01', '+' || (i % 360) || ' days'), date('2025-01-05', '+' || (i % 360) || ' days'), 'oral', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z' FROM n;
      CREATE TEMP TABLE bulk AS SELECT id FROM mediation_case WHERE facts LIKE '批量纠纷%';
      INSERT INTO case_party (case_id, role, kind, name, name_initials, name_pinyin, sort_order, created_at, updated_at)
        SELECT id, r.role, 'person', '当事人', 'dsr', 'dangshiren', 0, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z' FROM bulk, (SELECT 'applicant' AS role UNION ALL SELECT 'respondent') r;
      INSERT INTO case_agent (party_id, name, kind, created_at, updated_at)
        SELECT id, '代理人', 'entrusted', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z' FROM case_party WHERE role = 'applicant' AND case_id IN (SELECT id FROM bulk);
      INSERT INTO case_step (case_id, kind, occurred_on, data, created_at, updated_at)
        SELECT c.id, k.kind, c.received_on, '{"result":"success"}', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'
        FROM (SELECT b.id, m.received_on FROM bulk b JOIN mediation_case m ON m.id = b.id) c,
             (SELECT 'accept' AS kind UNION ALL SELECT 'inquiry' UNION ALL SELECT 'session' UNION ALL SELECT 'outcome' UNION ALL SELECT 'agreement' UNION ALL SELECT 'followUp') k;
    `);
    const started = performance.now();
    const ds = loadPeriodDataset(core.handle.db, '2025');
    const figures = computeFigures(ds);
    const ms = performance.now() - started;
    expect(ds.cases.length).toBeGreaterThanOrEqual(20_000);
    expect(ds.caseSteps.length).toBeGreaterThanOrEqual(120_000);
    expect(figures.cases.received).toBeGreaterThanOrEqual(20_000);
    console.log(`[bench] loadPeriodDataset + computeFigures, 20,000-case year: ${Math.round(ms)} ms`);
    expect(ms).toBeLessThan(5000);
  }, 60_000);
});
