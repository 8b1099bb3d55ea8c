// Table of the office's own document templates (.docx with placeholders) replacing built-in forms.
import { blob, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** At most one custom template per form; no row means the built-in layout prints the form. */
export const documentTemplate = sqliteTable('document_template', {
  form: text('form').primaryKey(),
  fileName: text('file_name').notNull(),
  /** The .docx as uploaded (checked before it is stored); backed up with the database. */
  data: blob('data', { mode: 'buffer' }).notNull(),
  sha256: text('sha256').notNull(),
  uploadedAt: text('uploaded_at').notNull(),
});

export type DocumentTemplateRow = typeof documentTemplate.$inferSelect;
