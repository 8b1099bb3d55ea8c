// Audit rows: who changed what, when, before and after; hash-chained, written inside the change's transaction.
import { desc, eq, sql } from 'drizzle-orm';
import { auditHead, auditLog } from '../../drizzle/schema';
import { GENESIS_HASH, rowHash } from './audit-hash';
import type { Db } from './db/open';

export interface AuditEntry {
  entity: string;
  entityId: string | number | null;
  before: unknown;
  after: unknown;
  /** Overrides the call's actor for this row (a login attempt names the user name it tried). */
  actor?: string;
}

export interface AuditWriter {
  (entry: AuditEntry): void;
  /** How many rows this call has written; a mutation that wrote none is rolled back. */
  readonly count: () => number;
}

function json(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/**
 * Appends one chained row and moves the head. Must run inside the caller's transaction.
 * Reading the last row here is race-free: mutations run BEGIN IMMEDIATE, which takes the file's write
 * lock before the first read, so a second process on the same file waits (busy_timeout) until we commit.
 * A read transaction that writes (a future audited read) cannot fork the chain either: in WAL mode its
 * write fails with SQLITE_BUSY_SNAPSHOT if another writer committed after its snapshot was taken.
 */
export function appendAuditRow(
  db: Db,
  row: { at: string; actor: string; method: string; entity: string; entityId: string | null; before: string | null; after: string | null },
): number {
  const last = db.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1).get();
  const prevHash = last?.hash ?? GENESIS_HASH;
  const { id } = db.insert(auditLog).values({ ...row, prevHash }).returning({ id: auditLog.id }).get();
  const hash = rowHash({ id, ...row, prevHash });
  db.update(auditLog).set({ hash }).where(eq(auditLog.id, id)).run();
  // No head row means someone removed it: leave it missing so 校验 keeps reporting it, rather than re-anchoring a cut chain.
  db.update(auditHead)
    .set({ lastId: id, hash, count: sql`${auditHead.count} + 1` })
    .where(eq(auditHead.id, 1))
    .run();
  return id;
}

export function createAuditWriter(db: Db, fixed: { at: string; actor: string; method: string }): AuditWriter {
  let written = 0;
  const write = (entry: AuditEntry): void => {
    appendAuditRow(db, {
      ...fixed,
      actor: entry.actor ?? fixed.actor,
      entity: entry.entity,
      entityId: entry.entityId === null ? null : String(entry.entityId),
      before: json(entry.before),
      after: json(entry.after),
    });
    written += 1;
  };
  return Object.assign(write, { count: () => written });
}
