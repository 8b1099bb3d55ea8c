// Opening the core from a plain-Node entry point (CLI, web mode): same default DB as the desktop app.
import os from 'node:os';
import { openCore, type Core } from '.';
import { defaultDataDir, resolveActor, resolveDbPath } from './paths';
import { appVersion, sourceMigrationsFolder } from './resources';

export function localDbPath(dbArg: string | undefined): string {
  return resolveDbPath({
    dbArg,
    env: process.env,
    dataDir: defaultDataDir(process.platform, process.env, os.homedir()),
    cwd: process.cwd(),
  });
}

export function openLocalCore(dbArg: string | undefined): Core {
  return openCore({
    dbPath: localDbPath(dbArg),
    migrationsFolder: sourceMigrationsFolder,
    actor: resolveActor(() => os.userInfo(), process.env),
    appVersion,
  });
}
