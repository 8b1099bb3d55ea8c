// What every handler gets: the database, the clock, and for each call its time and audit writer.
import type { MethodName, MethodOutput, ParsedInput } from '../../shared/contract';
import type { AuditWriter } from '../audit';
import type { DatabaseHandle, Db } from '../db/open';

export interface ServiceDeps {
  handle: DatabaseHandle;
  clock: () => Date;
  actor: string;
  appVersion: string;
}

export interface CallContext {
  readonly db: Db;
  /** The instant of this call, as ISO 8601 UTC. */
  readonly now: string;
  /** Today in Asia/Shanghai, YYYY-MM-DD. */
  readonly today: string;
  readonly audit: AuditWriter;
}

export type Handler<M extends MethodName> = (input: ParsedInput<M>, call: CallContext) => MethodOutput<M>;
export type Handlers = { [M in MethodName]: Handler<M> };
export type HandlerGroup<K extends MethodName> = { [M in K]: Handler<M> };
