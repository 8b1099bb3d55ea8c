// Tables of the office's own settings and editable code lists (代码表 / 设置).
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** One setting per key, its value as JSON; the contract's setting schema gives each key its type and default. */
export const setting = sqliteTable('setting', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: text('updated_at').notNull(),
});

/**
 * Dispute categories (纠纷类型): the national 15 ship built in (codes 01–14, 99) and cannot be removed;
 * an office may add local sub-types under a national one (`parentCode`), which statistics count under it.
 */
export const disputeCategory = sqliteTable('dispute_category', {
  code: text('code').primaryKey(),
  label: text('label').notNull(),
  parentCode: text('parent_code'),
  builtin: integer('builtin', { mode: 'boolean' }).notNull().default(false),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  sortOrder: integer('sort_order').notNull().default(0),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});
