// Bench child: one export or import in a fresh process, so its peak RSS is the backend's own (printed as JSON).
// Bundled to CommonJS like the app's main process, so it finds its files as the desktop app does: by path.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openCore } from '../electron/core';
import { importPackage } from '../electron/core/district/import';
import { setBundledFontFolder } from '../electron/core/documents/fonts';
import { exportPackage } from '../electron/core/package/export';

async function main(): Promise<Record<string, unknown>> {
  const [mode, dbPath, ...rest] = process.argv.slice(2);
  setBundledFontFolder(path.resolve('node_modules/@expo-google-fonts/noto-serif-sc'));
  const core = openCore({ dbPath: dbPath!, migrationsFolder: path.resolve('drizzle/migrations'), actor: 'bench', appVersion: 'bench', clock: () => new Date('2026-11-27T02:00:00Z') });
  const t0 = performance.now();
  let detail: Record<string, unknown> = {};
  if (mode === 'export') {
    const [period, out, dataOnly, again] = rest;
    const exportOnce = () => exportPackage({
      read: core.handle.db,
      dataDir: path.dirname(dbPath!),
      period: period!,
      now: '2026-11-27T02:00:00.000Z',
      today: '2026-11-27',
      appVersion: 'bench',
      out,
      dataOnly: dataOnly === 'data-only',
    });
    let r = await exportOnce();
    // 'again': export three more times in the same process, as the app does (fonts parsed, code warm); time those.
    if (again === 'again') {
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t1 = performance.now();
        r = await exportOnce();
        times.push(performance.now() - t1);
      }
      detail = { again: times };
    }
    detail = { ...detail, size: r.size, counts: r.counts, dossierPdfs: r.dossierPdfs };
  } else if (mode === 'import') {
    const data = fs.readFileSync(rest[0]!);
    const r = await core.runAsync('district.import', (call) => importPackage(call, data, path.basename(rest[0]!)));
    detail = { outcome: r.outcome, valid: r.verify.valid, problems: r.verify.problems.slice(0, 3) };
  }
  // mode 'noop': the same process doing nothing after opening the core, the baseline the peaks are compared with.
  const ms = performance.now() - t0;
  core.close();
  return { ms, maxRssMb: process.resourceUsage().maxRSS / 1024, ...detail };
}

main().then(
  (out) => process.stdout.write(JSON.stringify(out)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
