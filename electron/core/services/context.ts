// What every handler gets: the database, the clock, and for each call its time, audit writer and after-commit hook.
import type { MethodName, MethodOutput, ParsedInput } from '../../shared/contract';
import type { AuditWriter } from '../audit';
import type { DatabaseHandle, Db } from '../db/open';
import type { Role } from '../../shared/schemas/auth';
import type { RestoreResult } from '../backup/restore';
import type { SessionStore } from '../auth/sessions';

/**
 * Who a call acts for. Transports (IPC, the web bridge) get the logged-in user of their session; trusted
 * in-process callers (CLI, tests, benchmarks) act as the configured actor with every right.
 */
export interface Viewer {
  /** The account's id; null for a trusted in-process caller. */
  readonly userId: number | null;
  /** The name the audit log records. */
  readonly actor: string;
  readonly role: Role;
  /** May see full ID numbers and phones (on detail views, audited); otherwise outputs and prints are masked. */
  readonly seesSensitive: boolean;
  /** The transport's session key (null for trusted callers): login and logout bind and unbind it. */
  readonly sessionKey: string | null;
}

/** What the process hosting the core provides to handlers that act on the core itself. */
export interface CoreHost {
  /** Closes the database, restores the verified backup folder over the data folder (current data kept aside), reopens. */
  restoreFrom(backupDir: string): RestoreResult;
}

export interface ServiceDeps {
  /** The live handle: read it per call (an in-app restore replaces it). */
  readonly handle: DatabaseHandle;
  clock: () => Date;
  actor: string;
  appVersion: string;
  /** The folder holding the database file; attachments live in its `attachments/` subfolder. */
  dataDir: string;
  host: CoreHost;
  /** The login sessions of the transports (shared by the dispatcher and the auth handlers). */
  sessions: SessionStore;
  /** better-sqlite3's native addon of the hosting process (Electron's ABI), for opening backup copies. */
  nativeBinding?: string | undefined;
}

export interface CallContext {
  readonly db: Db;
  /** The instant of this call, as ISO 8601 UTC. */
  readonly now: string;
  /** Today in Asia/Shanghai, YYYY-MM-DD. */
  readonly today: string;
  readonly audit: AuditWriter;
  readonly dataDir: string;
  /** Who acts (the audit's actor). */
  readonly actor: string;
  /** The user this call acts for, with their role. */
  readonly viewer: Viewer;
  /** The app's version (packages and reports name it). */
  readonly appVersion: string;
  /** Runs `task` once the transaction has committed (never on rollback), e.g. removing files no row references. */
  afterCommit(task: () => void): void;
}

/** The context of an async handler: no open transaction; it opens short synchronous ones itself. */
export interface AsyncCallContext {
  readonly now: string;
  readonly today: string;
  readonly dataDir: string;
  readonly actor: string;
  readonly viewer: Viewer;
  readonly appVersion: string;
  /** A read-only transaction (deferred). */
  read<T>(work: (call: CallContext) => T): T;
  /** A writing transaction (immediate); rolled back unless it wrote at least one audit row. */
  write<T>(work: (call: CallContext) => T): T;
}

export type SyncHandler<M extends MethodName> = (input: ParsedInput<M>, call: CallContext) => MethodOutput<M>;

/**
 * For work that must await (parsing or writing .xlsx, hashing big files): the handler runs outside any
 * transaction and opens short synchronous ones through `read`/`write`. better-sqlite3 transactions cannot
 * span an await, so this is the only way to mix the two.
 */
export interface AsyncHandler<M extends MethodName> {
  readonly async: (input: ParsedInput<M>, call: AsyncCallContext) => Promise<MethodOutput<M>>;
}

export type Handler<M extends MethodName> = SyncHandler<M> | AsyncHandler<M>;
export type Handlers = { [M in MethodName]: Handler<M> };
export type HandlerGroup<K extends MethodName> = { [M in K]: Handler<M> };

export function asyncHandler<M extends MethodName>(
  run: (input: ParsedInput<M>, call: AsyncCallContext) => Promise<MethodOutput<M>>,
): AsyncHandler<M> {
  return { async: run };
}
