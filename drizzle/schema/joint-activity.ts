// Tables of joint building (product §6, domain-reference §7.3): partner units and the activities held with them.
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const partnerUnit = sqliteTable(
  'partner_unit',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** court 人民法庭 (庭所共建) or policeStation 派出所 (所所共建). */
    kind: text('kind', { enum: ['court', 'policeStation'] }).notNull(),
    name: text('name').notNull(),
    nameInitials: text('name_initials').notNull(),
    namePinyin: text('name_pinyin').notNull(),
    address: text('address'),
    contact: text('contact'),
    phone: text('phone'),
    /** Date the 共建协议 was signed. */
    agreementOn: text('agreement_on'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('partner_unit_kind_idx').on(t.kind)],
);

export const jointActivity = sqliteTable(
  'joint_activity',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** A partner with activities cannot be deleted (restrict). */
    partnerUnitId: integer('partner_unit_id')
      .notNull()
      .references(() => partnerUnit.id, { onDelete: 'restrict' }),
    heldOn: text('held_on').notNull(),
    /** jointMeeting, jointInvestigation, jointMediation, training, legalPublicity, caseTransfer, judicialConfirmation, trialObservation, other */
    kind: text('kind').notNull(),
    place: text('place').notNull(),
    ourParticipants: text('our_participants').notNull(),
    partnerParticipants: text('partner_participants').notNull(),
    summary: text('summary').notNull(),
    results: text('results'),
    /** 成效数据: cases transferred / mediated through the activity, when counted. */
    casesCount: integer('cases_count'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('joint_activity_partner_idx').on(t.partnerUnitId, t.heldOn), index('joint_activity_held_idx').on(t.heldOn)],
);

export type PartnerUnitRow = typeof partnerUnit.$inferSelect;
export type JointActivityRow = typeof jointActivity.$inferSelect;
