// Table `attachment`: files kept in the data folder under their SHA-256; the row holds the original name, type and size.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const attachment = sqliteTable(
  'attachment',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** The record the file belongs to: cpcMeeting, jointActivity, … (no FK: owners live in several tables). */
    ownerType: text('owner_type').notNull(),
    ownerId: integer('owner_id').notNull(),
    /** Lower-case hex SHA-256 of the content; the file's name on disk. */
    sha256: text('sha256').notNull(),
    name: text('name').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    /** photo, signIn, minutes, agreement, other — what the file is to the record. */
    role: text('role').notNull().default('other'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('attachment_owner_idx').on(t.ownerType, t.ownerId), index('attachment_sha_idx').on(t.sha256)],
);

export type AttachmentRow = typeof attachment.$inferSelect;
