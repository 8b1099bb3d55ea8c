// Tables of 统计报表 and 数据上报 (issue 6): monthly prevention figures and the record of each package exported.
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** 预防成效, entered per month (domain-reference §4.2): 防止民转刑, 防止群体性上访, 防止自杀, 制止械斗, 预防纠纷. */
export const preventionFigure = sqliteTable('prevention_figure', {
  /** YYYY-MM */
  month: text('month').primaryKey(),
  criminalCases: integer('criminal_cases').notNull().default(0),
  criminalPersons: integer('criminal_persons').notNull().default(0),
  petitionCases: integer('petition_cases').notNull().default(0),
  petitionPersons: integer('petition_persons').notNull().default(0),
  suicideCases: integer('suicide_cases').notNull().default(0),
  suicidePersons: integer('suicide_persons').notNull().default(0),
  fights: integer('fights').notNull().default(0),
  preventedDisputes: integer('prevented_disputes').notNull().default(0),
  note: text('note'),
  updatedAt: text('updated_at').notNull(),
});

/** One package written by this office: who, when, which period, and the SHA-256 of the zip as written. */
export const packageExport = sqliteTable('package_export', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  period: text('period').notNull(),
  /** The file's name in <data>/exports/上报/. */
  fileName: text('file_name').notNull(),
  size: integer('size').notNull(),
  sha256: text('sha256').notNull(),
  formatVersion: text('format_version').notNull(),
  keyFingerprint: text('key_fingerprint').notNull(),
  /** Entity stem → record count, as JSON. */
  counts: text('counts', { mode: 'json' }).$type<Record<string, number>>().notNull(),
  actor: text('actor').notNull(),
  exportedAt: text('exported_at').notNull(),
});

export type PreventionFigureRow = typeof preventionFigure.$inferSelect;
export type PackageExportRow = typeof packageExport.$inferSelect;
