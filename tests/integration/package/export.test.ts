// Exporting the demo office's month: refusal while 三统一 differs, byte-identical payload on re-export, the job, its record and audit row.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAuditWriter } from '../../../electron/core/audit';
import { changedDuringExport, exportPackage } from '../../../electron/core/package/export';
import type { PackageExport, PackageJob } from '../../../electron/shared/schemas/package';
import { openDemoCore } from '../../helpers/demo-core';
import { makeTempDir, ok, type TempCore } from '../../helpers/temp-core';
import { readZip, sha256, unzipTo } from './bag-helpers';

const cores: TempCore[] = [];
const open = () => {
  const core = openDemoCore('2026-11-27T02:00:00.000Z');
  cores.push(core);
  return core;
};
afterEach(() => cores.splice(0).forEach((c) => c.cleanup()));

async function waitFor(core: TempCore, job: PackageJob): Promise<PackageJob> {
  for (let i = 0; i < 600; i++) {
    const now = await ok<PackageJob>(core, 'package.exportStatus', { jobId: job.jobId });
    if (now.state !== 'running') return now;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('export did not finish');
}

describe('package export of the demo office', () => {
  it('is refused with the differing cases named while 三统一 does not agree', async () => {
    const core = open();
    const pre = await ok<{ ready: boolean; threeCounts: { agree: boolean; differences: { number: string | null; title: string }[] } }>(core, 'package.preflight', { period: '2026-09' });
    expect(pre.ready).toBe(false);
    expect(pre.threeCounts.agree).toBe(false);
    const result = await core.dispatch('package.exportStart', { period: '2026-09' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION_FAILED');
    expect(result.error.message).toContain('三统一不一致');
    for (const d of pre.threeCounts.differences) expect(result.error.message).toContain(d.title);
    expect(fs.existsSync(path.join(core.dir, 'exports', '上报'))).toBe(false);
  });

  it('writes the same payload bytes when the same month is exported again on another day', async () => {
    const core = open();
    const out = makeTempDir('ledger-export-');
    const base = { read: core.handle.db, dataDir: core.dir, period: '2026-08', appVersion: '0.0.0-test' };
    const a = await exportPackage({ ...base, now: '2026-11-27T02:00:00.000Z', today: '2026-11-27', out: path.join(out, 'a.zip') });
    // Print every dossier again rather than take it from the cache: the rendering itself must be deterministic.
    fs.rmSync(path.join(core.dir, 'cache'), { recursive: true, force: true });
    const b = await exportPackage({ ...base, now: '2027-03-04T09:30:00.000Z', today: '2027-03-04', out: path.join(out, 'b.zip') });
    expect(a.dossierPdfs).toBeGreaterThan(0);
    const [x, y] = [readZip(a.path), readZip(b.path)];
    const data = [...x.keys()].filter((n) => n.includes('/data/'));
    expect(data).toContain(`${a.bagName}/data/report/report.pdf`);
    expect([...y.keys()]).toEqual([...x.keys()]);
    expect(data.filter((name) => !y.get(name)!.equals(x.get(name)!))).toEqual([]);
    const pdfs = data.filter((n) => n.includes('/data/dossiers/'));
    expect(pdfs).toHaveLength(a.dossierPdfs);
    for (const n of pdfs) expect(x.get(n)!.subarray(0, 5).toString()).toBe('%PDF-');
    fs.rmSync(out, { recursive: true, force: true });
  }, 120_000);

  it('runs as a job, records the export with its sha256 and actor, audits it, and serves the file', async () => {
    const core = open();
    const job = await ok<PackageJob>(core, 'package.exportStart', { period: '2026-08' });
    expect(job.state).toBe('running');
    const second = await core.dispatch('package.exportStart', { period: '2026-07' });
    expect(second.ok ? null : second.error.code).toBe('CONFLICT');
    const done = await waitFor(core, job);
    expect(done).toMatchObject({ state: 'done', error: null });
    const { items } = await ok<{ items: PackageExport[] }>(core, 'package.exports', {});
    expect(items).toHaveLength(1);
    const row = items[0]!;
    expect(row).toMatchObject({ id: done.exportId, period: '2026-08', present: true, actor: 'tester', formatVersion: '1.0' });
    expect(row.path).toBe(path.join(core.dir, 'exports', '上报', row.fileName));
    expect(sha256(fs.readFileSync(row.path))).toBe(row.sha256);
    expect(fs.readdirSync(path.dirname(row.path))).toEqual([row.fileName]);
    const file = await ok<{ fileName: string; dataBase64: string }>(core, 'package.download', { id: row.id });
    expect(sha256(Buffer.from(file.dataBase64, 'base64'))).toBe(row.sha256);
    const audit = core.handle.sqlite.prepare(`select actor, "after" from audit_log where entity = 'package'`).all() as { actor: string; after: string }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.after)).toMatchObject({ period: '2026-08', fileName: row.fileName, sha256: row.sha256 });
    const key = await ok<{ fingerprint: string }>(core, 'package.key', {});
    expect(row.keyFingerprint).toBe(key.fingerprint);
    fs.rmSync(row.path);
    expect((await ok<{ items: PackageExport[] }>(core, 'package.exports', {})).items[0]!.present).toBe(false);
    const gone = await core.dispatch('package.download', { id: row.id });
    expect(gone.ok ? null : gone.error.code).toBe('NOT_FOUND');
  }, 120_000);

  it('fails, leaving no file, when the register changes while it runs', async () => {
    const core = open();
    const out = makeTempDir('ledger-export-change-');
    const file = path.join(out, 'p.zip');
    let changed = false;
    const run = exportPackage({
      read: core.handle.db,
      dataDir: core.dir,
      period: '2026-08',
      appVersion: '0.0.0-test',
      now: '2026-11-27T02:00:00.000Z',
      today: '2026-11-27',
      out: file,
      onProgress: (stage) => {
        if (changed || !stage.includes('卷宗')) return;
        changed = true;
        // Someone saves a record in the app between two dossiers of the export.
        void core.dispatch('prevention.save', { month: '2026-08', criminalCases: 1, criminalPersons: 2, petitionCases: 0, petitionPersons: 0, suicideCases: 0, suicidePersons: 0, fights: 0, preventedDisputes: 0 });
      },
    });
    await expect(run).rejects.toMatchObject({ code: 'CONFLICT', message: changedDuringExport });
    expect(changed).toBe(true);
    expect(fs.readdirSync(out)).toEqual([]);
    fs.rmSync(out, { recursive: true, force: true });
  }, 120_000);

  it('a printing (an audited read) during the export does not count as a change', async () => {
    const core = open();
    const out = makeTempDir('ledger-export-read-');
    let printed = false;
    const r = await exportPackage({
      read: core.handle.db,
      dataDir: core.dir,
      period: '2026-08',
      appVersion: '0.0.0-test',
      now: '2026-11-27T02:00:00.000Z',
      today: '2026-11-27',
      out: path.join(out, 'p.zip'),
      onProgress: (stage) => {
        if (printed || !stage.includes('卷宗')) return;
        printed = true;
        // The audit row a print writes (document.render is a query: reading, not changing, the register).
        const audit = createAuditWriter(core.handle.db, { at: '2026-11-27T02:00:01.000Z', actor: 'tester', method: 'document.render' });
        core.handle.sqlite.transaction(() => audit({ entity: 'document', entityId: 1, before: null, after: { form: 'agreement' } }))();
      },
    });
    expect(printed).toBe(true);
    expect(fs.existsSync(r.path)).toBe(true);
    fs.rmSync(out, { recursive: true, force: true });
  }, 120_000);

  it('an export replaced by a later one of the same period is no longer offered for download', async () => {
    const core = open();
    const first = await waitFor(core, await ok<PackageJob>(core, 'package.exportStart', { period: '2026-08' }));
    const second = await waitFor(core, await ok<PackageJob>(core, 'package.exportStart', { period: '2026-08' }));
    const { items } = await ok<{ items: PackageExport[] }>(core, 'package.exports', {});
    const byId = new Map(items.map((i) => [i.id, i]));
    expect(byId.get(second.exportId!)!.present).toBe(true);
    expect(byId.get(first.exportId!)!.present).toBe(false);
    const old = await core.dispatch('package.download', { id: first.exportId });
    expect(old.ok ? null : old.error.code).toBe('NOT_FOUND');
    expect((await core.dispatch('package.download', { id: second.exportId })).ok).toBe(true);
  }, 120_000);

  it('leaves no package and no record when the job is cancelled', async () => {
    const core = open();
    const job = await ok<PackageJob>(core, 'package.exportStart', { period: '2026-08' });
    await ok(core, 'package.exportCancel', { jobId: job.jobId });
    expect((await waitFor(core, job)).state).toBe('cancelled');
    const folder = path.join(core.dir, 'exports', '上报');
    expect(fs.existsSync(folder) ? fs.readdirSync(folder) : []).toEqual([]);
    expect((await ok<{ items: unknown[] }>(core, 'package.exports', {})).items).toEqual([]);
  }, 60_000);
});

// bagit-python is not installed in CI: this runs only where BAGIT_PY names a runner of the LoC's bagit.py.
const bagitPy = process.env.BAGIT_PY;
describe.skipIf(!bagitPy)('package validates with bagit-python (skipped unless BAGIT_PY points at a bagit.py runner)', () => {
  it('bagit.py --validate accepts an exported month', async () => {
    const core = open();
    const out = makeTempDir('ledger-bagit-');
    const r = await exportPackage({ read: core.handle.db, dataDir: core.dir, period: '2026-08', appVersion: '0.0.0-test', now: '2026-11-27T02:00:00.000Z', today: '2026-11-27', out: path.join(out, 'p.zip') });
    unzipTo(r.path, path.join(out, 'bag'));
    const bag = path.join(out, 'bag', r.bagName);
    // bagit.py logs to stderr and exits non-zero (execFileSync throws) when the bag is invalid.
    const run = spawnSync('python3', [bagitPy!, '--validate', bag], { encoding: 'utf8' });
    const verdict = run.stderr.trim().split('\n').at(-1) ?? '';
    console.log(`bagit-python: ${verdict}`);
    expect(run.status).toBe(0);
    expect(verdict).toMatch(/ is valid$/);
    fs.rmSync(out, { recursive: true, force: true });
  }, 120_000);
});
