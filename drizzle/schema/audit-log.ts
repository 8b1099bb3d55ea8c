// Tables `audit_log` (one row per change, hash-chained, written in the change's transaction) and `audit_head` (the chain's anchor).
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    method: text('method').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    /** JSON of the record before the change; null on create. */
    before: text('before'),
    /** JSON of the record after the change; null on delete. */
    after: text('after'),
    /** `hash` of the previous row (the genesis value for the first row). Empty only before the chain is sealed at open. */
    prevHash: text('prev_hash').notNull().default(''),
    /** SHA-256 (hex) over the canonical serialisation of this row, `prevHash` included. */
    hash: text('hash').notNull().default(''),
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId), index('audit_log_at_idx').on(t.at)],
);

/**
 * One row (id 1): the newest chained row's id and hash and the number of rows, updated in the same
 * transaction as each audit row. A chain alone cannot show that its last rows were deleted; this anchor can.
 */
export const auditHead = sqliteTable('audit_head', {
  id: integer('id').primaryKey(),
  lastId: integer('last_id').notNull(),
  hash: text('hash').notNull(),
  count: integer('count').notNull(),
});

export type AuditLogRow = typeof auditLog.$inferSelect;
export type AuditHeadRow = typeof auditHead.$inferSelect;
