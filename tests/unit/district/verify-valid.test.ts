// A package built by the test fixtures verifies: registered key, unknown key, another office's key.
import { describe, expect, it } from 'vitest';
import { verifyPackage } from '../../../electron/core/district/verify';
import { fingerprintOf } from '../../../electron/core/district/signature';
import { buildPackage, makeOfficeKey } from '../../helpers/package-fixtures';
import { defaultSpec, sampleDataset } from '../../integration/district/sample-dataset';

describe('verifyPackage on a well-formed package', () => {
  const key = makeOfficeKey();
  const ds = sampleDataset(defaultSpec());

  it('is valid against the registered key and returns the dataset and summary', async () => {
    const zip = await buildPackage(ds, { key });
    const { result, dataset } = await verifyPackage(zip, (code) => (code === '320102001' ? key.publicKey : null), 'x.zip');
    expect(result.problems).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.summary).toMatchObject({ officeCode: '320102001', period: '2026-11', keyStatus: 'registered', publicKey: key.publicKey });
    expect(result.summary?.keyFingerprint).toBe(fingerprintOf(Buffer.from(key.publicKey, 'base64')));
    expect(result.summary?.counts.cases).toBe(3);
    expect(dataset).toEqual(ds);
  });

  it('reports keyUnregistered with the shipped key when the office has none', async () => {
    const { result, dataset } = await verifyPackage(await buildPackage(ds, { key }), () => null);
    expect(result.valid).toBe(false);
    expect(result.problems.map((p) => p.code)).toEqual(['keyUnregistered']);
    expect(result.summary).toMatchObject({ keyStatus: 'unknown', publicKey: key.publicKey });
    expect(dataset).toBeNull();
  });

  it('reports keyMismatch when the office registered another key', async () => {
    const other = makeOfficeKey();
    const { result } = await verifyPackage(await buildPackage(ds, { key }), () => other.publicKey);
    expect(result.problems.map((p) => p.code)).toEqual(['keyMismatch']);
    expect(result.summary?.keyStatus).toBe('mismatch');
  });
});
