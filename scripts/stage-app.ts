// Stages the desktop app for electron-builder in release/app: the built main, preload and renderer, a package.json whose
// only dependency is better-sqlite3, and node_modules holding just what that addon loads at run time. The beforePack
// hook (build/before-pack.cjs) rebuilds the addon for Electron there, so the repository's node_modules — the Node
// build the tests, the CLI and web mode use — is never touched.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The built files the app is made of, relative to the repository (and to the staged folder). */
export const APP_FILES = ['dist-electron/main.cjs', 'dist-electron/preload.cjs', 'dist/renderer'];

/**
 * What better-sqlite3 loads at run time. Its other dependency, prebuild-install (with some 35 packages under it), only
 * installs it: it is pruned from the staged node_modules, and @electron/rebuild finds the repository's copy to run.
 */
export const RUNTIME_MODULES = ['better-sqlite3', 'bindings', 'file-uri-to-path'];

interface PackageJson {
  name: string;
  version: string;
  description?: string;
  main: string;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;
const { productName } = createRequire(import.meta.url)('../build/electron-builder.config.cjs') as { productName: string };

/** The staged app's package.json: the root one's identity and version, better-sqlite3 pinned to the tested version. */
export function appPackageJson(rootPackage: PackageJson, betterSqlite3Version: string) {
  return {
    name: rootPackage.name,
    productName,
    version: rootPackage.version,
    description: rootPackage.description,
    author: { name: productName, email: 'ledger@localhost' },
    license: 'UNLICENSED',
    private: true,
    main: rootPackage.main,
    dependencies: { 'better-sqlite3': betterSqlite3Version },
  };
}

/** npm's own CLI script, run with this Node (no shell: on Windows a shell splits C:\Program Files\nodejs\node.exe). */
export function npmCli(): string {
  const candidates = [
    process.env.npm_execpath,
    path.join(path.dirname(process.execPath), 'node_modules', 'npm', 'bin', 'npm-cli.js'),
    path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'bin', 'npm-cli.js'),
  ];
  const found = candidates.find((file) => file && /npm-cli\.js$/.test(file) && existsSync(file));
  if (!found) throw new Error('npm not found: run this through `npm run dist`.');
  return found;
}

/** Runs `npm <args>` in `cwd`; throws with npm's exit code. */
export function npm(args: string[], cwd: string): void {
  console.log(`> npm ${args.join(' ')}  (in ${path.relative(root, cwd) || '.'})`);
  const result = spawnSync(process.execPath, [npmCli(), ...args], { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm ${args[0]} failed (exit ${result.status ?? result.signal})`);
}

/**
 * Writes release/app (or `appDir`) from the built files under `builtRoot` (the repository) and installs better-sqlite3
 * there from the registry without its install script (the beforePack hook builds it for Electron), keeping only
 * RUNTIME_MODULES. `nodeAddonFrom`: a better_sqlite3.node to put in place instead — the packaged-layout test's Node
 * build, so it can run the packed app in Node.
 */
export async function stageApp({
  appDir = path.join(root, 'release', 'app'),
  builtRoot = root,
  nodeAddonFrom,
}: { appDir?: string; builtRoot?: string; nodeAddonFrom?: string } = {}): Promise<{ appDir: string; packageJson: ReturnType<typeof appPackageJson> }> {
  for (const file of APP_FILES) {
    if (!existsSync(path.join(builtRoot, file))) throw new Error(`${file} is missing: run \`npm run build\` first.`);
  }
  await rm(appDir, { recursive: true, force: true });
  await mkdir(appDir, { recursive: true });
  for (const file of APP_FILES) await cp(path.join(builtRoot, file), path.join(appDir, file), { recursive: true });
  const sqlite = readJson<PackageJson>(path.join(root, 'node_modules', 'better-sqlite3', 'package.json'));
  const pkg = appPackageJson(readJson<PackageJson>(path.join(root, 'package.json')), sqlite.version);
  await writeFile(path.join(appDir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);

  // The lockfile stays: it pins what was installed, and it marks release/app as a project root for @electron/rebuild.
  npm(['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], appDir);
  const modules = path.join(appDir, 'node_modules');
  for (const entry of await readdir(modules)) {
    if (!RUNTIME_MODULES.includes(entry)) await rm(path.join(modules, entry), { recursive: true, force: true });
  }
  if (nodeAddonFrom) {
    const release = path.join(modules, 'better-sqlite3', 'build', 'Release');
    await mkdir(release, { recursive: true });
    await copyFile(nodeAddonFrom, path.join(release, 'better_sqlite3.node'));
  }
  return { appDir, packageJson: pkg };
}
