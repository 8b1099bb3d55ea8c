// Two processes open dossiers on the SAME database file at once: every number distinct, the sequence 1…n without gaps.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceMigrationsFolder } from '../../electron/core/resources';
import { makeTempDir, openTempCore, type TempCore } from '../helpers/temp-core';
import { dossierFixtures } from './dossier-fixtures';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PER_CHILD = 15;

let dir: string;
let bundle: string;
beforeAll(async () => {
  dir = makeTempDir('ledger-dossier-concurrency-');
  bundle = path.join(dir, 'dossier-child.cjs');
  await build({
    entryPoints: [path.join(root, 'tests', 'integration', 'dossier-child.ts')],
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['better-sqlite3'], outfile: bundle, logLevel: 'error',
  });
});

let core: TempCore | undefined;
afterAll(() => core?.cleanup());

function runChild(config: object): Promise<{ caseId: number; ok: boolean; error?: unknown }[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, JSON.stringify(config)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => void (out += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => void (err += chunk.toString('utf8')));
    child.on('close', (code) => {
      if (code !== 0 || out.startsWith('ERROR')) reject(new Error(`child failed (${code}): ${out} ${err}`));
      else resolve(JSON.parse(out) as { caseId: number; ok: boolean }[]);
    });
  });
}

describe('dossier.open from two processes at once', () => {
  it('gives distinct, consecutive numbers', async () => {
    core = openTempCore({ dir });
    const f = dossierFixtures(core);
    const town = f.committee('城关街道人民调解委员会');
    const ids: number[] = [];
    for (let i = 0; i < PER_CHILD * 2; i += 1) {
      const id = await f.intake(town, '2026-11-02');
      await f.accept(id, '2026-11-02');
      ids.push(id);
    }
    const startAt = Date.now() + 1500;
    const common = { dbPath: path.join(dir, 'ledger.sqlite'), migrationsFolder: sourceMigrationsFolder, startAt };
    // Interleaved halves, so both children work on the same committee's counter throughout.
    const results = await Promise.all([
      runChild({ ...common, caseIds: ids.filter((_, i) => i % 2 === 0) }),
      runChild({ ...common, caseIds: ids.filter((_, i) => i % 2 === 1) }),
    ]);
    expect(results.flat().filter((r) => !r.ok)).toEqual([]);
    const rows = core.handle.sqlite.prepare('SELECT seq, number FROM dossier ORDER BY seq').all() as { seq: number; number: string }[];
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: PER_CHILD * 2 }, (_, i) => i + 1));
    expect(new Set(rows.map((r) => r.number)).size).toBe(PER_CHILD * 2);
    expect(rows.at(-1)?.number).toBe(`（2026）城关调字第0${PER_CHILD * 2}号`);
    expect(core.handle.sqlite.prepare('SELECT last_seq FROM dossier_counter').pluck().get()).toBe(PER_CHILD * 2);
  }, 60_000);
});
