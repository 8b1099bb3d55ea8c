// Stages the desktop app for electron-builder in release/app: the built main, preload and renderer, and a package.json
// whose only dependency is the native addon, so electron-builder rebuilds better-sqlite3 for Electron there and the
// repository's node_modules (the Node build the tests, CLI and web mode use) is never touched.
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The built files the app is made of, relative to the repository (and to the staged folder). */
export const APP_FILES = ['dist-electron/main.cjs', 'dist-electron/preload.cjs', 'dist/renderer'];

/** The modules better-sqlite3 needs at run time (prebuild-install is needed only to install it). */
const RUNTIME_MODULES = ['better-sqlite3', 'bindings', 'file-uri-to-path'];

interface PackageJson {
  name: string;
  version: string;
  description?: string;
  main: string;
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

/** The staged app's package.json: the root one's identity and version, better-sqlite3 pinned to the tested version. */
export function appPackageJson(rootPackage: PackageJson, betterSqlite3Version: string) {
  return {
    name: rootPackage.name,
    productName: '司法所台账',
    version: rootPackage.version,
    description: rootPackage.description,
    author: { name: '司法所台账', email: 'ledger@localhost' },
    license: 'UNLICENSED',
    private: true,
    main: rootPackage.main,
    dependencies: { 'better-sqlite3': betterSqlite3Version },
  };
}

/**
 * Writes release/app (or `appDir`) from the built files under `builtRoot` (the repository). `copyNodeBuild`: copy the repository's Node-ABI better-sqlite3 in as well —
 * only for the packaged-layout test, which runs the staged app in Node. `npm run dist` installs the dependencies with
 * npm instead, and build/before-pack.cjs rebuilds the addon for Electron and each target arch.
 */
export async function stageApp({ appDir = path.join(root, 'release', 'app'), builtRoot = root, copyNodeBuild = false } = {}): Promise<{
  appDir: string;
  packageJson: ReturnType<typeof appPackageJson>;
}> {
  for (const file of APP_FILES) {
    if (!existsSync(path.join(builtRoot, file))) throw new Error(`${file} is missing: run \`npm run build\` first.`);
  }
  await rm(appDir, { recursive: true, force: true });
  await mkdir(appDir, { recursive: true });
  for (const file of APP_FILES) await cp(path.join(builtRoot, file), path.join(appDir, file), { recursive: true });
  const sqlite = readJson<PackageJson>(path.join(root, 'node_modules', 'better-sqlite3', 'package.json'));
  const pkg = appPackageJson(readJson<PackageJson>(path.join(root, 'package.json')), sqlite.version);
  await writeFile(path.join(appDir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  if (copyNodeBuild) {
    for (const name of RUNTIME_MODULES) {
      // Whole, sources and build leftovers included, as npm leaves them: the files allow-list must keep them out.
      await cp(path.join(root, 'node_modules', name), path.join(appDir, 'node_modules', name), { recursive: true });
    }
  }
  return { appDir, packageJson: pkg };
}
