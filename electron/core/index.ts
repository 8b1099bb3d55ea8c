// The core's front door: open the database (migrating it safely), hand back the dispatchers, and reopen it after an in-app restore.
import { dirname } from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { AppError, type Result } from '../shared/errors';
import { messages } from './auth/accounts';
import { carryAccountsOver, readAccounts } from './auth/carry-accounts';
import { dummyPasswordHash } from './auth/password';
import { createSessionStore } from './auth/sessions';
import { restoreBackup, type RestoreResult } from './backup/restore';
import { openDatabase, type DatabaseHandle } from './db/open';
import { createAsyncRunner, createDispatchers } from './dispatch';
import type { AsyncCallContext, CoreHost, ServiceDeps } from './services/context';
import { sweepOrphans } from './files/sweep';
import { createServices, type Services } from './services';

export { DatabaseCorruptError, MigrationError } from './db/open';

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;
/** A transport's call: `sessionKey` names its login session (`ipc:<webContents id>`, `web:<cookie>`). */
export type DispatchAs = (sessionKey: string, method: string, input: unknown) => Promise<Result<unknown>>;

export interface CoreOptions {
  /** Absolute path of the SQLite file; its folder is created when missing. */
  dbPath: string;
  /** Folder of drizzle-kit's SQL migrations (drizzle/migrations in the source tree). */
  migrationsFolder: string;
  /** Who the audit log names for changes made through the trusted `dispatch`. */
  actor: string;
  appVersion: string;
  clock?: () => Date;
  /** better-sqlite3's native addon, for Electron, which needs a build for its own ABI. */
  nativeBinding?: string;
}

export interface Core {
  readonly dbPath: string;
  /** Trusted, in-process (CLI, tests, benchmarks): acts as `actor` with every right, no login, no masking. */
  readonly dispatch: Dispatch;
  /** What every transport uses: the session's login, idle lock, role check, masked output. */
  readonly dispatchAs: DispatchAs;
  /** Ends one login session (its window closed). */
  endSession(sessionKey: string): void;
  /** Moves a login session to a new key (the web bridge's fresh cookie after a login); false when `from` had none. */
  renameSession(from: string, to: string): boolean;
  /**
   * Trusted: closes the database, restores the verified backup folder over the data folder (current data kept
   * aside), reopens; when it succeeded every session ends (a refused restore keeps them). A backup without accounts
   * gets the current ones. The same as the handlers' `deps.host.restoreFrom`.
   */
  restoreFrom(backupDir: string): RestoreResult;
  /** The live database handle (a new one after an in-app restore). */
  readonly handle: DatabaseHandle;
  /**
   * Runs core work outside the contract, for trusted in-process callers only (CLI, benchmarks): e.g. verifying
   * a package file too big for a transport. Writes are audited under `label`.
   */
  runAsync<T>(label: string, work: (call: AsyncCallContext) => Promise<T>): Promise<T>;
  close(): void;
}

/** Opens (creating or migrating) the database. Throws MigrationError when the schema cannot be brought up to date, DatabaseCorruptError (a MigrationError) when the file is damaged. */
export function openCore(options: CoreOptions): Core {
  const clock = options.clock ?? (() => new Date());
  const dataDir = dirname(options.dbPath);
  const sessions = createSessionStore();
  const openHandle = () =>
    openDatabase({ file: options.dbPath, migrationsFolder: options.migrationsFolder, clock, nativeBinding: options.nativeBinding });

  /** Set when reopening after a restore failed: every call answers this (and tries to reopen again) until it works. */
  let reopenFailure: unknown = null;
  const reopen = (): void => {
    try {
      handle = openHandle();
      services = build();
      reopenFailure = null;
    } catch (error) {
      reopenFailure = error;
      console.error('[ledger] reopening the database failed', error);
      throw error;
    }
  };

  const host: CoreHost = {
    restoreFrom(backupDir: string): RestoreResult {
      if (reopenFailure !== null) throw new AppError('INTERNAL', messages.reopenFailed);
      if (handle.sqlite.inTransaction) throw new Error('restoreFrom must run outside a transaction (an async handler)');
      const accounts = readAccounts(handle);
      const knownMigrationMillis = readMigrationFiles({ migrationsFolder: options.migrationsFolder }).at(-1)?.folderMillis ?? 0;
      handle.close();
      let result: RestoreResult;
      try {
        result = restoreBackup({
          dbPath: options.dbPath,
          backupDir,
          now: clock(),
          knownMigrationMillis,
          nativeBinding: options.nativeBinding,
          reopen: () => openHandle().close(),
        });
      } catch (refused) {
        // The data as it was: the restore was refused or rolled back. The sessions stay; the original error is the answer.
        try {
          reopen();
        } catch {
          // Logged by reopen; the next calls answer reopenFailed.
        }
        throw refused;
      }
      reopen();
      sessions.newGeneration();
      carryAccountsOver(handle, accounts, clock(), options.actor);
      return result;
    },
  };

  let handle = openHandle();
  // The unknown-name login's dummy hash, ready before the first login (its failure is retried then).
  dummyPasswordHash().catch((error: unknown) => console.error('[ledger] preparing the dummy password hash failed', error));
  const deps: ServiceDeps = {
    get handle() {
      return handle;
    },
    clock,
    actor: options.actor,
    appVersion: options.appVersion,
    dataDir,
    host,
    sessions,
    nativeBinding: options.nativeBinding,
  };
  const build = (): Services => {
    // Files a crash or a rolled-back upload left behind; a failure here must not stop the app opening.
    try {
      sweepOrphans(handle.db, dataDir);
    } catch (error) {
      console.error('[ledger] attachment sweep failed', error);
    }
    return createServices(deps);
  };

  let services = build();
  const current = (): Services => {
    if (reopenFailure !== null) {
      try {
        reopen();
      } catch {
        throw new AppError('INTERNAL', messages.reopenFailed);
      }
    }
    return services;
  };
  const { dispatch, dispatchAs } = createDispatchers(current);
  return {
    dbPath: options.dbPath,
    dispatch,
    dispatchAs,
    endSession: (key) => sessions.end(key),
    renameSession: (from, to) => sessions.rename(from, to),
    restoreFrom: (backupDir) => host.restoreFrom(backupDir),
    runAsync: createAsyncRunner(current),
    get handle() {
      return handle;
    },
    close: () => handle.close(),
  };
}
