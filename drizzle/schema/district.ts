// Tables of the district side (区司法局, issue 6): registered office keys, imported packages and their records.
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** An office whose packages the district accepts, with the Ed25519 public key its packages must be signed with. */
export const districtOffice = sqliteTable('district_office', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  /** Raw Ed25519 public key, base64 (44 characters). */
  publicKey: text('public_key').notNull(),
  fingerprint: text('fingerprint').notNull(),
  registeredAt: text('registered_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/**
 * One imported package. A newer package for the same office and period replaces the older one: the older
 * keeps its row (replacedAt set) and loses its records. The zip's SHA-256 makes a second import a no-op.
 */
export const districtPackage = sqliteTable(
  'district_package',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    officeCode: text('office_code').notNull(),
    officeName: text('office_name').notNull(),
    period: text('period').notNull(),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    formatVersion: text('format_version').notNull(),
    /** The export instant from bag-info.txt (Export-Instant), ISO 8601 UTC: orders packages of one office and period. */
    exportedAt: text('exported_at').notNull(),
    keyFingerprint: text('key_fingerprint').notNull(),
    counts: text('counts', { mode: 'json' }).$type<Record<string, number>>().notNull(),
    importedAt: text('imported_at').notNull(),
    replacedAt: text('replaced_at'),
  },
  (t) => [uniqueIndex('district_package_sha_unique').on(t.sha256), index('district_package_office_period_idx').on(t.officeCode, t.period)],
);

/** One record of an imported package, as the package's JSON (validated against the format's schema before import). */
export const districtRecord = sqliteTable(
  'district_record',
  {
    packageId: integer('package_id')
      .notNull()
      .references(() => districtPackage.id, { onDelete: 'cascade' }),
    /** packageEntities key: cases, caseParties, … */
    entity: text('entity').notNull(),
    /** The record's key within the entity: its id, or month / code / caseId-mediatorId for keyless entities. */
    recordKey: text('record_key').notNull(),
    data: text('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.packageId, t.entity, t.recordKey] })],
);

export type DistrictOfficeRow = typeof districtOffice.$inferSelect;
export type DistrictPackageRow = typeof districtPackage.$inferSelect;
export type DistrictRecordRow = typeof districtRecord.$inferSelect;
