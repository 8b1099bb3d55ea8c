// The core's front door: open the database (migrating it safely) and hand back one dispatcher.
import { dirname } from 'node:path';
import type { Result } from '../shared/errors';
import { openDatabase, type DatabaseHandle } from './db/open';
import { createAsyncRunner, createDispatcher } from './dispatch';
import type { AsyncCallContext } from './services/context';
import { sweepOrphans } from './files/sweep';
import { createServices } from './services';

export { DatabaseCorruptError, MigrationError } from './db/open';

export type Dispatch = (method: string, input: unknown) => Promise<Result<unknown>>;

export interface CoreOptions {
  /** Absolute path of the SQLite file; its folder is created when missing. */
  dbPath: string;
  /** Folder of drizzle-kit's SQL migrations (drizzle/migrations in the source tree). */
  migrationsFolder: string;
  /** Who the audit log names for changes made through this core. */
  actor: string;
  appVersion: string;
  clock?: () => Date;
  /** better-sqlite3's native addon, for Electron, which needs a build for its own ABI. */
  nativeBinding?: string;
}

export interface Core {
  readonly dbPath: string;
  readonly dispatch: Dispatch;
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
  const handle = openDatabase({
    file: options.dbPath,
    migrationsFolder: options.migrationsFolder,
    clock,
    nativeBinding: options.nativeBinding,
  });
  const dataDir = dirname(options.dbPath);
  // Files a crash or a rolled-back upload left behind; a failure here must not stop the app opening.
  try {
    sweepOrphans(handle.db, dataDir);
  } catch (error) {
    console.error('[ledger] attachment sweep failed', error);
  }
  const services = createServices({
    handle,
    clock,
    actor: options.actor,
    appVersion: options.appVersion,
    dataDir,
  });
  return {
    dbPath: options.dbPath,
    dispatch: createDispatcher(services),
    runAsync: createAsyncRunner(services),
    handle,
    close: () => handle.close(),
  };
}
