// district.report over two offices: each office's report from its package, the sum, the checks, who is missing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DistrictReport } from '../../../electron/shared/schemas/package';
import { buildPackage, makeOfficeKey } from '../../helpers/package-fixtures';
import { ok, openTempCore, type TempCore } from '../../helpers/temp-core';
import { defaultSpec, sampleDataset } from './sample-dataset';

describe('district.report', () => {
  let core: TempCore;
  let report: DistrictReport;
  const keyA = makeOfficeKey();
  const keyB = makeOfficeKey();

  beforeAll(async () => {
    core = openTempCore();
    const offices = [
      { code: '320102001', name: '玄武街道司法所', publicKey: keyA.publicKey },
      { code: '320102002', name: '梅园街道司法所', publicKey: keyB.publicKey },
      { code: '320102003', name: '新街口街道司法所', publicKey: makeOfficeKey().publicKey },
    ];
    for (const office of offices) await ok(core, 'district.saveOffice', office);
    const a = sampleDataset(defaultSpec());
    const b = sampleDataset(
      defaultSpec({
        officeCode: '320102002',
        officeName: '梅园街道司法所',
        idBase: 10_000,
        mediators: 2,
        cases: [
          { state: 'succeeded', category: '02', amountFen: 300_000, facts: '相邻通行', parties: 2 },
          { state: 'succeeded', category: '01', amountFen: 300_000, facts: '离婚财产', parties: 2 },
        ],
      }),
    );
    await ok(core, 'district.import', { fileName: 'a.zip', dataBase64: (await buildPackage(a, { key: keyA })).toString('base64') });
    await ok(core, 'district.import', { fileName: 'b.zip', dataBase64: (await buildPackage(b, { key: keyB })).toString('base64') });
    report = await ok<DistrictReport>(core, 'district.report', { period: '2026-11' });
  });
  afterAll(() => core.cleanup());

  it('reports each office with data, in code order', () => {
    expect(report.offices.map((r) => r.office?.code)).toEqual(['320102001', '320102002']);
    expect(report.offices[0]?.figures.cases).toMatchObject({ received: 3, mediated: 2, succeeded: 1, failed: 1, successRate: 50 });
    expect(report.offices[1]?.figures.cases).toMatchObject({ received: 2, mediated: 2, succeeded: 2, successRate: 100 });
  });

  it('sums the offices, recomputing the rate from the sums', () => {
    expect(report.total.office).toBeNull();
    expect(report.total.figures.cases).toMatchObject({ received: 5, mediated: 4, succeeded: 3, failed: 1, successRate: 75, disputeWan: 1.85, agreementWan: 1.85 });
    expect(report.total.figures.organisation.mediators).toBe(5);
    expect(report.total.figures.investigation.findings).toBe(4);
    expect(report.total.figures.prevention.criminalCases).toBe(2);
    expect(report.total.trend).toEqual([{ month: '2026-11', received: 5, mediated: 4, succeeded: 3 }]);
    expect(report.label).toBe('2026年11月');
  });

  it('lists the registered office without a package and the district checks by office', () => {
    expect(report.missing).toEqual([{ code: '320102003', name: '新街口街道司法所' }]);
    expect(report.checks.map((c) => c.code)).toContain('trainingCoverage');
    const coverage = report.checks.find((c) => c.code === 'trainingCoverage');
    // Each office trained one mediator only.
    expect(coverage?.offices.map((o) => o.code)).toEqual(['320102001', '320102002']);
    expect(report.total.checks.map((c) => c.code)).toEqual(report.checks.map((c) => c.code));
  });

  it('offices: registered keys with fingerprints; removeOffice keeps the imported packages', async () => {
    const offices = await ok<{ items: { code: string; fingerprint: string }[] }>(core, 'district.offices', {});
    expect(offices.items.map((o) => o.code)).toEqual(['320102001', '320102002', '320102003']);
    expect(offices.items[0]?.fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    await ok(core, 'district.removeOffice', { code: '320102003' });
    const gone = await core.dispatch('district.removeOffice', { code: '320102003' });
    expect(gone.ok ? null : gone.error.code).toBe('NOT_FOUND');
    const packages = await ok<{ items: unknown[] }>(core, 'district.packages', {});
    expect(packages.items).toHaveLength(2);
  });

  it('a quarter from some of its months: the office is named with the months whose package is missing', async () => {
    const oct = sampleDataset(defaultSpec({ period: '2026-10', idBase: 20_000 }));
    await ok(core, 'district.import', { fileName: 'a-oct.zip', dataBase64: (await buildPackage(oct, { key: keyA })).toString('base64') });
    const quarter = await ok<DistrictReport>(core, 'district.report', { period: '2026-Q4' });
    const coverage = quarter.checks.find((c) => c.code === 'packageCoverage')!;
    // Only months ended before the report's day are due: October. 320102002 sent November only; 320102001 both.
    expect(coverage.offices.map((o) => o.code)).toEqual(['320102002']);
    expect(coverage.offices[0]?.detail).toContain('2026-10');
    // Its 排查 rounds are looked for only in the months it sent: October is a missing package, not missed rounds.
    const rounds = quarter.checks.find((c) => c.code === 'investigationMissed')!;
    expect(rounds.offices.find((o) => o.code === '320102002')?.detail ?? '').not.toContain('2026-10');
    expect(quarter.offices.find((o) => o.office?.code === '320102001')?.figures.cases.received).toBe(6);
  });

  it('replacing an office key is audited with the key before and after', async () => {
    const next = makeOfficeKey();
    await ok(core, 'district.saveOffice', { code: '320102002', name: '梅园街道司法所', publicKey: next.publicKey });
    const row = core.handle.sqlite
      .prepare("SELECT before, after FROM audit_log WHERE entity = 'districtOffice' AND entity_id = '320102002' ORDER BY id DESC LIMIT 1")
      .get() as { before: string; after: string };
    expect(JSON.parse(row.before).publicKey).toBe(keyB.publicKey);
    expect(JSON.parse(row.after).publicKey).toBe(next.publicKey);
  });
});
