// What every handler gets: the database, the clock, and for each call its time, audit writer and after-commit hook.
import type { MethodName, MethodOutput, ParsedInput } from '../../shared/contract';
import type { AuditWriter } from '../audit';
import type { DatabaseHandle, Db } from '../db/open';

export interface ServiceDeps {
  handle: DatabaseHandle;
  clock: () => Date;
  actor: string;
  appVersion: string;
  /** The folder holding the database file; attachments live in its `attachments/` subfolder. */
  dataDir: string;
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
