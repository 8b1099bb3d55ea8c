// Table `office`: the single profile row of the judicial office that owns this database.
import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const office = sqliteTable(
  'office',
  {
    /** Always 1: one office per database. */
    id: integer('id').primaryKey(),
    name: text('name').notNull(),
    code: text('code').notNull(),
    district: text('district').notNull(),
    township: text('township').notNull(),
    address: text('address'),
    head: text('head'),
    phone: text('phone'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [check('office_single_row', sql`${t.id} = 1`)],
);

export type OfficeRow = typeof office.$inferSelect;
export type NewOfficeRow = typeof office.$inferInsert;
