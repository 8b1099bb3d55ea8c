// The bag inside the zip: layout, manifests and Payload-Oxum recomputed here, the signature, and no file under the final name on cancel or failure.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { officeKey } from '../../../electron/core/package/keys';
import { writePackage, type WriteInput } from '../../../electron/core/package/write-package';
import { packageEntities, packageEntityNames } from '../../../electron/shared/package/records';
import { manifestOf, readZip, sha256, smallDataset } from './bag-helpers';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function setup(overrides: Partial<WriteInput> = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-bag-'));
  dirs.push(dir);
  const key = officeKey(dir);
  const input: WriteInput = {
    file: path.join(dir, 'out', 'ledger-110101001-2026-03.zip'),
    dataset: smallDataset(),
    report: async () => ({ json: Buffer.from('{"r":1}\n'), xlsx: Buffer.from('PK fake xlsx'), pdf: Buffer.from('%PDF-1.7 fake') }),
    dossiers: [1, 3],
    renderDossier: async (caseId) => Buffer.from(`%PDF-1.7 dossier ${caseId}`),
    facts: {
      name: 'ledger-110101001-2026-03',
      office: { code: '110101001', name: '城关司法所', address: '城关路1号', head: '王所长', phone: '010-1234' },
      period: { code: '2026-03', start: '2026-03-01', end: '2026-03-31', label: '2026年3月' },
      appVersion: '9.9.9',
      now: '2026-04-10T02:00:00.000Z',
      today: '2026-04-10',
      publicKey: key.publicKey,
      fingerprint: key.fingerprint,
    },
    key: key.privateKey,
    ...overrides,
  };
  fs.mkdirSync(path.dirname(input.file), { recursive: true });
  return { dir, key, input };
}

const folderFiles = (file: string) => fs.readdirSync(path.dirname(file));

