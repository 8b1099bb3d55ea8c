// The packaged layout, made by electron-builder itself from build/electron-builder.config.cjs (`--linux dir` for this
// machine's arch) with a stand-in Electron executable, since the real one cannot be downloaded here, and the Node build
// of better-sqlite3 (the beforePack hook skips the rebuild for Electron; before-pack.test covers it): app.asar holds
// only the allow-listed files, every path the resolver returns exists, the afterPack hook flipped the fuses, and the
// bundled main process boots from the layout, migrates a new database and prints with the bundled font.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../electron/core/db/open';
import { demoOffice } from '../../electron/core/demo-data';
import { resolveResources, type ResourcePaths } from '../../electron/core/resource-paths';
import { appPackageJson, stageApp } from '../../scripts/stage-app';
import { bootMain, installFakeElectron, makeFakeElectron } from '../helpers/fake-electron';
import { readWire, writeStandInElectronDist } from '../helpers/stand-in-electron';
import { TEST_PASSWORD } from '../helpers/temp-core';

const require = createRequire(import.meta.url);
const asar = require('@electron/asar') as { listPackage(file: string, options: object): string[]; extractAll(file: string, dest: string): void };

const root = path.join(import.meta.dirname, '..', '..');
const work = path.join(root, '.tmp', `packaged-layout-${process.pid}`);
const built = path.join(work, 'built');
const appDir = path.join(work, 'app');
const outDir = path.join(work, 'out');
const unpacked = path.join(outDir, 'linux-unpacked');
const resourcesPath = path.join(unpacked, 'resources');
const extracted = path.join(work, 'asar');
const rootPackage = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string; main: string };
const electronVersion = (require('electron/package.json') as { version: string }).version;

let files: string[];
let packaged: ResourcePaths;

