// Tables of Party work (product §3, domain-reference §7.2): the branch, its members, its 三会一课 meetings.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { staff } from './staff';

export const cpcBranch = sqliteTable('cpc_branch', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  foundedOn: text('founded_on').notNull(),
  /** 批准机关: the Party committee that approved the branch. */
  approvedBy: text('approved_by'),
  termStart: text('term_start'),
  termEnd: text('term_end'),
  note: text('note'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const cpcMember = sqliteTable(
  'cpc_member',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** A branch with members cannot be deleted (restrict). */
    branchId: integer('branch_id')
      .notNull()
      .references(() => cpcBranch.id, { onDelete: 'restrict' }),
    /** Set when the member is one of the office's staff; cleared if that person leaves the register. */
    staffId: integer('staff_id').references(() => staff.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    nameInitials: text('name_initials').notNull(),
    namePinyin: text('name_pinyin').notNull(),
    /** Optional; when present, unique (import matches on it). */
    idNumber: text('id_number'),
    gender: text('gender', { enum: ['male', 'female'] }).notNull(),
    birthDate: text('birth_date').notNull(),
    ethnicity: text('ethnicity').notNull(),
    education: text('education').notNull(),
    /** 入党时间 */
    joinedOn: text('joined_on').notNull(),
    /** 转正时间; null while probationary. */
    fullOn: text('full_on'),
    memberType: text('member_type', { enum: ['full', 'probationary'] }).notNull(),
    /** 党内职务 code (secretary, deputySecretary, organization, propaganda, discipline, member). */
    partyPost: text('party_post').notNull(),
    /** 组织关系转入时间 */
    transferredInOn: text('transferred_in_on'),
    /** 组织关系转出时间; a member transferred out no longer counts. */
    transferredOutOn: text('transferred_out_on'),
    phone: text('phone'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('cpc_member_branch_idx').on(t.branchId),
    uniqueIndex('cpc_member_id_number_unique').on(t.idNumber),
    uniqueIndex('cpc_member_staff_unique').on(t.staffId),
    index('cpc_member_name_pinyin_idx').on(t.namePinyin),
  ],
);

export const cpcMeeting = sqliteTable(
  'cpc_meeting',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    branchId: integer('branch_id')
      .notNull()
      .references(() => cpcBranch.id, { onDelete: 'restrict' }),
    /** memberAssembly, committeeMeeting, groupMeeting, partyLecture, themedDay, lifeMeeting */
    kind: text('kind').notNull(),
    heldOn: text('held_on').notNull(),
    /** HH:MM, optional. */
    startTime: text('start_time'),
    place: text('place').notNull(),
    host: text('host').notNull(),
    recorder: text('recorder').notNull(),
    expectedCount: integer('expected_count').notNull(),
    presentCount: integer('present_count').notNull(),
    /** JSON array of { name, reason } for absent members. */
    absentees: text('absentees').notNull().default('[]'),
    /** 列席人员 */
    guests: text('guests'),
    topics: text('topics').notNull(),
    summary: text('summary'),
    resolutions: text('resolutions'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('cpc_meeting_branch_held_idx').on(t.branchId, t.heldOn), index('cpc_meeting_kind_idx').on(t.kind, t.heldOn)],
);

export type CpcBranchRow = typeof cpcBranch.$inferSelect;
export type CpcMemberRow = typeof cpcMember.$inferSelect;
export type CpcMeetingRow = typeof cpcMeeting.$inferSelect;
