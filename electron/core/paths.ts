// Where the data lives: the same default folder for the desktop app, web mode and the CLI.
import path from 'node:path';

export const APP_DIR_NAME = 'judicial-office-ledger';
export const DB_FILE_NAME = 'ledger.sqlite';
export const DB_ENV_VAR = 'LEDGER_DB';

/**
 * The per-user data folder, matching what Electron calls `appData` for each platform.
 * The Electron main sets `userData` to this same folder so all three entry points agree.
 */
export function defaultDataDir(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  home: string,
): string {
  const p = platform === 'win32' ? path.win32 : path.posix;
  if (platform === 'win32') {
    return p.join(env.APPDATA ?? p.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  }
  if (platform === 'darwin') return p.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  const config = env.XDG_CONFIG_HOME && p.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : p.join(home, '.config');
  return p.join(config, APP_DIR_NAME);
}

/** The database file: `--db` wins, then the LEDGER_DB variable, then the default data folder. */
export function resolveDbPath(options: {
  dbArg?: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
  dataDir: string;
  cwd: string;
}): string {
  const chosen = options.dbArg ?? options.env[DB_ENV_VAR];
  if (chosen !== undefined && chosen.trim() !== '') return path.resolve(options.cwd, chosen);
  return path.join(options.dataDir, DB_FILE_NAME);
}

/** The audit log's actor: the OS account name, falling back to the environment, then a fixed word. */
export function resolveActor(
  userInfo: () => { username: string },
  env: Readonly<Record<string, string | undefined>>,
): string {
  try {
    const name = userInfo().username;
    if (name) return name;
  } catch {
    // os.userInfo() throws when the account has no passwd entry (some containers, some domains).
  }
  return env.USERNAME ?? env.USER ?? 'unknown';
}
