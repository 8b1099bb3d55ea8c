// Checks of a case's own fields against the registers (committee, category, mediators, finding) and party/mediator writes.
import { eq, inArray } from 'drizzle-orm';
import {
  caseAgent,
  caseMediator,
  caseParty,
  committee,
  disputeCategory,
  investigationFinding,
  mediator,
  type CaseAgentRow,
  type CasePartyRow,
  type MediationCaseRow,
} from '../../../drizzle/schema';
import type { ParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import type { CaseParty } from '../../shared/schemas/case-party';
import { checkIdNumber } from '../../shared/validators/id-number';
import { nameKeys } from '../search-keys';
import type { CallContext } from './context';
import { toParty } from './case-detail';

export type CaseData = ParsedInput<'case.update'>['data'];
export type PartyData = ParsedInput<'party.create'>['data'];

/**
 * The case's own fields against the registers. On update, `before` lets the case keep a category that has
 * since been switched off and mediators who have since left; new choices must be active.
 */
export function checkCaseData(call: CallContext, data: CaseData, before?: MediationCaseRow, keptMediators: number[] = []): void {
  if (data.receivedOn > call.today) throw new AppError('VALIDATION_FAILED', '收案日期不能晚于今天', 'receivedOn');
  if (!call.db.select({ id: committee.id }).from(committee).where(eq(committee.id, data.committeeId)).get()) {
    throw new AppError('VALIDATION_FAILED', '该调委会不存在或已被删除', 'committeeId');
  }
  const category = call.db.select().from(disputeCategory).where(eq(disputeCategory.code, data.category)).get();
  if (!category) throw new AppError('VALIDATION_FAILED', '该纠纷类型不存在，请重新选择', 'category');
  if (!category.active && before?.category !== data.category) {
    throw new AppError('VALIDATION_FAILED', `纠纷类型“${category.label}”已停用，请重新选择`, 'category');
  }
  if (data.mediatorIds.length > 0) {
    const found = call.db.select().from(mediator).where(inArray(mediator.id, data.mediatorIds)).all();
    if (found.length !== data.mediatorIds.length) {
      throw new AppError('VALIDATION_FAILED', '所选调解员不存在或已被删除', 'mediatorIds');
    }
    const left = found.find((m) => m.leftOn !== null && m.leftOn <= call.today && !keptMediators.includes(m.id));
    if (left) throw new AppError('VALIDATION_FAILED', `调解员${left.name}已于${left.leftOn}离任，不能承办案件`, 'mediatorIds');
  }
  if (data.findingId !== null && data.findingId !== before?.findingId) {
    const finding = call.db.select().from(investigationFinding).where(eq(investigationFinding.id, data.findingId)).get();
    if (!finding) throw new AppError('VALIDATION_FAILED', '所关联的排查纠纷不存在或已被删除', 'findingId');
    if (finding.caseId !== null) throw new AppError('CONFLICT', '该排查纠纷已关联其他调解案件', 'findingId');
  }
}

/** Sets or clears investigation_finding.case_id (a pending finding becomes 调处中), audited as the finding's change. */
export function linkFinding(call: CallContext, findingId: number, caseId: number | null): void {
  const before = call.db.select().from(investigationFinding).where(eq(investigationFinding.id, findingId)).get();
  if (!before) return;
  const status = caseId !== null && before.status === 'pending' ? 'mediating' : before.status;
  const after = call.db
    .update(investigationFinding)
    .set({ caseId, status, updatedAt: call.now })
    .where(eq(investigationFinding.id, findingId))
    .returning()
    .get();
  call.audit({ entity: 'investigationFinding', entityId: findingId, before, after });
}

export function writeMediators(call: CallContext, caseId: number, mediatorIds: readonly number[]): void {
  call.db.delete(caseMediator).where(eq(caseMediator.caseId, caseId)).run();
  mediatorIds.forEach((mediatorId, sortOrder) => {
    call.db.insert(caseMediator).values({ caseId, mediatorId, sortOrder }).run();
  });
}

/** The stored columns of a party: name keys, and for a person with an ID number the gender and birth date it carries. */
function partyValues(call: CallContext, data: PartyData, prefix: string) {
  const field = (name: string) => (prefix === '' ? name : `${prefix}.${name}`);
  const { agents: _agents, ...fields } = data;
  let { gender, birthDate } = fields;
  if (fields.kind === 'person' && fields.idNumber !== null) {
    const check = checkIdNumber(fields.idNumber, call.today);
    if (!check.ok) throw new AppError('VALIDATION_FAILED', check.reason, field('idNumber'));
    gender ??= check.info.gender;
    birthDate ??= check.info.birthDate;
  }
  if (birthDate !== null && birthDate > call.today) {
    throw new AppError('VALIDATION_FAILED', '出生日期不能晚于今天', field('birthDate'));
  }
  const keys = nameKeys(fields.name);
  return { ...fields, gender, birthDate, nameInitials: keys.initials, namePinyin: keys.pinyin };
}

function insertAgents(call: CallContext, partyId: number, data: PartyData): CaseAgentRow[] {
  return data.agents.map((agent) =>
    call.db
      .insert(caseAgent)
      .values({ ...agent, partyId, createdAt: call.now, updatedAt: call.now })
      .returning()
      .get(),
  );
}

/** `prefix` names the input path of the party in errors: 'parties.0' at intake, '' for party.create. */
export function insertParty(call: CallContext, caseId: number, data: PartyData, sortOrder: number, prefix: string): CaseParty {
  const row = call.db
    .insert(caseParty)
    .values({ ...partyValues(call, data, prefix), caseId, sortOrder, createdAt: call.now, updatedAt: call.now })
    .returning()
    .get();
  return toParty(row, insertAgents(call, row.id, data));
}

/** Rewrites a party's fields and replaces its agents wholesale. */
export function replaceParty(call: CallContext, before: CasePartyRow, data: PartyData): CaseParty {
  const row = call.db
    .update(caseParty)
    .set({ ...partyValues(call, data, ''), updatedAt: call.now })
    .where(eq(caseParty.id, before.id))
    .returning()
    .get()!; // the caller found the party inside this same transaction
  call.db.delete(caseAgent).where(eq(caseAgent.partyId, before.id)).run();
  return toParty(row, insertAgents(call, row.id, data));
}
