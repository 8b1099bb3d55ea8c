// Parties of a case (当事人) after intake: add, change (agents replaced wholesale), delete — always one applicant and one respondent.
import { and, eq, isNull, max } from 'drizzle-orm';
import { caseParty, mediationCase, type CasePartyRow } from '../../../drizzle/schema';
import { AppError } from '../../shared/errors';
import type { CaseParty } from '../../shared/schemas/case-party';
import { reindexCase } from '../search/case-index';
import type { CallContext, HandlerGroup } from './context';
import { caseDetailOf, findCase, partiesOf } from './case-detail';
import { insertParty, replaceParty } from './case-intake';
import { assertCaseUnlocked } from './dossier-lock';

/** A party of a case that is not deleted, or NOT_FOUND. */
function findParty(call: CallContext, id: number): CasePartyRow {
  const row = call.db
    .select({ party: caseParty })
    .from(caseParty)
    .innerJoin(mediationCase, eq(mediationCase.id, caseParty.caseId))
    .where(and(eq(caseParty.id, id), isNull(mediationCase.deletedAt)))
    .get();
  if (!row) throw new AppError('NOT_FOUND', '该当事人不存在或已被删除');
  return row.party;
}

/** The case must keep at least one applicant and one respondent once `parties` is its new list. */
function assertBothSides(parties: readonly Pick<CaseParty, 'role'>[]): void {
  for (const [role, label] of [
    ['applicant', '申请人'],
    ['respondent', '被申请人'],
  ] as const) {
    if (!parties.some((p) => p.role === role)) throw new AppError('CONFLICT', `案件至少要有一名${label}`);
  }
}

function done(call: CallContext, caseId: number, partyId: number, before: CaseParty | null, after: CaseParty | null) {
  call.db.update(mediationCase).set({ updatedAt: call.now }).where(eq(mediationCase.id, caseId)).run();
  call.audit({ entity: 'caseParty', entityId: partyId, before, after });
  reindexCase(call.db, caseId);
  return caseDetailOf(call, caseId);
}

export const casePartyHandlers: HandlerGroup<'party.create' | 'party.update' | 'party.delete'> = {
  'party.create': ({ caseId, data }, call) => {
    findCase(call, caseId);
    assertCaseUnlocked(call, caseId);
    const last = call.db.select({ n: max(caseParty.sortOrder) }).from(caseParty).where(eq(caseParty.caseId, caseId)).get()?.n;
    const party = insertParty(call, caseId, data, (last ?? -1) + 1, '');
    return done(call, caseId, party.id, null, party);
  },

  'party.update': ({ id, data }, call) => {
    const row = findParty(call, id);
    assertCaseUnlocked(call, row.caseId);
    const parties = partiesOf(call.db, row.caseId);
    assertBothSides(parties.map((p) => (p.id === id ? { role: data.role } : p)));
    const before = parties.find((p) => p.id === id)!; // findParty proved it belongs to this case
    const after = replaceParty(call, row, data);
    return done(call, row.caseId, id, before, after);
  },

  'party.delete': ({ id }, call) => {
    const row = findParty(call, id);
    assertCaseUnlocked(call, row.caseId);
    const parties = partiesOf(call.db, row.caseId);
    assertBothSides(parties.filter((p) => p.id !== id));
    const before = parties.find((p) => p.id === id)!; // findParty proved it belongs to this case
    call.db.delete(caseParty).where(eq(caseParty.id, id)).run();
    return done(call, row.caseId, id, before, null);
  },
};
