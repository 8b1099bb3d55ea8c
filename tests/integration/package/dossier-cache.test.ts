// The dossier PDF cache: a re-export takes each closed dossier's PDF from the cache (same bytes), a damaged entry
// is printed again, and the key changes with anything the PDF depends on.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { machineFonts } from '../../../electron/core/documents/fonts';
import type { DossierInput } from '../../../electron/core/documents/pdf/dossier';
import { dossierCacheKey, pruneDossierCache } from '../../../electron/core/package/dossier-pdfs';
import { exportPackage } from '../../../electron/core/package/export';
import { openDemoCore } from '../../helpers/demo-core';
import { makeTempDir, type TempCore } from '../../helpers/temp-core';
import { readZip } from './bag-helpers';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const cacheFiles = (core: TempCore) => {
  const folder = path.join(core.dir, 'cache', 'dossier-pdf');
  return fs.existsSync(folder) ? fs.readdirSync(folder).sort().map((n) => path.join(folder, n)) : [];
};

describe('dossier PDF cache', () => {
  it('a second export reuses every cached dossier PDF, and a damaged entry is printed again', async () => {
    const core = openDemoCore('2026-11-27T02:00:00.000Z');
    const out = makeTempDir('ledger-cache-');
    cleanups.push(() => core.cleanup(), () => fs.rmSync(out, { recursive: true, force: true }));
    const base = { read: core.handle.db, dataDir: core.dir, period: '2026-08', appVersion: '0.0.0-test', now: '2026-11-27T02:00:00.000Z', today: '2026-11-27' };
    const a = await exportPackage({ ...base, out: path.join(out, 'a.zip') });
    const files = cacheFiles(core);
    expect(files).toHaveLength(a.dossierPdfs);
    const before = files.map((f) => fs.readFileSync(f));
    // A write cut off half-way (a crash before the rename cannot leave this, but a damaged disk can).
    fs.writeFileSync(files[0]!, before[0]!.subarray(0, before[0]!.length >> 1));
    const b = await exportPackage({ ...base, out: path.join(out, 'b.zip') });
    expect(cacheFiles(core)).toEqual(files);
    expect(fs.readFileSync(files[0]!).equals(before[0]!)).toBe(true);
    const [x, y] = [readZip(a.path), readZip(b.path)];
    for (const name of [...x.keys()].filter((n) => n.includes('/data/'))) expect(y.get(name)!.equals(x.get(name)!), name).toBe(true);
  }, 120_000);

  it('keys differ when a form, a scan, the printing day, the fonts or the version differ', () => {
    const form = { title: '人民调解协议书', blocks: [] };
    const input = (text: string, scan: string): DossierInput =>
      ({
        number: '（2026）玄武门调字第001号',
        title: '张三与李四邻里纠纷',
        cover: form,
        parts: [{ part: 'agreement', label: '协议书', docs: [{ ...form, kicker: text }], scans: [{ name: 'a.pdf', mime: 'application/pdf', data: Buffer.from(scan) }] }],
        backCover: form,
      }) as unknown as DossierInput;
    const fonts = machineFonts(false);
    const key = dossierCacheKey(input('甲', 'scan-1'), '2026-10-31', fonts, '1.0.0');
    expect(dossierCacheKey(input('甲', 'scan-1'), '2026-10-31', fonts, '1.0.0')).toBe(key);
    const others = [
      dossierCacheKey(input('乙', 'scan-1'), '2026-10-31', fonts, '1.0.0'),
      dossierCacheKey(input('甲', 'scan-2'), '2026-10-31', fonts, '1.0.0'),
      dossierCacheKey(input('甲', 'scan-1'), '2026-11-01', fonts, '1.0.0'),
      dossierCacheKey(input('甲', 'scan-1'), '2026-10-31', { ...fonts, fangSong: { path: '/usr/share/fonts/simfang.ttf' } }, '1.0.0'),
      dossierCacheKey(input('甲', 'scan-1'), '2026-10-31', fonts, '1.0.1'),
    ];
    expect(new Set([key, ...others]).size).toBe(6);
  });

  it('prunes entries not used for the given number of days', () => {
    const dir = makeTempDir('ledger-cache-prune-');
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const folder = path.join(dir, 'cache', 'dossier-pdf');
    fs.mkdirSync(folder, { recursive: true });
    const [old, fresh] = [path.join(folder, 'old.pdf'), path.join(folder, 'fresh.pdf')];
    fs.writeFileSync(old, '%PDF-1.7');
    fs.writeFileSync(fresh, '%PDF-1.7');
    const longAgo = new Date(Date.now() - 200 * 86_400_000);
    fs.utimesSync(old, longAgo, longAgo);
    pruneDossierCache(dir);
    expect(fs.existsSync(old)).toBe(false);
    expect(fs.existsSync(fresh)).toBe(true);
  });
});
