// The electron-builder configuration, checked without the Electron binary: electron-builder's own schema accepts it,
// and every choice the installers depend on is pinned — targets and arches, identity, the files allow-list, the
// extraResources the resolver reads, the afterPack hook, NSIS per-user install and the data kept on uninstall.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_DIR_NAME } from '../../electron/core/paths';
import { PACKAGED_RESOURCES, SOURCE_RESOURCES } from '../../electron/core/resource-paths';
import { appPackageJson } from '../../scripts/stage-app';

const root = path.join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

interface Target {
  target: string;
  arch: string[];
}
interface ExtraResource {
  from: string;
  to: string;
  filter: string[];
}
// The configuration's shape as this test reads it (electron-builder's own types are checked by its schema below).
interface Config {
  appId: string;
  productName: string;
  electronVersion: string;
  directories: { app: string; output: string; buildResources: string };
  files: string[];
  extraResources: ExtraResource[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  beforePack: string;
  afterPack: string;
  electronFuses?: unknown;
  win: { icon: string; target: Target[] };
  nsis: Record<string, unknown>;
  portable: { artifactName: string };
  linux: { icon: string; executableName: string; target: Target[]; desktop: { entry: Record<string, string> } };
}

const configFile = path.join(root, 'build', 'electron-builder.config.cjs');
const config = require(configFile) as Config;
const rootPackage = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  main: string;
  scripts: Record<string, string>;
};

// electron-builder's own modules, reached through it so they are the installed version's.
const fromBuilder = createRequire(require.resolve('electron-builder'));
const { minimatch } = createRequire(fromBuilder.resolve('app-builder-lib'))('minimatch') as { minimatch: (file: string, pattern: string, options: { dot: boolean }) => boolean };

