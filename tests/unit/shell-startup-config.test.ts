// Startup decisions: the shared data folder, --db, migrations and the Electron-ABI addon path.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DB_FILE_NAME } from '../../electron/core/paths';
import { resolveActor } from '../../electron/core/paths';
import { parseDbArg, resolveStartupConfig, type StartupInput } from '../../electron/main/startup-config';

const base: StartupInput = {
  argv: ['/opt/electron', '.'],
  env: {},
  platform: 'linux',
  home: '/home/zhang',
  cwd: '/work/repo',
  isPackaged: false,
  appPath: '/work/repo',
  resourcesPath: '/opt/electron/resources',
};

describe('resolveStartupConfig', () => {
  it('uses the repo in development', () => {
    expect(resolveStartupConfig(base)).toEqual({
      dataDir: '/home/zhang/.config/judicial-office-ledger',
      dbPath: path.join('/home/zhang/.config/judicial-office-ledger', DB_FILE_NAME),
      migrationsFolder: '/work/repo/drizzle/migrations',
      fontFolder: '/work/repo/node_modules/@expo-google-fonts/noto-serif-sc',
      nativeBinding: '/work/repo/.electron-native/better-sqlite3/build/Release/better_sqlite3.node',
      rendererDir: '/work/repo/dist/renderer',
    });
  });

  it('uses resources and the rebuilt addon when packaged', () => {
    const config = resolveStartupConfig({
      ...base,
      isPackaged: true,
      appPath: '/opt/ledger/resources/app.asar',
      resourcesPath: '/opt/ledger/resources',
    });
    expect(config.migrationsFolder).toBe('/opt/ledger/resources/drizzle/migrations');
    expect(config.fontFolder).toBe('/opt/ledger/resources/fonts/noto-serif-sc');
    expect(config.nativeBinding).toBeUndefined();
    expect(config.rendererDir).toBe('/opt/ledger/resources/app.asar/dist/renderer');
  });

  it('lets --db beat LEDGER_DB, which beats the default', () => {
    const env = { LEDGER_DB: '/data/env.sqlite' };
    expect(resolveStartupConfig({ ...base, env }).dbPath).toBe('/data/env.sqlite');
    expect(resolveStartupConfig({ ...base, env, argv: [...base.argv, '--db=mine.sqlite'] }).dbPath).toBe(
      '/work/repo/mine.sqlite',
    );
  });

  it('matches the CLI and web mode on Windows', () => {
    const config = resolveStartupConfig({ ...base, platform: 'win32', env: { APPDATA: 'C:\\Users\\zhang\\AppData\\Roaming' } });
    expect(config.dataDir).toBe('C:\\Users\\zhang\\AppData\\Roaming\\judicial-office-ledger');
  });
});

describe('parseDbArg', () => {
  it('reads --db=<file>, last one wins, empty ignored', () => {
    expect(parseDbArg(['app', '--db=a.sqlite'])).toBe('a.sqlite');
    expect(parseDbArg(['--db=a', '--db=b'])).toBe('b');
    expect(parseDbArg(['--db=', '--db', 'x', '--dbx=y'])).toBeUndefined();
    expect(parseDbArg(['--db=C:\\数据\\台账 2024.sqlite'])).toBe('C:\\数据\\台账 2024.sqlite');
  });
});

describe('resolveActor', () => {
  it('prefers the OS account, then the environment', () => {
    expect(resolveActor(() => ({ username: 'zhang' }), { USER: 'other' })).toBe('zhang');
    const throwing = () => {
      throw new Error('ENOENT: no such file or directory, uv_os_get_passwd');
    };
    expect(resolveActor(throwing, { USERNAME: 'li' })).toBe('li');
    expect(resolveActor(throwing, { USER: 'wang' })).toBe('wang');
    expect(resolveActor(throwing, {})).toBe('unknown');
  });
});
