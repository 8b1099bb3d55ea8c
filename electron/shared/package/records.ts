// The records of an upload package (数据包, FORMAT v1): one zod schema per entity, the JSON Schemas shipped in
// the package are generated from these, and the district validates each imported file against them.
import { z } from 'zod';
import { caseAgentRecord, caseMediatorRecord, casePartyRecord, caseRecord, caseStepRecord, dossierRecord } from './case-records';
import { id, text, optText, date, optDate, instant, count, stamps } from './record-fields';

/** Format version of the package; bump on any change to these schemas or the layout (docs/package-format.md). */
export const PACKAGE_FORMAT_VERSION = '1.0';

export const officeRecord = z.strictObject({
  name: text,
  code: z.string().regex(/^\d{9}(\d{3})?$/),
  district: text,
  township: text,
  address: optText,
  head: optText,
  phone: optText,
});

export const disputeCategoryRecord = z.strictObject({
  code: text,
  label: text,
  parentCode: optText,
  builtin: z.boolean(),
  active: z.boolean(),
  sortOrder: z.int(),
});

export const committeeRecord = z.strictObject({
  id,
  name: text,
  shortName: optText,
  kind: text,
  field: optText,
  filingNumber: optText,
  filedOn: optDate,
  foundedOn: optDate,
  address: optText,
  phone: optText,
  note: optText,
  ...stamps,
});

export const committeeMemberRecord = z.strictObject({
  id,
  committeeId: id,
  name: text,
  gender: z.enum(['male', 'female']),
  ethnicity: optText,
  role: text,
  termStart: date,
  termEnd: date,
  leftOn: optDate,
  phone: optText,
  note: optText,
  ...stamps,
});

export const mediatorRecord = z.strictObject({
  id,
  name: text,
  idNumber: text,
  gender: z.enum(['male', 'female']),
  birthDate: date,
  ethnicity: text,
  politicalStatus: text,
  education: text,
  phone: optText,
  committeeId: id,
  employment: z.enum(['fullTime', 'partTime']),
  qualifications: optText,
  inExpertPool: z.boolean(),
  expertField: optText,
  title: optText,
  startedOn: optDate,
  leftOn: optDate,
  note: optText,
  ...stamps,
});

export const mediatorTrainingRecord = z.strictObject({
  id,
  mediatorId: id,
  title: text,
  kind: text,
  startDate: date,
  endDate: optDate,
  hours: z.int().nonnegative().nullable(),
  organizer: optText,
  note: optText,
  ...stamps,
});

export const investigationRecord = z.strictObject({
  id,
  level: z.enum(['street', 'district']),
  period: text,
  kind: text,
  conductedOn: date,
  grid: optText,
  investigators: text,
  method: optText,
  responsible: text,
  reportedOn: optDate,
  note: optText,
  ...stamps,
});

export const investigationFindingRecord = z.strictObject({
  id,
  investigationId: id,
  category: text,
  summary: text,
  parties: text,
  grid: optText,
  riskLevel: text,
  responsible: text,
  status: text,
  major: z.boolean(),
  resolvedOn: optDate,
  caseId: id.nullable(),
  note: optText,
  ...stamps,
});

export const partnerUnitRecord = z.strictObject({
  id,
  kind: z.enum(['court', 'policeStation']),
  name: text,
  address: optText,
  contact: optText,
  phone: optText,
  agreementOn: optDate,
  note: optText,
  ...stamps,
});

export const jointActivityRecord = z.strictObject({
  id,
  partnerUnitId: id,
  heldOn: date,
  kind: text,
  place: text,
  ourParticipants: text,
  partnerParticipants: text,
  summary: text,
  results: optText,
  casesCount: z.int().nonnegative().nullable(),
  note: optText,
  ...stamps,
});

/** 防止民转刑 and the other prevention outcomes, entered per month (prevention.save). */
export const preventionRecord = z.strictObject({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  criminalCases: count,
  criminalPersons: count,
  petitionCases: count,
  petitionPersons: count,
  suicideCases: count,
  suicidePersons: count,
  fights: count,
  preventedDisputes: count,
  note: optText,
  updatedAt: instant,
});

/**
 * Every entity of a package, in file order. `scope` says which rows of the office's database it holds:
 * `snapshot` — all rows at export time; `period` — the rows of the period (see docs/package-format.md).
 * The file stem is ASCII and used for data/records/<stem>.json, data/csv/<stem>.csv and data/schemas/<stem>.schema.json.
 */
export const packageEntities = {
  office: { stem: 'office', label: '司法所', scope: 'snapshot', schema: officeRecord },
  disputeCategories: { stem: 'dispute-categories', label: '纠纷类型', scope: 'snapshot', schema: disputeCategoryRecord },
  committees: { stem: 'committees', label: '人民调解委员会', scope: 'snapshot', schema: committeeRecord },
  committeeMembers: { stem: 'committee-members', label: '调委会委员', scope: 'snapshot', schema: committeeMemberRecord },
  mediators: { stem: 'mediators', label: '人民调解员', scope: 'snapshot', schema: mediatorRecord },
  mediatorTrainings: { stem: 'mediator-trainings', label: '调解员培训（本年至期末）', scope: 'period', schema: mediatorTrainingRecord },
  cases: { stem: 'cases', label: '调解案件', scope: 'period', schema: caseRecord },
  caseMediators: { stem: 'case-mediators', label: '案件调解员', scope: 'period', schema: caseMediatorRecord },
  caseParties: { stem: 'case-parties', label: '当事人', scope: 'period', schema: casePartyRecord },
  caseAgents: { stem: 'case-agents', label: '代理人', scope: 'period', schema: caseAgentRecord },
  caseSteps: { stem: 'case-steps', label: '办理环节', scope: 'period', schema: caseStepRecord },
  dossiers: { stem: 'dossiers', label: '卷宗', scope: 'period', schema: dossierRecord },
  investigations: { stem: 'investigations', label: '矛盾纠纷排查', scope: 'period', schema: investigationRecord },
  investigationFindings: { stem: 'investigation-findings', label: '排查发现的纠纷', scope: 'period', schema: investigationFindingRecord },
  partnerUnits: { stem: 'partner-units', label: '共建单位', scope: 'snapshot', schema: partnerUnitRecord },
  jointActivities: { stem: 'joint-activities', label: '共建活动', scope: 'period', schema: jointActivityRecord },
  prevention: { stem: 'prevention', label: '预防成效（按月填报）', scope: 'period', schema: preventionRecord },
} as const;

export type PackageEntity = keyof typeof packageEntities;
export const packageEntityNames = Object.keys(packageEntities) as PackageEntity[];
export type RecordOf<E extends PackageEntity> = z.output<(typeof packageEntities)[E]['schema']>;

/**
 * The records of one office and period: what the package carries, what the report is computed from (on the
 * office side from its database, on the district side from imported packages), and what the district stores.
 * `office` is a one-element array so that every entity is a list.
 */
export type PeriodDataset = { readonly period: string } & { readonly [E in PackageEntity]: readonly RecordOf<E>[] };

/** A record's key within its entity (district_record.record_key; the sort order of the JSON and CSV files). */
export function recordKeyOf(entity: PackageEntity, record: Record<string, unknown>): string {
  switch (entity) {
    case 'office':
    case 'disputeCategories':
      return String(record.code);
    case 'prevention':
      return String(record.month);
    case 'caseMediators':
      return `${String(record.caseId)}-${String(record.mediatorId)}`;
    default:
      return String(record.id);
  }
}
