// Export (the office's exporter, demo data) → verify → import into an empty district core reproduces every record.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { districtDataset } from '../../../electron/core/district/dataset';
import { verifyPackage } from '../../../electron/core/district/verify';
import { exportPackage } from '../../../electron/core/package/export';
import { officeKey } from '../../../electron/core/package/keys';
import { loadPeriodDataset } from '../../../electron/core/statistics/dataset';
import type { PeriodDataset } from '../../../electron/shared/package/records';
import { openDemoCore } from '../../helpers/demo-core';
import { ok, openTempCore, type TempCore } from '../../helpers/temp-core';

const PERIOD = '2026-10';

/** The database knows no PDF paths (the exporter sets them): compare the rest, and check the paths on their own. */
function withoutPdfPaths(ds: PeriodDataset | null): unknown {
  if (!ds) return null;
  for (const d of ds.dossiers) if (d.pdf !== null) expect(d.pdf).toBe(`data/dossiers/case-${d.caseId}.pdf`);
  return { ...ds, dossiers: ds.dossiers.map((d) => ({ ...d, pdf: null })) };
}

describe('package round trip from the demo office', () => {
  let office: TempCore;
  let district: TempCore;
  let zip: Buffer;
  let source: PeriodDataset;

  beforeAll(async () => {
    office = openDemoCore();
    district = openTempCore();
    const out = path.join(office.dir, 'out.zip');
    await exportPackage({ read: office.handle.db, dataDir: office.dir, period: PERIOD, now: '2026-11-27T02:00:00.000Z', today: '2026-11-27', appVersion: '0.0.0-test', out });
    zip = fs.readFileSync(out);
    source = loadPeriodDataset(office.handle.db, PERIOD);
  }, 120_000);
  afterAll(() => {
    office.cleanup();
    district.cleanup();
  });

  it('verifies against the office key the district registered', async () => {
    const key = officeKey(office.dir);
    const { result, dataset } = await verifyPackage(zip, () => key.publicKey);
    expect(result.problems).toEqual([]);
    expect(result.summary?.keyFingerprint).toBe(key.fingerprint);
    expect(withoutPdfPaths(dataset)).toEqual(withoutPdfPaths(source));
    expect(dataset?.dossiers.some((d) => d.pdf !== null)).toBe(true);
  });

  it('imports into an empty district database and reads back exactly the source records', async () => {
    const key = officeKey(office.dir);
    const code = source.office[0]?.code ?? '';
    await ok(district, 'district.saveOffice', { code, name: source.office[0]?.name ?? '', publicKey: key.publicKey });
    const result = await ok<{ outcome: string }>(district, 'district.import', { fileName: `ledger-${code}-${PERIOD}.zip`, dataBase64: zip.toString('base64') });
    expect(result.outcome).toBe('imported');
    expect(source.cases.length).toBeGreaterThan(0);
    expect(withoutPdfPaths(districtDataset(district.handle.db, code, PERIOD))).toEqual(withoutPdfPaths(source));
  });
});
