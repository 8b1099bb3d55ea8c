// Zip safety before inflating: the entry count comes from the end record, names are judged before any byte is read.
import { describe, expect, it } from 'vitest';
import { Problems } from '../../../electron/core/district/problems';
import { readPackageZip, unsafeEntryName, zipLimits } from '../../../electron/core/district/zip-read';
import { rawZip } from '../../integration/district/raw-zip';

async function codesOf(zip: Buffer): Promise<string[]> {
  const problems = new Problems();
  await readPackageZip(zip, problems, () => 'tag');
  return problems.list.map((p) => p.code);
}

describe('unsafeEntryName', () => {
  it.each(['../x', 'a/../../x', '/etc/passwd', 'C:/x', 'c:x', 'a\\b', 'a/./b', 'a\u0000b', '', 'a/\nb'])('refuses %j', (name) => {
    expect(unsafeEntryName(name)).toBe(true);
  });
  it.each(['ledger-1-2026-11/data/records/cases.json', 'a/..b/c', 'a/b../c', 'bag/data/x.pdf'])('accepts %j', (name) => {
    expect(unsafeEntryName(name)).toBe(false);
  });
});

describe('readPackageZip', () => {
  it('refuses 100,000 entries from the end record alone: a garbled central directory is never walked', async () => {
    const zip = rawZip(Array.from({ length: 100_000 }, (_, i) => ({ name: `b/${i}` })));
    const cdOffset = Number(zip.readBigUInt64LE(zip.length - 22 - 20 - 56 + 48));
    zip.fill(0xee, cdOffset, cdOffset + 4096);
    expect(await codesOf(zip)).toEqual(['zipTooManyEntries']);
  });

  it('lists every unsafe entry of a zip, not only the first', async () => {
    const zip = rawZip([{ name: '../a' }, { name: '/b' }, { name: 'ok/c' }, { name: 'ok/C' }, { name: 'ok/l', unixMode: 0o120777 }]);
    expect(await codesOf(zip)).toEqual(['zipUnsafePath', 'zipUnsafePath', 'zipDuplicateName', 'zipSymlink']);
  });

  it('folds names by NFC and case for duplicates', async () => {
    const zip = rawZip([{ name: 'b/caf\u00e9.txt' }, { name: 'b/CAFE\u0301.txt' }]);
    expect(await codesOf(zip)).toEqual(['zipDuplicateName']);
  });

  it('keeps only the entries asked for, hashing all of them', async () => {
    const problems = new Problems();
    const files = await readPackageZip(rawZip([{ name: 'b/keep', data: Buffer.from('k') }, { name: 'b/drop', data: Buffer.from('d'), deflate: true }]), problems, (n) => (n.endsWith('keep') ? 'tag' : null));
    expect(problems.list).toEqual([]);
    expect(files?.map((f) => [f.name, f.size, f.data?.toString() ?? null])).toEqual([
      ['b/keep', 1, 'k'],
      ['b/drop', 1, null],
    ]);
    expect(files?.[1]?.sha256).toBe('18ac3e7343f016890c510e93f935261169d9e3f565436429830faf0934f4f8e4');
  });

  it('an entry below 1 MiB may compress well; a damaged stream is reported, not thrown', async () => {
    expect(await codesOf(rawZip([{ name: 'b/z', data: Buffer.alloc(512 * 1024), deflate: true }]))).toEqual([]);
    const zip = rawZip([{ name: 'b/z', data: Buffer.alloc(4096, 7), deflate: true }]);
    zip.fill(0xff, 30 + 3, 30 + 3 + 8);
    expect(await codesOf(zip)).toEqual(['zipDamaged']);
  });

  it('refuses kept entries over their caps from the central directory, before inflating any byte', async () => {
    const saved = { ...zipLimits };
    Object.assign(zipLimits, { maxTagFileBytes: 100, maxRecordsFileBytes: 1000, maxKeptBytes: 1500 });
    try {
      const entry = (name: string, n: number) => ({ name, data: Buffer.alloc(n, 7), deflate: true });
      const zip = rawZip([entry('b/bag-info.txt', 101), entry('b/data/records/cases.json', 1001), entry('b/data/records/mediators.json', 900), entry('b/data/big.pdf', 5000)]);
      // Garbled deflate data of the first entry: had anything been inflated, zipDamaged would be reported too.
      zip.fill(0xff, 30 + 14, 30 + 14 + 8);
      const problems = new Problems();
      const kinds = (n: string) => (n.endsWith('.txt') ? 'tag' : n.includes('/records/') ? 'records' : null);
      expect(await readPackageZip(zip, problems, kinds)).toBeNull();
      expect(problems.list.map((p) => [p.code, p.path])).toEqual([
        ['zipTagFileTooLarge', 'b/bag-info.txt'],
        ['zipRecordsFileTooLarge', 'b/data/records/cases.json'],
        ['zipKeptTooLarge', null],
      ]);
      expect(problems.list.every((p) => /[\u4e00-\u9fa5]/.test(p.message))).toBe(true);
    } finally {
      Object.assign(zipLimits, saved);
    }
  });
});
