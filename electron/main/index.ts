// Electron main entry: wires the pure shell modules to the real Electron APIs; holds no decisions of its own.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { DatabaseCorruptError, MigrationError, openCore, type Core } from '../core';
import { createAutoBackups, findRecoveryBackups, restoreBackup, type AutoBackups } from '../core/backup';
import { APP_INDEX_URL, APP_SCHEME, APP_SCHEME_PRIVILEGES } from './app-protocol';
import { createAppProtocolHandler } from './app-protocol-handler';
import { autoBackupOnQuit, createBackupOnQuit } from './backup-on-quit';
import { planCorruptionDialog, runCorruptionRecovery } from './corruption-dialog';
import { ipcSessionKey, registerApiHandler } from './ipc';
import { aboutDetail, buildMenuTemplate } from './menu';
import { hardenSession, hardenWebContents, isTrustedSender } from './security';
import { resolveActor } from '../core/paths';
import { setBundledFontFolder } from '../core/documents/fonts';
import { resolveStartupConfig } from './startup-config';
import { buildWindowOptions, WINDOW_TITLE } from './window-options';

const config = resolveStartupConfig({
  argv: process.argv,
  env: process.env,
  platform: process.platform,
  home: os.homedir(),
  cwd: process.cwd(),
  isPackaged: app.isPackaged,
  appPath: app.getAppPath(),
  resourcesPath: process.resourcesPath,
});
setBundledFontFolder(config.fontFolder);

let core: Core | undefined;
let backups: AutoBackups | undefined;
let mainWindow: BrowserWindow | undefined;
const HOUR_MS = 60 * 60 * 1000;

// Before 'ready': the scheme's privileges, a sandbox for every renderer, and one shared data folder
// (the single-instance lock lives in userData, so it must be set before asking for the lock).
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();
app.setPath('userData', config.dataDir);
app.on('web-contents-created', (_event, contents) => {
  hardenWebContents(contents);
  // A closed window's login ends with it (the id is read now: a destroyed webContents cannot be asked).
  const key = ipcSessionKey(contents.id);
  contents.once('destroyed', () => core?.endSession(key));
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  // Hold the quit while an automatic backup of this session's changes runs, then close the core.
  app.on(
    'will-quit',
    createBackupOnQuit({
      ...autoBackupOnQuit(() => backups),
      finish: () => {
        try {
          core?.close();
        } catch (error) {
          console.error('[ledger] closing the database failed', error);
        }
        core = undefined;
      },
      quit: () => app.quit(),
      log: (message, error) => console.error(`[ledger] ${message}`, error ?? ''),
      setTimer: (run, ms) => setTimeout(run, ms),
      clearTimer: (timer) => clearTimeout(timer as NodeJS.Timeout),
    }),
  );
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => fail('启动失败', error));
}

function fail(title: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`[${title}]`, error);
  dialog.showErrorBox(title, message);
  app.exit(1);
}

const openConfiguredCore = (): Core =>
  openCore({
    dbPath: config.dbPath,
    migrationsFolder: config.migrationsFolder,
    actor: resolveActor(() => os.userInfo(), process.env),
    appVersion: app.getVersion(),
    nativeBinding: config.nativeBinding,
  });

/** A damaged file is left as it is; the user may restore the newest verified backup (the damaged file kept aside), then we relaunch. */
function offerRecovery(error: DatabaseCorruptError): void {
  const { nativeBinding } = config;
  const backups = findRecoveryBackups(path.dirname(error.file), { nativeBinding });
  const knownMigrationMillis = readMigrationFiles({ migrationsFolder: config.migrationsFolder }).at(-1)?.folderMillis ?? 0;
  void runCorruptionRecovery(planCorruptionDialog({ file: error.file, problems: error.problems, backups }), {
    showDialog: async ({ title, message, detail, buttons, defaultId, cancelId }) =>
      (await dialog.showMessageBox({ type: 'error', noLink: true, title, message, detail, buttons, defaultId, cancelId })).response,
    restore: (backupDir) =>
      restoreBackup({ dbPath: error.file, backupDir, now: new Date(), knownMigrationMillis, nativeBinding, reopen: () => openConfiguredCore().close() }),
    showMessage: async (title, message) => {
      await dialog.showMessageBox({ type: 'info', title, message });
    },
    relaunch: () => app.relaunch(),
    exit: (code) => app.exit(code),
  }).catch((failure: unknown) => fail('恢复失败', failure));
}

function openDatabase(): Core | undefined {
  try {
    return openConfiguredCore();
  } catch (error) {
    if (error instanceof DatabaseCorruptError) {
      offerRecovery(error);
      return undefined;
    }
    // The core leaves the file untouched (and keeps its copy aside); we only report and quit.
    fail(error instanceof MigrationError ? '数据库升级失败' : '无法打开数据库', error);
    return undefined;
  }
}

function start(): void {
  const opened = openDatabase();
  if (!opened) return;
  core = opened;
  backups = createAutoBackups({
    sqlite: () => opened.handle.sqlite,
    dataDir: path.dirname(config.dbPath),
    appVersion: app.getVersion(),
    clock: () => new Date(),
    log: (message, error) => console.log(`[ledger] ${message}`, error ?? ''),
    nativeBinding: config.nativeBinding,
  });
  // Daily: at start when due, and hourly for an app left open for days.
  void backups.takeIfDue();
  setInterval(() => void backups?.takeIfDue(), HOUR_MS).unref();

  hardenSession(session.defaultSession);
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler(config.rendererDir, { readFile: (f) => fs.readFile(f), realpath: (f) => fs.realpath(f) }),
  );
  registerApiHandler(ipcMain, opened.dispatchAs, isTrustedSender);

  const template = buildMenuTemplate({
    appName: WINDOW_TITLE,
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    onAbout: () => {
      void dialog.showMessageBox({
        type: 'info',
        title: `关于${WINDOW_TITLE}`,
        message: WINDOW_TITLE,
        detail: aboutDetail(WINDOW_TITLE, app.getVersion(), config.dbPath),
      });
    },
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));

  const window = new BrowserWindow(
    buildWindowOptions({ preloadPath: path.join(__dirname, 'preload.cjs'), isPackaged: app.isPackaged }),
  );
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    mainWindow = undefined;
  });
  window.loadURL(APP_INDEX_URL).catch((error: unknown) => fail('界面加载失败', error));
}
