// A fake `electron` module for booting the real main-process bundle in plain Node (no Electron binary here).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { vi } from 'vitest';
import type { Result } from '../../electron/shared/errors';

const require = createRequire(__filename);

type Listener = (...args: unknown[]) => unknown;
type IpcListener = (event: { senderFrame: { url: string } | null; sender: { id: number } }, ...args: unknown[]) => Promise<Result<unknown>>;

/** A stand-in for the `electron` module: records what the main process asks of it. */
export function makeFakeElectron({ appPath, lock = true }: { appPath: string; lock?: boolean }) {
  const order: string[] = [];
  const appListeners = new Map<string, Listener>();
  const protocolHandlers = new Map<string, (request: { url: string; method: string }) => Promise<Response>>();
  const ipcHandlers = new Map<string, IpcListener>();
  const windows: { options: Record<string, unknown>; loadURL: ReturnType<typeof vi.fn> }[] = [];
  const electron = {
    app: {
      isPackaged: true,
      getAppPath: () => appPath,
      getVersion: () => '9.9.9',
      setPath: vi.fn((name: string) => order.push(`setPath:${name}`)),
      enableSandbox: () => order.push('enableSandbox'),
      requestSingleInstanceLock: () => (order.push('lock'), lock),
      on: (event: string, listener: Listener) => void appListeners.set(event, listener),
      quit: vi.fn(),
      exit: vi.fn(),
      relaunch: vi.fn(),
      whenReady: () => (order.push('whenReady'), Promise.resolve()),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => order.push('registerSchemes')),
      handle: (scheme: string, handler: never) => void protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn(), on: vi.fn() },
    },
    ipcMain: { handle: (channel: string, listener: IpcListener) => void ipcHandlers.set(channel, listener) },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: vi.fn() },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(async (_options: Record<string, unknown>) => ({ response: 0 })) },
    BrowserWindow: class {
      options: Record<string, unknown>;
      loadURL = vi.fn(async () => undefined);
      constructor(options: Record<string, unknown>) {
        this.options = options;
        windows.push(this);
      }
      once() {}
      on() {}
    },
  };
  return { electron, order, appListeners, protocolHandlers, ipcHandlers, windows };
}

export type FakeElectron = ReturnType<typeof makeFakeElectron>;

/** Makes `require('electron')` from bundles under `dir` resolve to the fake of the current boot. */
export function installFakeElectron(dir: string): void {
  const fakeDir = path.join(dir, 'node_modules', 'electron');
  fs.mkdirSync(fakeDir, { recursive: true });
  fs.writeFileSync(path.join(fakeDir, 'index.js'), 'module.exports = globalThis.__shellFakeElectron;\n');
}

/** Electron sets process.resourcesPath; plain Node has none (and the types call it read-only). */
function setResourcesPath(value: string | undefined): void {
  Object.defineProperty(process, 'resourcesPath', { value, configurable: true, writable: true });
}

/** Requires the bundled main with `fake` as electron, LEDGER_DB and process.resourcesPath set as given. */
export async function bootMain(mainFile: string, fake: FakeElectron, options: { dbFile: string; resourcesPath: string }): Promise<void> {
  (globalThis as { __shellFakeElectron?: unknown }).__shellFakeElectron = fake.electron;
  const saved = { db: process.env.LEDGER_DB, resources: process.resourcesPath };
  process.env.LEDGER_DB = options.dbFile;
  setResourcesPath(options.resourcesPath);
  try {
    delete require.cache[mainFile];
    for (const key of Object.keys(require.cache)) if (key.endsWith(path.join('node_modules', 'electron', 'index.js'))) delete require.cache[key];
    require(mainFile);
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    if (saved.db === undefined) delete process.env.LEDGER_DB;
    else process.env.LEDGER_DB = saved.db;
    setResourcesPath(saved.resources);
  }
}
