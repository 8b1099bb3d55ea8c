// district.import: stores every record, is idempotent, replaces with a newer export (audited), refuses an older one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PeriodDataset } from '../../../electron/shared/package/records';
import { districtDataset } from '../../../electron/core/district/dataset';
import { buildPackage, makeOfficeKey } from '../../helpers/package-fixtures';
import { ok, openTempCore, type TempCore } from '../../helpers/temp-core';
import { defaultSpec, sampleDataset } from './sample-dataset';

type ImportResult = { outcome: string; packageId: number; verify: { valid: boolean } };
const key = makeOfficeKey();
const upload = (zip: Buffer, fileName = 'ledger-320102001-2026-11.zip') => ({ fileName, dataBase64: zip.toString('base64') });

describe('district.import', () => {
  let core: TempCore;
  const count = (sql: string) => (core.handle.sqlite.prepare(sql).get() as { n: number }).n;
  const audits = () => core.handle.sqlite.prepare("SELECT entity, entity_id AS id, before, after FROM audit_log WHERE entity = 'districtPackage' ORDER BY id").all() as { id: string; before: string | null; after: string }[];

  beforeEach(async () => {
    core = openTempCore();
    await ok(core, 'district.saveOffice', { code: '320102001', name: '玄武街道司法所', publicKey: key.publicKey });
  });
  afterEach(() => core.cleanup());

  it('refuses a package of an unregistered office, naming the fingerprint to compare', async () => {
    const other = sampleDataset(defaultSpec({ officeCode: '320102002' }));
    const result = await core.dispatch('district.import', upload(await buildPackage(other, { key })));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('尚未登记签名公钥') });
    expect(count('SELECT count(*) AS n FROM district_package')).toBe(0);
  });

  it('imports every record, and a second import of the same zip changes nothing', async () => {
    const ds = sampleDataset(defaultSpec());
    const zip = await buildPackage(ds, { key });
    const first = await ok<ImportResult>(core, 'district.import', upload(zip));
    expect(first.outcome).toBe('imported');
    expect(districtDataset(core.handle.db, '320102001', '2026-11')).toEqual(ds);
    const rows = count('SELECT count(*) AS n FROM district_record');
    const auditRows = count('SELECT count(*) AS n FROM audit_log');
    const changes = core.handle.sqlite.prepare('SELECT total_changes() AS n').get() as { n: number };
    const again = await ok<ImportResult>(core, 'district.import', upload(zip, 'renamed.zip'));
    expect(again).toMatchObject({ outcome: 'unchanged', packageId: first.packageId });
    expect(count('SELECT count(*) AS n FROM district_record')).toBe(rows);
    expect(count('SELECT count(*) AS n FROM audit_log')).toBe(auditRows);
    expect((core.handle.sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n).toBe(changes.n);
    const packages = await ok<{ items: { fileName: string; counts: Record<string, number> }[] }>(core, 'district.packages', {});
    expect(packages.items).toHaveLength(1);
    expect(packages.items[0]?.fileName).toBe('ledger-320102001-2026-11.zip');
    expect(packages.items[0]?.counts.cases).toBe(3);
  });

  it('replaces the package by a newer export (audited with both) and refuses an older one', async () => {
    const older = sampleDataset(defaultSpec());
    const newer = sampleDataset(defaultSpec({ cases: defaultSpec().cases.slice(0, 2), findings: 1 }));
    const a = await ok<ImportResult>(core, 'district.import', upload(await buildPackage(older, { key, exportedAt: '2026-12-01T08:00:00.000Z' })));
    core.setNow('2026-12-05T02:00:00.000Z');
    const b = await ok<ImportResult>(core, 'district.import', upload(await buildPackage(newer, { key, exportedAt: '2026-12-03T08:00:00.000Z' })));
    expect(b.outcome).toBe('replaced');
    expect(districtDataset(core.handle.db, '320102001', '2026-11')).toEqual(newer);
    expect(count(`SELECT count(*) AS n FROM district_record WHERE package_id = ${a.packageId}`)).toBe(0);
    const old = core.handle.sqlite.prepare('SELECT replaced_at AS r FROM district_package WHERE id = ?').get(a.packageId) as { r: string };
    expect(old.r).toBe('2026-12-05T02:00:00.000Z');
    const trail = audits();
    expect(trail.map((t) => Number(t.id))).toEqual([a.packageId, a.packageId, b.packageId]);
    expect(JSON.parse(trail[1]?.before ?? 'null')).toMatchObject({ replacedAt: null, counts: { cases: 3 } });
    expect(JSON.parse(trail[1]?.after ?? 'null')).toMatchObject({ replacedAt: '2026-12-05T02:00:00.000Z', replacedBy: b.packageId });
    expect(JSON.parse(trail[2]?.after ?? 'null')).toMatchObject({ exportedAt: '2026-12-03T08:00:00.000Z', counts: { cases: 2 } });

    const stale = await core.dispatch('district.import', upload(await buildPackage(older, { key, exportedAt: '2026-12-02T08:00:00.000Z' })));
    expect(stale.ok).toBe(false);
    if (!stale.ok) expect(stale.error.code).toBe('CONFLICT');
    expect(districtDataset(core.handle.db, '320102001', '2026-11')).toEqual(newer);
  });

  it('builds a quarter from the months (newer package wins per record, snapshot from the latest)', async () => {
    const oct = sampleDataset(defaultSpec({ period: '2026-10' }));
    const nov: PeriodDataset = { ...sampleDataset(defaultSpec({ idBase: 5000 })), office: [{ ...oct.office[0]!, head: '李四' }] };
    await ok(core, 'district.import', upload(await buildPackage(oct, { key, exportedAt: '2026-11-02T00:00:00.000Z' })));
    await ok(core, 'district.import', upload(await buildPackage(nov, { key, exportedAt: '2026-12-02T00:00:00.000Z' })));
    const q4 = districtDataset(core.handle.db, '320102001', '2026-Q4');
    expect(q4?.period).toBe('2026-Q4');
    expect(q4?.cases.map((c) => c.id)).toEqual([...oct.cases, ...nov.cases].map((c) => c.id));
    expect(q4?.office[0]?.head).toBe('李四');
    expect(q4?.mediators).toEqual(nov.mediators);
    expect(q4?.prevention.map((p) => p.month)).toEqual(['2026-10', '2026-11']);
    expect(districtDataset(core.handle.db, '320102001', '2027-Q1')).toBeNull();
  });
});