describe('package bag (BagIt 1.0 in a zip)', () => {
  it('holds one top folder with the tag files and a payload whose manifests, Oxum and signature check out', async () => {
    const { input, key } = setup();
    const result = await writePackage(input);
    expect(folderFiles(input.file)).toEqual(['ledger-110101001-2026-03.zip']);
    const zipBytes = fs.readFileSync(input.file);
    expect(result.sha256).toBe(sha256(zipBytes));
    expect(result.size).toBe(zipBytes.length);
    const entries = readZip(input.file);
    const top = 'ledger-110101001-2026-03/';
    const names = [...entries.keys()];
    expect(names.every((n) => n.startsWith(top) && /^[\x21-\x7e]+$/.test(n))).toBe(true);
    const file = (p: string) => entries.get(top + p)!;
    expect(file('bagit.txt').toString()).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    // The payload: every file under data/, each listed once with its hash, sorted by path.
    const payload = names.filter((n) => n.startsWith(`${top}data/`)).map((n) => n.slice(top.length)).sort();
    const manifestText = file('manifest-sha256.txt').toString();
    expect([...manifestOf(manifestText).keys()]).toEqual(payload);
    for (const p of payload) expect(manifestOf(manifestText).get(p)).toBe(sha256(file(p)));
    expect(payload).toEqual(
      expect.arrayContaining([
        ...packageEntityNames.flatMap((e) => {
          const s = packageEntities[e].stem;
          return [`data/records/${s}.json`, `data/csv/${s}.csv`, `data/schemas/${s}.schema.json`];
        }),
        'data/report/report.json', 'data/report/report.xlsx', 'data/report/report.pdf', 'data/dossiers/case-1.pdf', 'data/dossiers/case-3.pdf', 'data/README.txt',
      ]),
    );
    expect(payload).toHaveLength(packageEntityNames.length * 3 + 3 + 2 + 1);
    // bag-info: Payload-Oxum counted here; our fields.
    const info = Object.fromEntries(file('bag-info.txt').toString().trimEnd().split('\n').map((l) => l.split(/: (.*)/s).slice(0, 2)));
    const octets = payload.reduce((n, p) => n + file(p).length, 0);
    expect(info['Payload-Oxum']).toBe(`${octets}.${payload.length}`);
    expect(info).toMatchObject({
      'Source-Organization': '城关司法所', 'External-Identifier': 'ledger-110101001-2026-03', 'Bagging-Date': '2026-04-10', 'Bag-Software-Agent': '司法所台账 9.9.9',
      'Ledger-Format-Version': '1.0', 'Ledger-Office-Code': '110101001', 'Ledger-Period': '2026-03', 'Ledger-Period-Start': '2026-03-01', 'Ledger-Period-End': '2026-03-31',
      'Ledger-Export-Instant': '2026-04-10T02:00:00.000Z', 'Ledger-Key-Fingerprint': key.fingerprint, 'Ledger-Records-cases': '2', 'Ledger-Records-dossiers': '2', 'Ledger-Dossier-PDFs': '2',
    });
    // The tag manifest lists the four tag files (not itself, not the signature).
    const tagmanifest = file('tagmanifest-sha256.txt');
    const tags = manifestOf(tagmanifest.toString());
    expect([...tags.keys()]).toEqual(['bag-info.txt', 'bagit.txt', 'ledger-signing-key.pub', 'manifest-sha256.txt']);
    for (const [p, h] of tags) expect(sha256(file(p))).toBe(h);
    expect(names.filter((n) => !n.startsWith(`${top}data/`)).map((n) => n.slice(top.length)).sort()).toEqual(
      ['bag-info.txt', 'bagit.txt', 'ledger-signing-key.pub', 'manifest-sha256.txt', 'tagmanifest-sha256.txt', 'tagmanifest-sha256.txt.sig'],
    );
    // The signature: verified with the shipped raw key; one changed tag byte fails it.
    const raw = file('ledger-signing-key.pub').toString().trim();
    expect(raw).toBe(key.publicKey);
    const pub = crypto.createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw, 'base64').toString('base64url') }, format: 'jwk' });
    const sig = Buffer.from(file('tagmanifest-sha256.txt.sig').toString().trim(), 'base64');
    expect(crypto.verify(null, tagmanifest, pub, sig)).toBe(true);
    const tampered = Buffer.from(tagmanifest);
    tampered[5] = tampered[5]! ^ 0x01;
    expect(crypto.verify(null, tampered, pub, sig)).toBe(false);
    // Records: one per line, keys in schema order, sorted as given; dossier pdf paths set.
    const cases = file('data/records/cases.json').toString().split('\n');
    expect(cases[0]).toBe('[');
    expect(Object.keys(JSON.parse(cases[1]!.replace(/,$/, '')) as object)).toEqual(Object.keys(packageEntities.cases.schema.shape));
    const dossiers = JSON.parse(file('data/records/dossiers.json').toString()) as { pdf: string }[];
    expect(dossiers.map((d) => d.pdf)).toEqual(['data/dossiers/case-1.pdf', 'data/dossiers/case-3.pdf']);
    expect(file('data/records/investigations.json').toString()).toBe('[]\n');
    const schema = JSON.parse(file('data/schemas/cases.schema.json').toString()) as { $schema: string; type: string };
    expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'array' });
  });

  it('writes the same payload bytes for the same data on another day, and only the tag files differ', async () => {
    const a = setup();
    await writePackage(a.input);
    const b = setup({ key: a.key.privateKey });
    await writePackage({ ...b.input, facts: { ...a.input.facts, now: '2027-01-02T08:00:00.000Z', today: '2027-01-02', appVersion: '9.9.10' } });
    const [x, y] = [readZip(a.input.file), readZip(b.input.file)];
    expect([...y.keys()]).toEqual([...x.keys()]);
    for (const [name, data] of x) if (name.includes('/data/')) expect(y.get(name)!.equals(data), name).toBe(true);
    expect(y.get('ledger-110101001-2026-03/manifest-sha256.txt')!.equals(x.get('ledger-110101001-2026-03/manifest-sha256.txt')!)).toBe(true);
    expect(y.get('ledger-110101001-2026-03/bag-info.txt')!.equals(x.get('ledger-110101001-2026-03/bag-info.txt')!)).toBe(false);
  });

  it('leaves no file under the final name, and no temp file, when cancelled', async () => {
    const controller = new AbortController();
    const { input } = setup({
      renderDossier: async (caseId) => {
        controller.abort();
        return Buffer.from(`%PDF ${caseId}`);
      },
      signal: controller.signal,
    });
    await expect(writePackage(input)).rejects.toThrow();
    expect(folderFiles(input.file)).toEqual([]);
  });

  it('leaves no file under the final name, and no temp file, when a write fails half-way', async () => {
    const { input } = setup({
      renderDossier: async (caseId) => {
        if (caseId === 3) throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
        return Buffer.alloc(256 * 1024, 1);
      },
    });
    await expect(writePackage(input)).rejects.toThrow('disk full');
    expect(folderFiles(input.file)).toEqual([]);
  });

  it('leaves the previous package in place when a new export of the same period fails', async () => {
    const { input } = setup();
    await writePackage(input);
    const before = fs.readFileSync(input.file);
    await expect(writePackage({ ...input, renderDossier: async () => Promise.reject(new Error('render failed')) })).rejects.toThrow('render failed');
    expect(folderFiles(input.file)).toEqual(['ledger-110101001-2026-03.zip']);
    expect(fs.readFileSync(input.file).equals(before)).toBe(true);
  });
});
