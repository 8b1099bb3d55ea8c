// Table `audit_log`: one row per change, written in the same transaction as the change itself.
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
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId), index('audit_log_at_idx').on(t.at)],
);

export type AuditLogRow = typeof auditLog.$inferSelect;