beforeAll(async () => {
  fs.rmSync(work, { recursive: true, force: true });
  // What `npm run build` makes, into a temp folder so the repository's dist folders are left alone.
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-electron.mjs'), `--out=${path.join(built, 'dist-electron')}`], { cwd: root, stdio: 'pipe' });
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', path.join(built, 'dist', 'renderer'), '--emptyOutDir', '--logLevel', 'error'], { cwd: root, stdio: 'pipe' });
  // Staged as `npm run dist` stages it (npm install, pruned to what runs), with the Node build of the addon put in place
  // so this test can run the packed app in Node; `npm run dist` rebuilds it for Electron there instead.
  await stageApp({ appDir, builtRoot: built, nodeAddonFrom: path.join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node') });
  writeStandInElectronDist(path.join(work, 'electron-dist'), electronVersion);
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules', 'electron-builder', 'cli.js'),
      '--config', 'build/electron-builder.config.cjs',
      '--linux', 'dir', `--${process.arch}`,
      '--publish', 'never',
      `-c.directories.app=${appDir}`,
      `-c.directories.output=${outDir}`,
      `-c.electronDist=${path.join(work, 'electron-dist')}`,
    ],
    // The hooks pack the Node build staged above: no rebuild for Electron, and Node's ABI is the one expected.
    { cwd: root, stdio: 'pipe', env: { ...process.env, LEDGER_PACK_NODE_ADDON: '1' } },
  );
  files = asar.listPackage(path.join(resourcesPath, 'app.asar'), { isPack: false }).map((f) => f.split(path.sep).join('/').replace(/^\//, ''));
  asar.extractAll(path.join(resourcesPath, 'app.asar'), extracted);
  packaged = resolveResources({ kind: 'packaged', appPath: extracted, resourcesPath });
}, 180_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the layout electron-builder packs', () => {
  it('app.asar holds the bundled main and preload, the renderer, package.json and the addon’s runtime — nothing else', () => {
    const tops = new Set(files.map((f) => f.split('/').slice(0, f.startsWith('node_modules/') ? 2 : 1).join('/')));
    expect([...tops].sort()).toEqual(['dist', 'dist-electron', 'node_modules', 'node_modules/better-sqlite3', 'node_modules/bindings', 'node_modules/file-uri-to-path', 'package.json']);
    expect(files.filter((f) => f.startsWith('dist-electron/'))).toEqual(['dist-electron/main.cjs', 'dist-electron/preload.cjs']);
    expect(files.filter((f) => /\.(map|ts|tsx)$/.test(f) || /(^|\/)(tests?|e2e|bench|scripts|docs)\//.test(f) || /\.sqlite/.test(f))).toEqual([]);
    expect(files).toContain('dist/renderer/index.html');
    // The web bridge (electron/web) is not in the desktop bundle at all.
    const main = fs.readFileSync(path.join(extracted, 'dist-electron', 'main.cjs'), 'utf8');
    expect(main).not.toMatch(/ledger_sid_|startWebServer|createWebServer/);
    expect(JSON.parse(fs.readFileSync(path.join(extracted, 'package.json'), 'utf8'))).toEqual(appPackageJson(rootPackage, expect.any(String)));
  });

  it('carries of better-sqlite3 only what runs (no C sources or build leftovers), the addon unpacked beside app.asar', () => {
    const addonFiles = files.filter((f) => f.startsWith('node_modules/better-sqlite3/') && !/^node_modules\/better-sqlite3\/lib(\/|$)/.test(f));
    const fileLike = addonFiles.filter((f) => !addonFiles.some((other) => other.startsWith(`${f}/`)));
    expect(fileLike.sort()).toEqual([
      'node_modules/better-sqlite3/LICENSE',
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      'node_modules/better-sqlite3/package.json',
    ]);
    const unpackedDir = path.join(resourcesPath, 'app.asar.unpacked', 'node_modules', 'better-sqlite3');
    expect(fs.existsSync(path.join(unpackedDir, 'build', 'Release', 'better_sqlite3.node'))).toBe(true);
    const unpackedFiles = fs.readdirSync(unpackedDir, { recursive: true, encoding: 'utf8' }).filter((f) => fs.statSync(path.join(unpackedDir, f)).isFile());
    expect(unpackedFiles.filter((f) => /\.(c|cpp|h|hpp|o|a|mk|gyp)$/.test(f))).toEqual([]);
  });

  it('every path the resolver returns for a packaged app exists, with every migration and both font weights', () => {
    const journal = JSON.parse(fs.readFileSync(path.join(packaged.migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
    const sourceSql = fs.readdirSync(path.join(root, 'drizzle', 'migrations')).filter((f) => f.endsWith('.sql')).sort();
    expect(journal.entries.map((e) => `${e.tag}.sql`)).toEqual(sourceSql);
    expect(fs.readdirSync(packaged.migrationsFolder).sort()).toEqual([...sourceSql, 'meta']);
    expect(fs.readdirSync(path.join(packaged.migrationsFolder, 'meta'))).toEqual(['_journal.json']);
    expect(fs.readdirSync(packaged.fontFolder).sort()).toEqual(['400Regular', '700Bold', 'LICENSE_FONT']);
    for (const weight of ['400Regular/NotoSerifSC_400Regular.ttf', '700Bold/NotoSerifSC_700Bold.ttf']) {
      expect(fs.statSync(path.join(packaged.fontFolder, weight)).size, weight).toBe(fs.statSync(path.join(root, 'node_modules', '@expo-google-fonts', 'noto-serif-sc', weight)).size);
    }
    expect(fs.existsSync(path.join(packaged.rendererDir, 'index.html'))).toBe(true);
    expect(JSON.parse(fs.readFileSync(packaged.packageJson, 'utf8'))).toMatchObject({ version: rootPackage.version });
  });

  it('the afterPack hook flipped the fuses of the executable electron-builder named', () => {
    expect(fs.readdirSync(unpacked)).toContain('judicial-office-ledger');
    expect(readWire(path.join(unpacked, 'judicial-office-ledger'))).toBe('010011001');
  });

  it('the packaged main boots from the layout: a new database migrated from resources/, a PDF in the bundled font', async () => {
    installFakeElectron(extracted);
    const fake = makeFakeElectron({ appPath: extracted });
    const dataDir = path.join(work, 'user-data');
    await bootMain(path.join(extracted, 'dist-electron', 'main.cjs'), fake, { dbFile: path.join(dataDir, 'ledger.sqlite'), resourcesPath });
    expect(fake.electron.dialog.showErrorBox).not.toHaveBeenCalled();
    const ipc = fake.ipcHandlers.get('ledger:api')!;
    const call = (method: string, input: unknown) => ipc({ senderFrame: { url: 'app://ledger/index.html' }, sender: { id: 1 } }, method, input);
    const admin = { username: 'suozhang', displayName: '王所长', password: TEST_PASSWORD, confirm: TEST_PASSWORD };
    expect(await call('auth.setup', { office: demoOffice, admin })).toMatchObject({ ok: true });
    const info = await call('app.info', {});
    expect(info).toMatchObject({ ok: true, value: { version: '9.9.9' } });

    const printed = await call('document.render', { form: 'branchRequest', format: 'pdf' });
    expect(printed).toMatchObject({ ok: true });
    const pdf = Buffer.from((printed as { value: { dataBase64: string } }).value.dataBase64, 'base64');
    const pdfFile = path.join(work, 'request.pdf');
    fs.writeFileSync(pdfFile, pdf);
    expect(execFileSync('pdffonts', [pdfFile], { encoding: 'utf8' })).toMatch(/NotoSerifSC/);

    const page = await fake.protocolHandlers.get('app')!({ url: 'app://ledger/index.html', method: 'GET' });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    // Quitting after changes takes the automatic backup into the user-data folder, then quits again.
    fake.appListeners.get('will-quit')?.({ preventDefault: vi.fn() });
    await vi.waitFor(() => expect(fake.electron.app.quit).toHaveBeenCalled(), { timeout: 20_000 });
    expect(fs.readdirSync(path.join(dataDir, 'backups', 'auto'))).toHaveLength(1);
  });

  it('an upgrade: the installed program opens the previous version’s data, copies it aside, then migrates it', async () => {
    // The previous release's database: every migration but the newest, with an office in it.
    const previous = path.join(work, 'previous-migrations');
    fs.cpSync(path.join(root, 'drizzle', 'migrations'), previous, { recursive: true });
    const journalFile = path.join(previous, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
    const newest = journal.entries.pop()!;
    fs.writeFileSync(journalFile, JSON.stringify(journal));
    fs.rmSync(path.join(previous, `${newest.tag}.sql`));
    const dataDir = path.join(work, 'upgraded');
    const dbFile = path.join(dataDir, 'ledger.sqlite');
    fs.mkdirSync(dataDir, { recursive: true });
    const old = openDatabase({ file: dbFile, migrationsFolder: previous, clock: () => new Date() });
    old.sqlite
      .prepare("INSERT INTO office (id, name, code, district, township, created_at, updated_at) VALUES (1, '玄武门司法所', '320102002', '玄武区', '玄武门街道', 't', 't')")
      .run();
    const before = old.schemaVersion;
    old.close();

    const fake = makeFakeElectron({ appPath: extracted });
    await bootMain(path.join(extracted, 'dist-electron', 'main.cjs'), fake, { dbFile, resourcesPath });
    expect(fake.electron.dialog.showErrorBox).not.toHaveBeenCalled();
    const copies = fs.readdirSync(path.join(dataDir, 'backups')).filter((f) => f.includes('.pre-migrate-'));
    expect(copies).toHaveLength(1);
    const status = await fake.ipcHandlers.get('ledger:api')!({ senderFrame: { url: 'app://ledger/index.html' }, sender: { id: 1 } }, 'auth.status', {});
    // The office came through; the accounts of the newest migration are there, waiting for the first administrator.
    expect(status).toMatchObject({ ok: true, value: { needsSetup: true, office: { name: '玄武门司法所', code: '320102002' } } });
    // Quitting at once: the start-up backup (the first of the day) is waited for if it still runs, never cut off.
    const quitting = { preventDefault: vi.fn() };
    fake.appListeners.get('will-quit')?.(quitting);
    if (quitting.preventDefault.mock.calls.length > 0) await vi.waitFor(() => expect(fake.electron.app.quit).toHaveBeenCalled(), { timeout: 20_000 });
    expect(fs.readdirSync(path.join(dataDir, 'backups', 'auto'))).toHaveLength(1);
    const after = openDatabase({ file: dbFile, migrationsFolder: packaged.migrationsFolder, clock: () => new Date() });
    expect(after.schemaVersion).toBe(before + 1);
    expect(after.backupPath).toBeNull();
    after.close();
  });
});
