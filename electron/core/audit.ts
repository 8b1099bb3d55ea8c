// Audit rows: who changed what, when, with the record before and after; written inside the change's transaction.
import { auditLog } from '../../drizzle/schema';
import type { Db } from './db/open';

export interface AuditEntry {
  entity: string;
  entityId: string | number | null;
  before: unknown;
  after: unknown;
}

export interface AuditWriter {
  (entry: AuditEntry): void;
  /** How many rows this call has written; a mutation that wrote none is rolled back. */
  readonly count: () => number;
}

export function createAuditWriter(db: Db, fixed: { at: string; actor: string; method: string }): AuditWriter {
  let written = 0;
  const write = (entry: AuditEntry): void => {
    db.insert(auditLog)
      .values({
        at: fixed.at,
        actor: fixed.actor,
        method: fixed.method,
        entity: entry.entity,
        entityId: entry.entityId === null ? null : String(entry.entityId),
        before: entry.before === null || entry.before === undefined ? null : JSON.stringify(entry.before),
        after: entry.after === null || entry.after === undefined ? null : JSON.stringify(entry.after),
      })
      .run();
    written += 1;
  };
  return Object.assign(write, { count: () => written });
}
