// Bundles the Electron main process and the preload into dist-electron/*.cjs with esbuild.
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Release builds carry no source maps; `--dev` adds linked maps for local debugging.
const dev = process.argv.includes('--dev');
// `--out=<folder>` lets tests bundle somewhere else; the app itself always uses dist-electron.
const outDir = path.resolve(root, process.argv.find((a) => a.startsWith('--out='))?.slice('--out='.length) || 'dist-electron');
const electronVersion = JSON.parse(
  await readFile(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // esbuild has no electron targets; every Electron this app supports (≥35) ships Node ≥22.
  target: 'node22',
  sourcemap: dev ? 'linked' : false,
  minify: false,
  legalComments: 'none',
  logLevel: 'info',
  absWorkingDir: root,
  define: { 'process.env.NODE_ENV': JSON.stringify(dev ? 'development' : 'production') },
};

// Stale maps from an earlier --dev build must not ship with a release build.
await rm(outDir, { recursive: true, force: true });

const [, preload] = await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main/index.ts'],
    outfile: path.join(outDir, 'main.cjs'),
    // The native addon must be required at run time, never inlined.
    external: ['electron', 'better-sqlite3'],
  }),
  build({
    ...common,
    entryPoints: ['electron/preload/index.ts'],
    outfile: path.join(outDir, 'preload.cjs'),
    external: ['electron'],
    metafile: true,
  }),
]);

// A sandboxed preload cannot require Node modules; esbuild would leave `node:*` imports external
// and the window would fail only at run time, so refuse them here.
const preloadImports = Object.values(preload.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
const forbidden = preloadImports.filter((p) => p !== 'electron');
if (forbidden.length > 0) {
  console.error(`The sandboxed preload may import only 'electron', not: ${forbidden.join(', ')}`);
  process.exit(1);
}

console.log(`${path.relative(root, outDir)} built for Electron ${electronVersion} (${dev ? 'development, with source maps' : 'production'}).`);
