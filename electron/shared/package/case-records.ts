// The case records of an upload package: the case, its mediators, parties, agents, steps and dossier.
import { z } from 'zod';
import { id, text, optText, date, optDate, optInstant, fen, stamps } from './record-fields';

export const caseRecord = z.strictObject({
  id,
  committeeId: id,
  source: text,
  sourceDetail: optText,
  findingId: id.nullable(),
  receivedOn: date,
  category: text,
  facts: text,
  requests: optText,
  amountFen: fen,
  note: optText,
  state: z.enum(['received', 'rejected', 'mediating', 'succeeded', 'failed', 'terminated']),
  acceptedOn: optDate,
  concludedOn: optDate,
  agreementForm: z.enum(['written', 'oral']).nullable(),
  agreementEffectiveOn: optDate,
  agreementAmountFen: fen,
  enteredAt: optInstant,
  ...stamps,
});

export const caseMediatorRecord = z.strictObject({ caseId: id, mediatorId: id, sortOrder: z.int() });

export const casePartyRecord = z.strictObject({
  id,
  caseId: id,
  role: z.enum(['applicant', 'respondent']),
  kind: z.enum(['person', 'organization']),
  name: text,
  gender: optText,
  ethnicity: optText,
  birthDate: optDate,
  occupation: optText,
  idNumber: optText,
  creditCode: optText,
  legalRepresentative: optText,
  phone: optText,
  address: optText,
  sortOrder: z.int(),
  ...stamps,
});

export const caseAgentRecord = z.strictObject({
  id,
  partyId: id,
  name: text,
  idNumber: optText,
  phone: optText,
  kind: text,
  authority: optText,
  authorityText: optText,
  relation: optText,
  ...stamps,
});

const stepScalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const caseStepRecord = z.strictObject({
  id,
  caseId: id,
  kind: text,
  occurredOn: date,
  people: optText,
  content: optText,
  /**
   * The step kind's own fields (outcome result, satisfaction, agreement clauses …): scalars, lists of scalars,
   * or one more level of such fields — shallow on purpose, so no package can nest it deeper than that.
   */
  data: z.record(z.string(), z.union([stepScalar, z.array(stepScalar), z.record(z.string(), z.union([stepScalar, z.array(stepScalar)]))])),
  ...stamps,
});

export const dossierRecord = z.strictObject({
  id,
  caseId: id,
  committeeId: id,
  year: z.int(),
  seq: z.int().positive(),
  number: text,
  openedOn: date,
  status: z.enum(['open', 'closed']),
  closedBy: optText,
  closedOn: optDate,
  retention: optText,
  reopenedOn: optDate,
  reopenReason: optText,
  note: optText,
  /** The ASCII path of the dossier PDF in the package (data/dossiers/…), null when not included. */
  pdf: optText,
  ...stamps,
});
