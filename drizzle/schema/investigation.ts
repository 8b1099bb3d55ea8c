// Tables of dispute investigations (product §7, domain-reference §4.4): rounds and the disputes each found.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** One round (排查); a round with no findings is a 零报告 (zero report), not a missed round. */
export const investigation = sqliteTable(
  'investigation',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** street (half-monthly) or district (monthly). */
    level: text('level', { enum: ['street', 'district'] }).notNull(),
    /** The period the round covers: 'YYYY-MM-H1' / 'YYYY-MM-H2' for street, 'YYYY-MM' for district. */
    period: text('period').notNull(),
    /** routine 日常, special 专项, keyPeriod 重点时段 */
    kind: text('kind').notNull(),
    conductedOn: text('conducted_on').notNull(),
    grid: text('grid'),
    investigators: text('investigators').notNull(),
    method: text('method'),
    /** 负责人 who signs the report. */
    responsible: text('responsible').notNull(),
    reportedOn: text('reported_on'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('investigation_period_idx').on(t.level, t.period), index('investigation_conducted_idx').on(t.conductedOn)],
);

export const investigationFinding = sqliteTable(
  'investigation_finding',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    investigationId: integer('investigation_id')
      .notNull()
      .references(() => investigation.id, { onDelete: 'cascade' }),
    /** Dispute category code (national 15 + 99). */
    category: text('category').notNull(),
    summary: text('summary').notNull(),
    parties: text('parties').notNull(),
    grid: text('grid'),
    /** low, medium, high */
    riskLevel: text('risk_level').notNull(),
    responsible: text('responsible').notNull(),
    /** pending 待化解, mediating 调处中, resolved 已化解, referred 已移交 */
    status: text('status').notNull(),
    /** 重大矛盾纠纷: tracked until resolved. */
    major: integer('major', { mode: 'boolean' }).notNull().default(false),
    resolvedOn: text('resolved_on'),
    /** The mediation case opened for it, once cases exist (no FK yet). */
    caseId: integer('case_id'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('investigation_finding_round_idx').on(t.investigationId),
    index('investigation_finding_open_idx').on(t.major, t.status),
  ],
);

export type InvestigationRow = typeof investigation.$inferSelect;
export type InvestigationFindingRow = typeof investigationFinding.$inferSelect;
