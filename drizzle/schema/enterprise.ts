// Table `enterprise`: enterprises in the area (product §4); ≥ 300 employees must have a mediation committee.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { committee } from './committee';

export const enterprise = sqliteTable(
  'enterprise',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    nameInitials: text('name_initials').notNull(),
    namePinyin: text('name_pinyin').notNull(),
    /** 统一社会信用代码, GB 32100 checked, upper-case, 18 characters. */
    creditCode: text('credit_code').notNull(),
    employees: integer('employees').notNull(),
    address: text('address'),
    contact: text('contact'),
    phone: text('phone'),
    /** The enterprise's own committee, when it has one. */
    committeeId: integer('committee_id').references(() => committee.id, { onDelete: 'set null' }),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('enterprise_credit_code_unique').on(t.creditCode),
    index('enterprise_name_pinyin_idx').on(t.namePinyin),
    index('enterprise_committee_idx').on(t.committeeId),
  ],
);

export type EnterpriseRow = typeof enterprise.$inferSelect;
