// Boots the real esbuild bundle (dist-electron/main.cjs) against a fake `electron` module to check the wiring.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bootMain, installFakeElectron, makeFakeElectron, type FakeElectron } from '../helpers/fake-electron';

const root = path.resolve(__dirname, '../..');
const work = path.join(root, '.tmp', `shell-bundle-${process.pid}`);
const outDir = path.join(work, 'dist-electron');
const appDir = path.join(work, 'app');

function fakeElectron(lock = true) {
  return makeFakeElectron({ appPath: appDir, lock });
}

async function boot(fake: FakeElectron, dbFile: string): Promise<void> {
  await bootMain(path.join(outDir, 'main.cjs'), fake, { dbFile, resourcesPath: root }); // packaged layout: <resources>/drizzle/migrations
}

beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-electron.mjs'), `--out=${outDir}`], { cwd: root, stdio: 'pipe' });
  installFakeElectron(work);
  fs.mkdirSync(path.join(appDir, 'dist', 'renderer'), { recursive: true });
  fs.writeFileSync(path.join(appDir, 'dist', 'renderer', 'index.html'), '<!doctype html><title>台账</title>');
}, 60_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the bundled main process', () => {
  it('keeps the preload free of everything but electron', () => {
    const preload = fs.readFileSync(path.join(outDir, 'preload.cjs'), 'utf8');
    expect(preload.match(/require\("[^"]+"\)/g)).toEqual(['require("electron")']);
  });

  it('boots: hardening before ready, then core, protocol, IPC, menu and window', async () => {
    const fake = fakeElectron();
    await boot(fake, path.join(work, 'ok', 'ledger.sqlite'));
    expect(fake.order).toEqual(['registerSchemes', 'enableSandbox', 'setPath:userData', 'lock', 'whenReady']);
    expect(fake.electron.dialog.showErrorBox).not.toHaveBeenCalled();
    expect([...fake.appListeners.keys()].sort()).toEqual(
      ['second-instance', 'web-contents-created', 'will-quit', 'window-all-closed'].sort(),
    );
    expect(fake.electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(fake.electron.session.defaultSession.on).toHaveBeenCalledWith('will-download', expect.any(Function));

    const ipc = fake.ipcHandlers.get('ledger:api');
    // The window's calls run as its login session (ipc:<webContents id>): nothing but the public methods before a login.
    const status = await ipc?.({ senderFrame: { url: 'app://ledger/index.html' }, sender: { id: 1 } }, 'auth.status', {});
    expect(status).toMatchObject({ ok: true, value: { needsSetup: true, user: null } });
    const info = await ipc?.({ senderFrame: { url: 'app://ledger/index.html' }, sender: { id: 1 } }, 'app.info', {});
    expect(info).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED', message: '请先登录' } });
    const denied = await ipc?.({ senderFrame: { url: 'https://evil.example/' }, sender: { id: 2 } }, 'app.info', {});
    expect(denied).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });

    const page = await fake.protocolHandlers.get('app')?.({ url: 'app://ledger/', method: 'GET' });
    expect(page?.status).toBe(200);
    expect(page?.headers.get('content-security-policy')).toContain("script-src 'self'");

    const window = fake.windows[0];
    expect(window?.loadURL).toHaveBeenCalledWith('app://ledger/index.html');
    expect(window?.options).toMatchObject({ webPreferences: { preload: path.join(outDir, 'preload.cjs'), sandbox: true } });
    fake.appListeners.get('will-quit')?.();
  });

  it('a file that is not a database: the corruption dialog without a backup (退出 only), exit 1, the file kept', async () => {
    const dbFile = path.join(work, 'broken', 'ledger.sqlite');
    fs.mkdirSync(path.dirname(dbFile), { recursive: true });
    const garbage = Buffer.from('this is not a sqlite database, but it is somebody’s data'.repeat(100));
    fs.writeFileSync(dbFile, garbage);
    const fake = fakeElectron();
    await boot(fake, dbFile);
    await vi.waitFor(() => expect(fake.electron.app.exit).toHaveBeenCalledWith(1));
    expect(fake.electron.dialog.showMessageBox).toHaveBeenCalledOnce();
    const shown = fake.electron.dialog.showMessageBox.mock.calls[0]![0];
    expect(shown).toMatchObject({ message: '数据库文件已损坏，未做任何修改。', buttons: ['退出'] });
    expect(String(shown.detail)).toContain('没有找到可用的备份');
    expect(fake.electron.app.relaunch).not.toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
    expect(fs.readFileSync(dbFile).equals(garbage)).toBe(true);
  });

  it('a damaged database with a verified backup: restore from the dialog keeps the damaged file aside and relaunches', async () => {
    const dir = path.join(work, 'damaged');
    const dbFile = path.join(dir, 'ledger.sqlite');
    const { openCore } = await import('../../electron/core');
    const { backupsRoot, createBackup } = await import('../../electron/core/backup');
    const core = openCore({ dbPath: dbFile, migrationsFolder: path.join(root, 'drizzle', 'migrations'), actor: 't', appVersion: '0' });
    const made = await createBackup({ sqlite: core.handle.sqlite, dataDir: dir, root: backupsRoot(dir), kind: 'auto', now: new Date('2026-11-27T02:00:00Z'), appVersion: '0' });
    core.close();
    const bytes = fs.readFileSync(dbFile);
    bytes.fill(0xa5, 4096 * 2, 4096 * 4); // pages 3 and 4, headers included
    fs.writeFileSync(dbFile, bytes);
    const fake = fakeElectron();
    await boot(fake, dbFile);
    await vi.waitFor(() => expect(fake.electron.app.exit).toHaveBeenCalled(), { timeout: 10_000 });
    expect(fake.electron.dialog.showMessageBox.mock.calls[0]![0]).toMatchObject({ buttons: ['从最新备份恢复并重新启动', '退出'] });
    expect(String(fake.electron.dialog.showMessageBox.mock.calls[0]![0].detail)).toContain(made.dir);
    expect(fake.electron.app.relaunch).toHaveBeenCalledOnce();
    expect(fake.electron.app.exit).toHaveBeenCalledWith(0);
    const aside = fs.readdirSync(backupsRoot(dir)).find((f) => f.startsWith('before-restore-'));
    expect(fs.readFileSync(path.join(backupsRoot(dir), aside!, 'ledger.sqlite')).equals(bytes)).toBe(true);
    expect(() => openCore({ dbPath: dbFile, migrationsFolder: path.join(root, 'drizzle', 'migrations'), actor: 't', appVersion: '0' }).close()).not.toThrow();
  });

  it('quits at once when another instance holds the lock', async () => {
    const fake = fakeElectron(false);
    await boot(fake, path.join(work, 'second', 'ledger.sqlite'));
    expect(fake.electron.app.quit).toHaveBeenCalledOnce();
    expect(fake.order).not.toContain('whenReady');
    expect(fake.windows).toHaveLength(0);
  });
});
