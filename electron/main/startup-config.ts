// Where the desktop app finds its database, migrations, native addon and UI files, decided from plain inputs.
import path from 'node:path';
import { defaultDataDir, resolveDbPath } from '../core/paths';
import { resolveResources, type ResourceLayout } from '../core/resource-paths';

export interface StartupInput {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  home: string;
  cwd: string;
  isPackaged: boolean;
  /** app.getAppPath(): the repo root in development, resources/app.asar when packaged. */
  appPath: string;
  /** process.resourcesPath: the packaged app's resources folder. */
  resourcesPath: string;
}

export interface StartupConfig {
  dataDir: string;
  dbPath: string;
  migrationsFolder: string;
  /** The bundled CJK font's folder (weights 400Regular/ and 700Bold/). */
  fontFolder: string;
  nativeBinding: string | undefined;
  rendererDir: string;
}

const DB_SWITCH = '--db=';

/** The value of a `--db=<file>` switch, if present and non-empty (the last one wins). */
export function parseDbArg(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (const arg of argv) {
    if (arg.startsWith(DB_SWITCH) && arg.length > DB_SWITCH.length) found = arg.slice(DB_SWITCH.length);
  }
  return found;
}

/**
 * The bundled files' layout: the installed app's resources, or — under `npm start` — the repository, which
 * app.getAppPath() then names.
 */
export function resourceLayout(isPackaged: boolean, appPath: string, resourcesPath: string): ResourceLayout {
  return isPackaged ? { kind: 'packaged', appPath, resourcesPath } : { kind: 'source', root: appPath };
}

/**
 * The better-sqlite3 addon built for Electron's ABI by scripts/electron-native.mjs (development).
 * Packaged apps load the copy electron-builder rebuilt, so better-sqlite3 finds it itself.
 */
export function resolveNativeBinding(isPackaged: boolean, appPath: string): string | undefined {
  if (isPackaged) return undefined;
  return path.join(appPath, '.electron-native', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
}

export function resolveStartupConfig(input: StartupInput): StartupConfig {
  const dataDir = defaultDataDir(input.platform, input.env, input.home);
  const resources = resolveResources(resourceLayout(input.isPackaged, input.appPath, input.resourcesPath));
  return {
    dataDir,
    dbPath: resolveDbPath({ dbArg: parseDbArg(input.argv), env: input.env, dataDir, cwd: input.cwd }),
    migrationsFolder: resources.migrationsFolder,
    fontFolder: resources.fontFolder,
    nativeBinding: resolveNativeBinding(input.isPackaged, input.appPath),
    rendererDir: resources.rendererDir,
  };
}
