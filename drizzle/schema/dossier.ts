// Tables of dossiers (卷宗, domain-reference §1.1, §1.14, §3): one per case, numbered per committee and year.
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { committee } from './committee';
import { mediationCase } from './case';

/**
 * The dossier of a case (一案一卷). The number is assigned when the dossier is opened, from
 * dossier_counter in the same transaction, so it is never reused and a rolled-back opening leaves no gap.
 */
export const dossier = sqliteTable(
  'dossier',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => mediationCase.id, { onDelete: 'restrict' }),
    committeeId: integer('committee_id')
      .notNull()
      .references(() => committee.id, { onDelete: 'restrict' }),
    year: integer('year').notNull(),
    seq: integer('seq').notNull(),
    /** 卷号 as printed, e.g. （2026）城关调字第001号. */
    number: text('number').notNull(),
    openedOn: text('opened_on').notNull(),
    /** open 未立卷 / closed 已立卷 (locked). */
    status: text('status', { enum: ['open', 'closed'] }).notNull().default('open'),
    closedBy: text('closed_by'),
    closedOn: text('closed_on'),
    /** 保管期限, from the configurable list. */
    retention: text('retention'),
    /** The last 重新打开 (reopen) and why; closedBy/closedOn then tell the 立卷 it undid until the next one. */
    reopenedOn: text('reopened_on'),
    reopenReason: text('reopen_reason'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('dossier_case_unique').on(t.caseId),
    uniqueIndex('dossier_number_unique').on(t.number),
    uniqueIndex('dossier_committee_year_seq_unique').on(t.committeeId, t.year, t.seq),
    index('dossier_status_idx').on(t.status),
  ],
);

/** The last sequence number given per committee and year. */
export const dossierCounter = sqliteTable(
  'dossier_counter',
  {
    committeeId: integer('committee_id')
      .notNull()
      .references(() => committee.id, { onDelete: 'restrict' }),
    year: integer('year').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.committeeId, t.year] })],
);

/** A dossier part filed on paper (not scanned): the clerk confirms the signed original is in the dossier. */
export const dossierPartMark = sqliteTable(
  'dossier_part_mark',
  {
    dossierId: integer('dossier_id')
      .notNull()
      .references(() => dossier.id, { onDelete: 'cascade' }),
    /** dossierParts code (electron/shared/case-codes.ts). */
    part: text('part').notNull(),
    markedOn: text('marked_on').notNull(),
    note: text('note'),
    createdAt: text('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.dossierId, t.part] })],
);

export type DossierRow = typeof dossier.$inferSelect;
