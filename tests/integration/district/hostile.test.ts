// The hostile-package corpus: every package is refused with its own code, no byte lands on disk, the district tables stay as they were.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PackageVerifyResult } from '../../../electron/shared/schemas/package';
import { fixOxum, makeOfficeKey, payloadOf, resign, sealBag, zipBag, type BagFiles, type SealOptions } from '../../helpers/package-fixtures';
import { ok, openTempCore, type TempCore } from '../../helpers/temp-core';
import { rawBag, rawZip } from './raw-zip';
import { defaultSpec, sampleDataset } from './sample-dataset';

const key = makeOfficeKey();
const ds = sampleDataset(defaultSpec());
const root = 'ledger-320102001-2026-11';
const tag = crypto.randomBytes(4).toString('hex');
const evil = `evil-${tag}.txt`;

const sealed = (over: Parameters<typeof sealBag>[2] = { key }, data = ds): BagFiles => sealBag(data, payloadOf(data), over);
function edit(change: (bag: BagFiles) => void, over?: Parameters<typeof sealBag>[2]): Promise<Buffer> {
  const bag = sealed(over);
  change(bag);
  return zipBag(bag);
}
const valid = (): Map<string, Buffer> => sealed().files;
/** A signed package whose payload file `file` holds `bytes` (everything else as exported). */
const withFile = (file: string, bytes: Buffer, data = ds, over: SealOptions = { key }): Promise<Buffer> =>
  zipBag(sealBag(data, new Map([...payloadOf(data), [file, bytes]]), over));
/** `[{},{},…]` just under 1 MiB (above it, its ratio alone would refuse it): 349,000 records that each fail the schema. */
const JUNK = 349_000;
const junk = (): Buffer => Buffer.from(`[${Array<string>(JUNK).fill('{}').join(',')}]`);
/** The steps with the first one's data nested 170,000 objects deep (JSON.stringify overflows the stack on it). */
const deepSteps = (): Buffer => Buffer.from(JSON.stringify(ds.caseSteps).replace('{"note":"x","n":1}', `${'{"a":'.repeat(170_000)}1${'}'.repeat(170_000)}`));
const unregistered = sampleDataset(defaultSpec({ officeCode: '320102555' }));
const dossierOf = (pdf: string) => ({
  id: 1, caseId: ds.cases[0]?.id ?? 0, committeeId: 1, year: 2026, seq: 1, number: '（2026）调字第001号', openedOn: '2026-11-02', status: 'closed' as const, closedBy: null,
  closedOn: '2026-11-25', retention: null, reopenedOn: null, reopenReason: null, note: null, pdf, createdAt: '2026-11-02T01:00:00.000Z', updatedAt: '2026-11-02T01:00:00.000Z',
});

