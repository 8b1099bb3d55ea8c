// The beforePack hook rebuilds better-sqlite3 in the staged app and nowhere else. electron-builder's own rebuild
// searched up to the repository and deleted the Node build of node_modules/better-sqlite3 during an offline
// `npm run dist` here; this runs the real hook (and @electron/rebuild) on a temp tree with a decoy in that place.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const root = path.join(import.meta.dirname, '..', '..');

/** The part of electron-builder's BeforePackContext the hook reads. */
interface PackContext {
  electronPlatformName: string;
  arch: number;
  packager: { info: { appDir: string }; config: { electronVersion: string } };
}
interface Hook {
  (context: PackContext): Promise<void>;
  rebuildOptions(context: PackContext): Record<string, unknown>;
}
const hook = require(path.join(root, 'build', 'before-pack.cjs')) as Hook;
const ARCH: Record<string, number> = { x64: 1, arm64: 3 };
const context = (appDir: string, platform: string = process.platform, arch: string = process.arch): PackContext => ({
  electronPlatformName: platform,
  arch: ARCH[arch]!,
  packager: { info: { appDir }, config: { electronVersion } },
});
const { describeAddon } = require(path.join(root, 'build', 'after-pack.cjs')) as { describeAddon(bytes: Buffer): { abi?: string; arch?: string } };

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-beforebuild-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const electronVersion = (require('electron/package.json') as { version: string }).version;
const electronAbi = fs.readFileSync(path.join(root, 'node_modules', 'electron', 'abi_version'), 'utf8').trim();
const source = path.join(root, 'node_modules', 'better-sqlite3');
const sha256 = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A copy of better-sqlite3 as @electron/rebuild sees a native module: package.json, binding.gyp, lib/ and the addon. */
function copyModule(dir: string): string {
  const dest = path.join(dir, 'node_modules', 'better-sqlite3');
  fs.mkdirSync(path.join(dest, 'build', 'Release'), { recursive: true });
  for (const f of ['package.json', 'binding.gyp']) fs.copyFileSync(path.join(source, f), path.join(dest, f));
  fs.cpSync(path.join(source, 'lib'), path.join(dest, 'lib'), { recursive: true });
  fs.copyFileSync(path.join(source, 'build', 'Release', 'better_sqlite3.node'), path.join(dest, 'build', 'Release', 'better_sqlite3.node'));
  return path.join(dest, 'build', 'Release', 'better_sqlite3.node');
}

describe('the beforePack hook', () => {
  it('asks @electron/rebuild for better-sqlite3 only, searched in the staged app only, for the target platform and arch', () => {
    expect(hook.rebuildOptions(context('/repo/release/app', 'win32', 'arm64'))).toEqual({
      buildPath: '/repo/release/app',
      projectRootPath: '/repo/release/app',
      electronVersion,
      platform: 'win32',
      arch: 'arm64',
      onlyModules: ['better-sqlite3'],
      force: true,
      buildFromSource: false,
      mode: 'sequential',
    });
  });

  it('never touches the repository’s Node build above the staged app, and drops npm’s nodedir', async () => {
    // <repo>/node_modules/better-sqlite3 (the decoy) and <repo>/release/app/node_modules/better-sqlite3 (staged).
    const repo = path.join(work, 'repo');
    const decoy = copyModule(repo);
    fs.writeFileSync(path.join(repo, 'package.json'), JSON.stringify({ name: 'repo', version: '1.0.0', dependencies: { 'better-sqlite3': '*' } }));
    fs.writeFileSync(path.join(repo, 'package-lock.json'), '{}');
    const appDir = path.join(repo, 'release', 'app');
    const staged = copyModule(appDir);
    fs.writeFileSync(path.join(appDir, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', dependencies: { 'better-sqlite3': '12.11.1' } }));
    const before = sha256(decoy);

    const saved = process.env.npm_config_nodedir;
    process.env.npm_config_nodedir = path.dirname(process.execPath); // as `npm run` sets it on the project machine
    try {
      const outcome = await hook(context(appDir)).then(
        () => ({ rebuilt: true }),
        (error: unknown) => ({ error: String(error) }),
      );
      expect(process.env.npm_config_nodedir).toBeUndefined();
      if ('rebuilt' in outcome) {
        // With internet: the staged addon is now Electron's.
        expect(describeAddon(fs.readFileSync(staged))).toEqual({ abi: electronAbi, arch: process.arch });
      } else {
        // Offline (as here): Electron's prebuilt binary and headers cannot be fetched, and the staged module alone was tried.
        expect(outcome.error).toContain(path.join(appDir, 'node_modules', 'better-sqlite3'));
      }
      expect(sha256(decoy)).toBe(before);
    } finally {
      if (saved === undefined) delete process.env.npm_config_nodedir;
      else process.env.npm_config_nodedir = saved;
    }
  }, 120_000);

  it('leaves the Node build in place when the packaged-layout test packs it', async () => {
    const appDir = path.join(work, 'layout-test');
    const staged = copyModule(appDir);
    process.env.LEDGER_PACK_NODE_ADDON = '1';
    try {
      await expect(hook(context(appDir))).resolves.toBeUndefined();
    } finally {
      delete process.env.LEDGER_PACK_NODE_ADDON;
    }
    expect(describeAddon(fs.readFileSync(staged)).abi).toBe(process.versions.modules);
  });
});
