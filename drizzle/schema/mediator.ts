// Tables of people's mediators (product §5, domain-reference §2): the person, training records, discipline events.
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { committee } from './committee';

export const mediator = sqliteTable(
  'mediator',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    nameInitials: text('name_initials').notNull(),
    namePinyin: text('name_pinyin').notNull(),
    idNumber: text('id_number').notNull(),
    gender: text('gender', { enum: ['male', 'female'] }).notNull(),
    birthDate: text('birth_date').notNull(),
    ethnicity: text('ethnicity').notNull(),
    politicalStatus: text('political_status').notNull(),
    education: text('education').notNull(),
    phone: text('phone'),
    /** A committee with mediators cannot be deleted (restrict). */
    committeeId: integer('committee_id')
      .notNull()
      .references(() => committee.id, { onDelete: 'restrict' }),
    employment: text('employment', { enum: ['fullTime', 'partTime'] }).notNull(),
    qualifications: text('qualifications'),
    /** 专家库 membership; field is the expertise (e.g. 婚姻家庭, 医疗). */
    inExpertPool: integer('in_expert_pool', { mode: 'boolean' }).notNull().default(false),
    expertField: text('expert_field'),
    /** 职称 where the pilot applies (e.g. 一级人民调解员). */
    title: text('title'),
    startedOn: text('started_on'),
    /** Left the post (removed, dismissed or resigned); no longer counted. */
    leftOn: text('left_on'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('mediator_id_number_unique').on(t.idNumber),
    index('mediator_name_pinyin_idx').on(t.namePinyin),
    index('mediator_committee_idx').on(t.committeeId),
  ],
);

export const mediatorTraining = sqliteTable(
  'mediator_training',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    mediatorId: integer('mediator_id')
      .notNull()
      .references(() => mediator.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    /** centralized 集中培训, rotation 实战轮岗, trialObservation 庭审观摩, online 网络培训, other */
    kind: text('kind').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date'),
    hours: integer('hours'),
    organizer: text('organizer'),
    note: text('note'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('mediator_training_mediator_idx').on(t.mediatorId, t.startDate)],
);

/** Art.15 events: criticism, removal (罢免), dismissal (解聘). */
export const mediatorDiscipline = sqliteTable(
  'mediator_discipline',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    mediatorId: integer('mediator_id')
      .notNull()
      .references(() => mediator.id, { onDelete: 'cascade' }),
    occurredOn: text('occurred_on').notNull(),
    /** criticism, removal, dismissal */
    kind: text('kind').notNull(),
    /** Art.15 item: partiality, insult, bribe, leak, other */
    reason: text('reason').notNull(),
    detail: text('detail'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('mediator_discipline_mediator_idx').on(t.mediatorId)],
);

export type MediatorRow = typeof mediator.$inferSelect;
export type MediatorTrainingRow = typeof mediatorTraining.$inferSelect;
export type MediatorDisciplineRow = typeof mediatorDiscipline.$inferSelect;
