// What an unsigned or unknown sender can cost the district: no kept bytes beyond the tag and records files, no records parsed.
import { describe, expect, it } from 'vitest';
import { verifyPackage } from '../../../electron/core/district/verify';
import { makeOfficeKey, payloadOf, sealBag, zipBag } from '../../helpers/package-fixtures';
import { rawBag } from '../../integration/district/raw-zip';
import { defaultSpec, sampleDataset } from '../../integration/district/sample-dataset';

const key = makeOfficeKey();
const ds = sampleDataset(defaultSpec());
const MiB = 1024 * 1024;

/** Runs `work` while sampling Buffer memory every few milliseconds; returns the highest rise seen. */
async function peakBufferRise(work: () => Promise<unknown>): Promise<number> {
  const base = process.memoryUsage().arrayBuffers;
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().arrayBuffers);
  }, 2);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(peak, process.memoryUsage().arrayBuffers) - base;
}

describe('verifyPackage resource limits', () => {
  it('keeps no bytes of unknown top-level files: 400 × 1 MiB of spaces stay out of memory', async () => {
    const bag = sealBag(ds, payloadOf(ds), { key });
    const spaces = Buffer.alloc(MiB - 1, 0x20);
    const pads = Array.from({ length: 400 }, (_, i) => ({ name: `${bag.root}/pad-${i}.txt`, data: spaces, deflate: true }));
    const zip = rawBag(bag.root, bag.files, pads);
    let codes: string[] = [];
    const rise = await peakBufferRise(async () => {
      const { result } = await verifyPackage(zip, () => key.publicKey);
      codes = [...new Set(result.problems.map((p) => p.code))];
    });
    expect(codes).toEqual(['bagUnlistedFile']);
    expect(rise).toBeLessThan(150 * MiB);
  }, 60_000);

  it('an unknown key gets keyUnregistered and the summary to register it, and none of its records is parsed', async () => {
    const other = sampleDataset(defaultSpec({ officeCode: '320102555' }));
    const payload = payloadOf(other);
    payload.set('data/records/cases.json', Buffer.from(`[${Array<string>(349_000).fill('{}').join(',')}]`));
    const zip = await zipBag(sealBag(other, payload, { key, counts: { cases: 349_000 } }));
    const { result, records, dataset } = await verifyPackage(zip, () => null);
    expect(result.problems.map((p) => p.code)).toEqual(['keyUnregistered']);
    expect(result.summary).toMatchObject({ officeCode: '320102555', keyStatus: 'unknown', publicKey: key.publicKey });
    expect(records).toBeNull();
    expect(dataset).toBeNull();
  });

  it('a valid signature by a registered key still has its records checked', async () => {
    const zip = await zipBag(sealBag(ds, payloadOf(ds), { key, counts: { cases: 4 } }));
    const { result } = await verifyPackage(zip, () => key.publicKey);
    expect(result.problems.map((p) => [p.code, p.path])).toEqual([['countMismatch', 'data/records/cases.json']]);
  });
});