/** electron-builder's own schema check. */
async function validate(candidate: unknown): Promise<void> {
  const { validateConfiguration } = fromBuilder('app-builder-lib/out/util/config/config') as {
    validateConfiguration(config: unknown, logger: unknown): Promise<void>;
  };
  const { DebugLogger } = fromBuilder('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
  await validateConfiguration(candidate, new DebugLogger(false));
}

/** Whether the files list lets `file` (relative to the app folder) into app.asar: included by a pattern, excluded by none. */
function allowed(file: string): boolean {
  const matches = (pattern: string) => minimatch(file, pattern, { dot: true });
  const included = config.files.filter((p) => !p.startsWith('!')).some(matches);
  const excluded = config.files.filter((p) => p.startsWith('!')).some((p) => matches(p.slice(1)));
  return included && !excluded;
}

describe('electron-builder configuration', () => {
  it('is valid for the installed electron-builder, and an unknown option is refused', async () => {
    await expect(validate(config)).resolves.toBeUndefined();
    await expect(validate({ ...config, nsis: { ...config.nsis, oneClik: false } })).rejects.toThrow(/configuration/);
  });

  it('names the app: appId, 司法所台账, the Electron of node_modules, the version of package.json', () => {
    expect(config.appId).toBe('cn.gov.sifa.ledger');
    expect(config.productName).toBe('司法所台账');
    expect(config.electronVersion).toBe((require('electron/package.json') as { version: string }).version);
    // electron-builder takes the version from the staged app's package.json, which carries the root one's.
    const staged = appPackageJson(rootPackage, '12.11.1');
    expect(staged).toMatchObject({ name: rootPackage.name, version: rootPackage.version, main: rootPackage.main });
    expect(staged.dependencies).toEqual({ 'better-sqlite3': '12.11.1' });
    expect(config.directories).toEqual({ app: 'release/app', output: 'release/${version}', buildResources: 'build' });
  });

  it('builds NSIS and portable for Windows x64, deb and AppImage for Linux x64 and arm64', () => {
    expect(config.win.target).toEqual([
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ]);
    expect(config.linux.target).toEqual([
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ]);
    expect(config.linux.executableName).toBe(APP_DIR_NAME);
    expect(config.linux.desktop.entry).toMatchObject({ Name: '司法所台账', 'Name[zh_CN]': '司法所台账' });
  });

  it('installs per user without administrator rights, in a folder of the user’s choice, in Chinese, with shortcuts', () => {
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      installerLanguages: ['zh_CN'],
      language: '2052',
      createDesktopShortcut: 'always',
      createStartMenuShortcut: true,
      shortcutName: '司法所台账',
      deleteAppDataOnUninstall: false,
      include: 'build/installer.nsh',
    });
  });

  it('keeps the data on uninstall unless the user says yes, and never on an upgrade or a silent uninstall', () => {
    const nsh = fs.readFileSync(path.join(root, 'build', 'installer.nsh'), 'utf8');
    const macro = /!macro customUnInstall\n([\s\S]*?)!macroend/.exec(nsh)?.[1] ?? '';
    expect(macro).toMatch(/\$\{ifNot\} \$\{isUpdated\}\n\s+\$\{andIfNot\} \$\{Silent\}/);
    // “否” is the default button and the silent answer; only “是” reaches the RMDir.
    expect(macro).toMatch(/MessageBox MB_YESNO\|MB_ICONQUESTION\|MB_DEFBUTTON2 ".*" \/SD IDNO IDNO ledgerKeepData\n\s+RMDir \/r "\$APPDATA\\judicial-office-ledger"\n\s+ledgerKeepData:/);
    expect(macro.match(/RMDir/g)).toHaveLength(1);
    expect(APP_DIR_NAME).toBe('judicial-office-ledger');
  });

  it('lets into app.asar only the bundled main and preload, the renderer and package.json', () => {
    for (const file of ['package.json', 'dist-electron/main.cjs', 'dist-electron/preload.cjs', 'dist/renderer/index.html', 'dist/renderer/assets/index-abc.js']) {
      expect(allowed(file), file).toBe(true);
    }
    for (const file of [
      'dist-electron/main.cjs.map',
      'dist/renderer/assets/index-abc.js.map',
      'tests/unit/a.test.ts',
      'dist/renderer/tests/x.js',
      'electron/web/server.ts',
      'electron/main/index.ts',
      'scripts/dist.ts',
      'bench/core.bench.ts',
      'docs/security.md',
      'dist-electron/other.cjs',
      'ledger.sqlite',
      'dist/renderer/ledger.sqlite-wal',
      '.env',
      'README.md',
      'tsconfig.json',
      'vite.config.ts',
    ]) {
      expect(allowed(file), file).toBe(false);
    }
  });

  it('keeps better-sqlite3’s C sources and build leftovers out, and its addon and lib in', () => {
    // Production dependencies are added by electron-builder itself; the files list can only take away from them.
    const excluded = (file: string) => config.files.filter((p) => p.startsWith('!')).some((p) => minimatch(file, p.slice(1), { dot: true }));
    for (const file of ['deps/sqlite3/sqlite3.c', 'src/better_sqlite3.cpp', 'build/Release/obj.target/better_sqlite3/src/better_sqlite3.o', 'build/Release/.deps/x.d', 'build/Release/sqlite3.a', 'build/Release/test_extension.node', 'build/better_sqlite3.target.mk', 'build/config.gypi', 'binding.gyp']) {
      expect(excluded(`node_modules/better-sqlite3/${file}`), file).toBe(true);
    }
    for (const file of ['build/Release/better_sqlite3.node', 'lib/index.js', 'lib/methods/backup.js', 'package.json']) {
      expect(excluded(`node_modules/better-sqlite3/${file}`), file).toBe(false);
    }
  });

  it('ships the migrations and the two font weights as extraResources, where the resolver looks', () => {
    expect(config.extraResources).toEqual([
      { from: SOURCE_RESOURCES.migrations, to: PACKAGED_RESOURCES.migrations, filter: ['*.sql', 'meta/_journal.json'] },
      {
        from: SOURCE_RESOURCES.font,
        to: PACKAGED_RESOURCES.font,
        filter: ['400Regular/NotoSerifSC_400Regular.ttf', '700Bold/NotoSerifSC_700Bold.ttf', 'LICENSE_FONT'],
      },
    ]);
    for (const f of config.extraResources[1]!.filter) expect(fs.existsSync(path.join(root, SOURCE_RESOURCES.font, f)), f).toBe(true);
  });

  it('unpacks the native addon, rebuilds it in release/app only (beforePack), then checks it and flips the fuses (afterPack)', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/**/*.node']);
    // electron-builder's own rebuild searches up to the repository's node_modules: off.
    expect(config.npmRebuild).toBe(false);
    expect(config.electronFuses).toBeUndefined();
    expect(config.beforePack).toBe('build/before-pack.cjs');
    expect(config.afterPack).toBe('build/after-pack.cjs');
    expect(typeof require(path.join(root, config.beforePack))).toBe('function');
    expect(typeof require(path.join(root, config.afterPack))).toBe('function');
  });

  it('has its icons: the .ico for Windows, the sized PNGs for Linux', () => {
    expect(fs.existsSync(path.join(root, config.win.icon))).toBe(true);
    expect(fs.existsSync(path.join(root, config.linux.icon, '256x256.png'))).toBe(true);
  });

  it('is what `npm run dist` runs', () => {
    expect(rootPackage.scripts.dist).toBe('tsx scripts/dist.ts');
    expect(fs.readFileSync(path.join(root, 'scripts', 'dist.ts'), 'utf8')).toContain("'--config', 'build/electron-builder.config.cjs'");
  });
});
