// Tables of people's mediation committees (product §4, domain-reference §2): the committee and its members with terms.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const committee = sqliteTable(
  'committee',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    nameInitials: text('name_initials').notNull(),
    namePinyin: text('name_pinyin').notNull(),
    /** 简称 used in dossier numbers (（2026）城关调字第001号); null → derived from the name. */
    shortName: text('short_name'),
    /** district (区级调解中心), street, village, community, enterprise, professional (行业性/专业性). */
    kind: text('kind').notNull(),
    /** For professional committees: property, medical, labor, traffic, … (code list); null otherwise. */
    field: text('field'),
    /** 备案 with the district bureau; both null while not filed. */
    filingNumber: text('filing_number'),
    filedOn: text('filed_on'),
    foundedOn: text('founded_on'),
    address: text('address'),
    phone: text('phone'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('committee_name_pinyin_idx').on(t.namePinyin), index('committee_kind_idx').on(t.kind)],
);

/** Members (委员) of a committee, with 3-year terms; a member who leaves keeps the row with `leftOn` set (Art.10). */
export const committeeMember = sqliteTable(
  'committee_member',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    committeeId: integer('committee_id')
      .notNull()
      .references(() => committee.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    gender: text('gender', { enum: ['male', 'female'] }).notNull(),
    ethnicity: text('ethnicity'),
    /** director 主任, deputyDirector 副主任, member 委员 */
    role: text('role').notNull(),
    termStart: text('term_start').notNull(),
    termEnd: text('term_end').notNull(),
    leftOn: text('left_on'),
    phone: text('phone'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('committee_member_committee_idx').on(t.committeeId)],
);

export type CommitteeRow = typeof committee.$inferSelect;
export type CommitteeMemberRow = typeof committeeMember.$inferSelect;
