// Tables of mediation cases (调解案件, product §8, domain-reference §1–§2): the case, its mediators, parties, agents and steps.
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { committee } from './committee';
import { investigationFinding } from './investigation';
import { mediator } from './mediator';

/**
 * One dispute taken in by a committee. The steps (case_step) are the truth; the columns from `state` down
 * are derived from them by the core after every change (recomputeCase), kept here for lists, filters and
 * counts. Case data is deleted softly (`deletedAt`), so the audit and the dossier number stay.
 */
export const mediationCase = sqliteTable(
  'mediation_case',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    committeeId: integer('committee_id')
      .notNull()
      .references(() => committee.id, { onDelete: 'restrict' }),
    /** caseSources code: applied, initiative, investigation, courtAssigned, … */
    source: text('source').notNull(),
    /** The referring unit or other detail of the source (e.g. 城关派出所). */
    sourceDetail: text('source_detail'),
    /** For source 'investigation': the dispute found by a 排查 round. */
    findingId: integer('finding_id').references(() => investigationFinding.id, { onDelete: 'set null' }),
    receivedOn: text('received_on').notNull(),
    /** dispute_category code. */
    category: text('category').notNull(),
    facts: text('facts').notNull(),
    requests: text('requests'),
    /** 涉及金额 in 分 (integer), null when none. */
    amountFen: integer('amount_fen'),
    note: text('note'),
    // Derived from the steps (see electron/shared/rules/case-state.ts).
    /** received 待受理, rejected 不予受理, mediating 调解中, succeeded 调解成功, failed 调解不成功, terminated 终止调解 */
    state: text('state').notNull().default('received'),
    acceptedOn: text('accepted_on'),
    /** The day the case ended: outcome date, or the 不予受理 date. */
    concludedOn: text('concluded_on'),
    /** written / oral, once an agreement step exists. */
    agreementForm: text('agreement_form'),
    agreementEffectiveOn: text('agreement_effective_on'),
    agreementAmountFen: integer('agreement_amount_fen'),
    /** The instant the case's conclusion was first recorded here (月度录入 deadline is checked against it). */
    enteredAt: text('entered_at'),
    deletedAt: text('deleted_at'),
    deleteReason: text('delete_reason'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('case_committee_state_received_idx').on(t.committeeId, t.state, t.receivedOn),
    index('case_received_idx').on(t.receivedOn),
    /** Live (not deleted) cases by date: the unfiltered and by-year pages and their counts. */
    index('case_live_received_idx').on(t.receivedOn).where(sql`${t.deletedAt} is null`),
    index('case_state_received_idx').on(t.state, t.receivedOn),
    index('case_concluded_idx').on(t.concludedOn),
    index('case_category_idx').on(t.category),
    index('case_source_received_idx').on(t.source, t.receivedOn),
    index('case_finding_idx').on(t.findingId),
  ],
);

/** The mediators (人民调解员) who handle a case (Art.19). */
export const caseMediator = sqliteTable(
  'case_mediator',
  {
    caseId: integer('case_id')
      .notNull()
      .references(() => mediationCase.id, { onDelete: 'cascade' }),
    mediatorId: integer('mediator_id')
      .notNull()
      .references(() => mediator.id, { onDelete: 'restrict' }),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.mediatorId] }), index('case_mediator_mediator_idx').on(t.mediatorId)],
);

/** A party (当事人): applicant or respondent; a natural person or an organisation. */
export const caseParty = sqliteTable(
  'case_party',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => mediationCase.id, { onDelete: 'cascade' }),
    /** applicant 申请人 / respondent 被申请人 */
    role: text('role', { enum: ['applicant', 'respondent'] }).notNull(),
    /** person 自然人 / organization 单位 */
    kind: text('kind', { enum: ['person', 'organization'] }).notNull(),
    name: text('name').notNull(),
    nameInitials: text('name_initials').notNull(),
    namePinyin: text('name_pinyin').notNull(),
    // Natural persons.
    gender: text('gender'),
    ethnicity: text('ethnicity'),
    birthDate: text('birth_date'),
    occupation: text('occupation'),
    idNumber: text('id_number'),
    // Organisations.
    creditCode: text('credit_code'),
    legalRepresentative: text('legal_representative'),
    // Both.
    phone: text('phone'),
    /** 住址 of a person, 住所 of an organisation. */
    address: text('address'),
    sortOrder: integer('sort_order').notNull().default(0),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('case_party_case_idx').on(t.caseId),
    index('case_party_id_number_idx').on(t.idNumber),
    index('case_party_name_phone_idx').on(t.name, t.phone),
    index('case_party_credit_code_idx').on(t.creditCode),
  ],
);

/** A party's agent (代理人) and the authority given (授权委托). */
export const caseAgent = sqliteTable(
  'case_agent',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    partyId: integer('party_id')
      .notNull()
      .references(() => caseParty.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    idNumber: text('id_number'),
    phone: text('phone'),
    /** entrusted 委托代理人 / legal 法定代理人 */
    kind: text('kind').notNull(),
    /** general 一般授权 / special 特别授权 (for entrusted agents). */
    authority: text('authority'),
    /** 代理权限 as written in the 授权委托书. */
    authorityText: text('authority_text'),
    relation: text('relation'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('case_agent_party_idx').on(t.partyId)],
);

/**
 * One step of the work on a case (受理, 调查, 调解, 结果, 协议, 履行, 回访, 司法确认 …) with its date, people
 * and text; `data` holds the kind's own fields as JSON, validated by the contract's step schemas.
 */
export const caseStep = sqliteTable(
  'case_step',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    caseId: integer('case_id')
      .notNull()
      .references(() => mediationCase.id, { onDelete: 'cascade' }),
    /** accept, reject, inquiry, session, outcome, agreement, performance, followUp, judicialConfirmation */
    kind: text('kind').notNull(),
    occurredOn: text('occurred_on').notNull(),
    people: text('people'),
    content: text('content'),
    data: text('data', { mode: 'json' }).notNull().default(sql`'{}'`),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('case_step_case_idx').on(t.caseId, t.kind)],
);

/**
 * Trigram search needs 3 characters; a 1-character query on names uses this index of each name's characters
 * (and its pinyin initials). WITHOUT ROWID in the migration: the primary key is the whole row.
 */
export const caseSearchGram = sqliteTable(
  'case_search_gram',
  {
    gram: text('gram').notNull(),
    caseId: integer('case_id')
      .notNull()
      .references(() => mediationCase.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.gram, t.caseId] }), index('case_search_gram_case_idx').on(t.caseId)],
);

export type MediationCaseRow = typeof mediationCase.$inferSelect;
export type CasePartyRow = typeof caseParty.$inferSelect;
export type CaseAgentRow = typeof caseAgent.$inferSelect;
export type CaseStepRow = typeof caseStep.$inferSelect;