/** Every hostile package and the code it must be refused with. */
const corpus: [string, string, () => Buffer | Promise<Buffer>][] = [
  ['zip slip ../', 'zipUnsafePath', () => rawBag(root, valid(), [{ name: `${root}/../../${evil}`, data: Buffer.from('x') }])],
  ['absolute path', 'zipUnsafePath', () => rawBag(root, valid(), [{ name: `/tmp/${evil}`, data: Buffer.from('x') }])],
  ['Windows path', 'zipUnsafePath', () => rawBag(root, valid(), [{ name: `C:\\Temp\\${evil}`, data: Buffer.from('x') }])],
  ['symlink entry', 'zipSymlink', () => rawBag(root, valid(), [{ name: `${root}/data/link`, data: Buffer.from('/etc/passwd'), unixMode: 0o120777 }])],
  ['duplicate entry', 'zipDuplicateName', () => rawBag(root, valid(), [{ name: `${root}/DATA/records/cases.json`, data: Buffer.from('[]') }])],
  ['encrypted entry', 'zipEncrypted', () => rawBag(root, valid(), [{ name: `${root}/data/secret.bin`, data: Buffer.from('x'), deflate: true, flags: 1 }])],
  ['zip bomb by ratio', 'zipRatio', () => rawBag(root, valid(), [{ name: `${root}/data/zeros.bin`, data: Buffer.alloc(8 * 1024 * 1024), deflate: true }])],
  ['declared total over 2 GiB', 'zipTooLarge', () => rawZip([1, 2].map((i) => ({ name: `${root}/data/big${i}.bin`, data: Buffer.from('x'), deflate: true, declaredSize: 0x7fffffff })))],
  ['100k tiny entries', 'zipTooManyEntries', () => rawZip(Array.from({ length: 100_000 }, (_, i) => ({ name: `${root}/data/${i}` })))],
  ['size lie', 'zipSizeMismatch', () => rawBag(root, valid(), [{ name: `${root}/data/lie.bin`, data: Buffer.alloc(4000, 1), deflate: true, declaredSize: 100 }])],
  ['not a zip', 'zipNotZip', () => Buffer.from('%PDF-1.7 not a package at all')],
  ['two top folders', 'bagLayout', () => rawBag(root, valid(), [{ name: 'other/readme.txt', data: Buffer.from('x') }])],
  ['bad bagit.txt', 'bagDeclaration', () => edit((b) => { b.files.set('bagit.txt', Buffer.from('BagIt-Version: 9.9\nTag-File-Character-Encoding: UTF-8\n')); resign(b, key); })],
  ['bag-info without period', 'bagInfoInvalid', () => edit(() => undefined, { key, info: { 'Ledger-Period': null } })],
  ['flipped payload byte', 'bagChecksumMismatch', () => edit((b) => { const f = Buffer.from(b.files.get('data/records/cases.json') ?? ''); f.writeUInt8(f.readUInt8(10) ^ 1, 10); b.files.set('data/records/cases.json', f); })],
  ['extra unlisted file', 'bagUnlistedFile', () => edit((b) => { b.files.set('data/extra.txt', Buffer.from('extra')); fixOxum(b, key); })],
  ['missing file', 'bagMissingFile', () => edit((b) => { b.files.delete('data/csv/cases.csv'); fixOxum(b, key); })],
  ['wrong Payload-Oxum', 'bagOxumMismatch', () => edit(() => undefined, { key, info: { 'Payload-Oxum': '12.3' } })],
  ['tag file changed after signing', 'bagTagChecksumMismatch', () => edit((b) => b.files.set('bag-info.txt', Buffer.concat([b.files.get('bag-info.txt') ?? Buffer.alloc(0), Buffer.from('Contact-Name: 某人\n')])))],
  ['no signature', 'signatureMissing', () => edit((b) => b.files.delete('tagmanifest-sha256.txt.sig'))],
  ['bad signature', 'signatureInvalid', () => edit((b) => b.files.set('tagmanifest-sha256.txt.sig', Buffer.from(`${crypto.sign(null, Buffer.from('other'), key.privateKey).toString('base64')}\n`)))],
  ['fingerprint of another key', 'keyFingerprintMismatch', () => edit(() => undefined, { key, info: { 'Ledger-Key-Fingerprint': `SHA256:${'A'.repeat(43)}` } })],
  ['signed by another key', 'keyMismatch', () => buildWith(makeOfficeKey())],
  ['format 2.0', 'formatUnsupported', () => edit(() => undefined, { key, info: { 'Ledger-Format-Version': '2.0' } })],
  ['records not JSON', 'recordsInvalidJson', () => zipBag(sealBag(ds, new Map([...payloadOf(ds), ['data/records/cases.json', Buffer.from('[{"id": 1,')]]), { key }))],
  ['wrong schema', 'recordsSchemaInvalid', () => zipBag(sealed({ key }, { ...ds, cases: ds.cases.map((c, i) => (i === 1 ? { ...c, amountFen: -5 } : c)) }))],
  ['dangling party', 'recordsInconsistent', () => zipBag(sealed({ key }, { ...ds, caseParties: ds.caseParties.map((p, i) => (i === 0 ? { ...p, caseId: 4242 } : p)) }))],
  ['wrong count', 'countMismatch', () => edit(() => undefined, { key, counts: { cases: 7 } })],
  ['tag file over 1 MiB', 'zipTagFileTooLarge', () => rawBag(root, new Map([...valid(), ['bag-info.txt', crypto.randomBytes(1024 * 1024 + 1)]]))],
  ['unregistered key, junk records', 'keyUnregistered', () => withFile('data/records/cases.json', junk(), unregistered)],
  ['junk records, declared count 3', 'countMismatch', () => withFile('data/records/cases.json', junk())],
  ['junk records, declared as many', 'recordsSchemaInvalid', () => withFile('data/records/cases.json', junk(), ds, { key, counts: { cases: JUNK } })],
  ['step data nested 170,000 deep', 'recordsSchemaInvalid', () => withFile('data/records/case-steps.json', deepSteps())],
  ['dossier PDF path of another file', 'recordsInconsistent', () => zipBag(sealed({ key }, { ...ds, dossiers: [dossierOf('data/README.txt')] }))],
  ['office code differs', 'officeMismatch', () => edit(() => undefined, { key, info: { 'Ledger-Office-Code': '320102999' } })],
];

function buildWith(other: ReturnType<typeof makeOfficeKey>): Promise<Buffer> {
  return zipBag(sealBag(ds, payloadOf(ds), { key: other }));
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => !/ledger\.sqlite(-wal|-shm|-journal)?$/.test(f)).sort();
}

describe('hostile packages', () => {
  let core: TempCore;
  const counts = () =>
    ['district_office', 'district_package', 'district_record', 'audit_log'].map(
      (t) => (core.handle.sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n,
    );

  beforeAll(async () => {
    core = openTempCore();
    for (const code of ['320102001', '320102999']) await ok(core, 'district.saveOffice', { code, name: '玄武街道司法所', publicKey: key.publicKey });
  });
  afterAll(() => core.cleanup());

  it('accepts the untouched package (the corpus is built from a valid one)', async () => {
    const zip = await zipBag(sealed());
    const result = await ok<PackageVerifyResult>(core, 'district.verify', { fileName: 'ok.zip', dataBase64: zip.toString('base64') });
    expect(result.problems).toEqual([]);
  });

  it.each(corpus)('%s → %s', async (_name, code, build) => {
    const zip = await build();
    const before = counts();
    const filesBefore = listFiles(core.dir);
    const input = { fileName: 'hostile.zip', dataBase64: zip.toString('base64') };
    const result = await ok<PackageVerifyResult>(core, 'district.verify', input);
    expect(result.valid).toBe(false);
    expect([...new Set(result.problems.map((p) => p.code))]).toEqual(code === 'zipTooLarge' ? ['zipRatio', code] : [code]);
    expect(result.problems.every((p) => p.message.length > 0 && /[\u4e00-\u9fa5]/.test(p.message))).toBe(true);
    const imported = await core.dispatch('district.import', input);
    expect(imported.ok).toBe(false);
    if (!imported.ok) expect(imported.error.code).toBe('VALIDATION_FAILED');
    expect(counts()).toEqual(before);
    expect(listFiles(core.dir)).toEqual(filesBefore);
    for (const dir of [core.dir, path.dirname(core.dir), path.dirname(path.dirname(core.dir)), '/tmp']) {
      expect(fs.existsSync(path.join(dir, evil))).toBe(false);
    }
  }, 30_000);
});
