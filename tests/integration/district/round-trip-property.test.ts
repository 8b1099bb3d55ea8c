// Property: any generated record set → package (the real writer) → verify → import into an empty district → districtDataset gives the same records back.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { districtDataset } from '../../../electron/core/district/dataset';
import { fingerprintOf } from '../../../electron/core/district/signature';
import { verifyPackage } from '../../../electron/core/district/verify';
import { writePackage } from '../../../electron/core/package/write-package';
import type { PeriodDataset } from '../../../electron/shared/package/records';
import { periodRange } from '../../../electron/shared/rules/case-periods';
import { officeInput } from '../../../electron/shared/schemas/office';
import { makeOfficeKey } from '../../helpers/package-fixtures';
import { ok, openTempCore } from '../../helpers/temp-core';
import { sampleDataset, type DatasetSpec } from './sample-dataset';

const key = makeOfficeKey();

/** The office's exporter writes the package of `ds` (no report files, no dossier PDFs) and returns its bytes. */
async function exported(ds: PeriodDataset, dir: string): Promise<Buffer> {
  const office = ds.office[0];
  if (!office) throw new Error('dataset without office');
  const { start, end, label } = periodRange(ds.period);
  const name = `ledger-${office.code}-${ds.period}`;
  const file = path.join(dir, `${name}.zip`);
  await writePackage({
    file,
    dataset: ds,
    report: null,
    dossiers: [],
    renderDossier: () => Promise.reject(new Error('no dossier PDFs in this package')),
    facts: {
      name,
      office: { code: office.code, name: office.name, address: office.address, head: office.head, phone: office.phone },
      period: { code: ds.period, start, end, label },
      appVersion: '0.0.0-test',
      now: '2027-03-01T02:00:00.000Z',
      today: '2027-03-01',
      publicKey: key.publicKey,
      fingerprint: fingerprintOf(Buffer.from(key.publicKey, 'base64')),
    },
    key: key.privateKey,
  });
  return fs.readFileSync(file);
}
const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 });
/** An office name as the office form stores it (trimmed, not blank): CI drew " ", which no office can be called. */
const officeName = text.filter((s) => officeInput.shape.name.safeParse(s).success).map((s) => officeInput.shape.name.parse(s));
const caseSpec = fc.record({
  state: fc.constantFrom('succeeded' as const, 'failed' as const, 'mediating' as const),
  category: fc.constantFrom('01', '02', '0201', '99'),
  amountFen: fc.option(fc.nat({ max: 2_000_000_000 }), { nil: null }),
  facts: text,
  parties: fc.integer({ min: 1, max: 3 }),
});
const spec = fc.record({
  period: fc.constantFrom('2026-01', '2026-06', '2026-11', '2027-02'),
  officeName,
  idBase: fc.nat({ max: 1_000_000 }),
  mediators: fc.integer({ min: 1, max: 4 }),
  cases: fc.array(caseSpec, { maxLength: 6 }),
  findings: fc.integer({ min: 0, max: 3 }),
});
/** Step data as the step kinds store it: scalars, lists of them, one nested level (caseStepRecord.data). */
const scalar = fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null));
const flat = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }));
const field = fc.constantFrom('result', 'reason', 'clauses', 'remediesTold', 'amountFen', '其他 字段');
const stepData = fc.dictionary(field, fc.oneof(flat, fc.dictionary(field, flat, { maxKeys: 3 })), { maxKeys: 4 });

describe('import round trip (property)', () => {
  it('reproduces every generated record', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(spec, stepData, async (s, data) => {
        n += 1;
        const officeCode = `3201${String(n).padStart(5, '0')}`;
        const sample = sampleDataset({ ...s, officeCode } satisfies DatasetSpec);
        const ds = { ...sample, caseSteps: sample.caseSteps.map((step, i) => (i === 0 ? { ...step, data } : step)) };
        const core = openTempCore();
        try {
          const zip = await exported(ds, core.dir);
          const { result } = await verifyPackage(zip, () => key.publicKey);
          expect(result.problems).toEqual([]);
          await ok(core, 'district.saveOffice', { code: officeCode, name: '测试司法所', publicKey: key.publicKey });
          const imported = await ok<{ outcome: string }>(core, 'district.import', { fileName: 'p.zip', dataBase64: zip.toString('base64') });
          expect(imported.outcome).toBe('imported');
          expect(districtDataset(core.handle.db, officeCode, s.period)).toEqual(ds);
        } finally {
          core.cleanup();
        }
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
