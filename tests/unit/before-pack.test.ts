// The beforePack hook rebuilds better-sqlite3 in the staged app and nowhere else. electron-builder's own rebuild searched
// up to the repository and deleted the Node build of its node_modules/better-sqlite3 during an offline `npm run dist`
// here. This asks the real @electron/rebuild, with the hook's options, which modules it would rebuild in a temp tree
// that has a decoy where the repository's build sits (no network: both copies are marked as already built).
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
  targets: { name: string }[];
  packager: { info: { appDir: string }; config: { electronVersion: string } };
}
interface Hook {
  (context: PackContext): Promise<void>;
  rebuildOptions(context: PackContext): Record<string, unknown>;
}
interface RebuildRun extends Promise<void> {
  lifecycle: { on(event: string, listener: (value: unknown) => void): void };
}
const hook = require(path.join(root, 'build', 'before-pack.cjs')) as Hook;
const { dropNodedir } = require(path.join(root, 'build', 'native-addon.cjs')) as { dropNodedir(env: Record<string, string | undefined>): Record<string, string | undefined> };

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-beforepack-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const electronVersion = (require('electron/package.json') as { version: string }).version;
const electronAbi = fs.readFileSync(path.join(root, 'node_modules', 'electron', 'abi_version'), 'utf8').trim();
const ARCH: Record<string, number> = { x64: 1, arm64: 3 };
const context = (appDir: string, platform = 'linux', arch = 'x64', targets = ['deb']): PackContext => ({
  electronPlatformName: platform,
  arch: ARCH[arch]!,
  targets: targets.map((name) => ({ name })),
  packager: { info: { appDir }, config: { electronVersion } },
});

/** A native module as @electron/rebuild sees one, marked as already built for Electron on linux-x64 (so it is skipped). */
function nativeModule(dir: string): string {
  const dest = path.join(dir, 'node_modules', 'better-sqlite3');
  fs.mkdirSync(path.join(dest, 'build', 'Release'), { recursive: true });
  fs.writeFileSync(path.join(dest, 'package.json'), JSON.stringify({ name: 'better-sqlite3', version: '12.11.1' }));
  fs.writeFileSync(path.join(dest, 'binding.gyp'), '{}');
  fs.writeFileSync(path.join(dest, 'build', 'Release', '.forge-meta'), `linux--x64--${electronAbi}`);
  return dest;
}

/** Which modules @electron/rebuild finds and skips with `options`. */
async function walk(options: Record<string, unknown>): Promise<{ found: unknown; skipped: unknown[] }> {
  const { rebuild } = (await import('@electron/rebuild')) as unknown as { rebuild(options: object): RebuildRun };
  const run = rebuild({ ...options, force: false });
  let found: unknown;
  const skipped: unknown[] = [];
  run.lifecycle.on('modules-found', (modules) => (found = modules));
  run.lifecycle.on('module-skip', (name) => skipped.push(name));
  await run;
  return { found, skipped };
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

  it('with those options @electron/rebuild reaches the staged module and not the repository’s above it', async () => {
    const repo = path.join(work, 'repo');
    nativeModule(repo);
    fs.writeFileSync(path.join(repo, 'package.json'), JSON.stringify({ name: 'repo', version: '1.0.0', dependencies: { 'better-sqlite3': '*' } }));
    fs.writeFileSync(path.join(repo, 'package-lock.json'), '{}');
    const appDir = path.join(repo, 'release', 'app');
    nativeModule(appDir);
    fs.writeFileSync(path.join(appDir, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', dependencies: { 'better-sqlite3': '12.11.1' } }));

    const options = hook.rebuildOptions(context(appDir));
    expect(await walk(options)).toEqual({ found: ['better-sqlite3'], skipped: ['better-sqlite3'] });
    // What electron-builder's own rebuild does (its project root is the repository): both copies.
    expect(await walk({ ...options, projectRootPath: repo })).toEqual({ found: ['better-sqlite3', 'better-sqlite3'], skipped: ['better-sqlite3', 'better-sqlite3'] });
  });

  it('drops npm’s nodedir, which would build the addon against Node’s headers', () => {
    expect(dropNodedir({ npm_config_nodedir: '/usr/include/node', NPM_CONFIG_NODEDIR: '/x', PATH: '/bin' })).toEqual({ PATH: '/bin' });
  });

  it('leaves the Node build alone for the layout test’s dir build, and refuses that switch for an installer', async () => {
    process.env.LEDGER_PACK_NODE_ADDON = '1';
    try {
      await expect(hook(context(path.join(work, 'none'), 'linux', 'x64', ['dir']))).resolves.toBeUndefined();
      await expect(hook(context(path.join(work, 'none'), 'linux', 'x64', ['deb', 'AppImage']))).rejects.toThrow(/unset it to build deb, AppImage/);
    } finally {
      delete process.env.LEDGER_PACK_NODE_ADDON;
    }
  });
});
