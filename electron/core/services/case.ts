// Mediation cases (调解案件): intake with parties, the case's own fields, soft delete; parties and steps from their modules.
import { eq } from 'drizzle-orm';
import { mediationCase, type MediationCaseRow } from '../../../drizzle/schema';
import { AppError } from '../../shared/errors';
import { reindexCase } from '../search/case-index';
import type { CallContext, HandlerGroup } from './context';
import { caseDetailOf, findCase, mediatorsOf, partiesOf, stepsOf, toCase } from './case-detail';
import { checkDuplicates } from './case-duplicates';
import { checkCaseData, insertParty, linkFinding, writeMediators, type CaseData } from './case-intake';
import { casePartyHandlers } from './case-parties';
import { assertReceivedOn } from './case-step-dates';
import { caseStepHandlers } from './case-steps';
import { assertCaseUnlocked } from './dossier-lock';
import { dossierRowOf } from './dossier-view';

/** What the audit keeps of a case's own fields: the columns and its mediators. */
function caseAudit(call: CallContext, row: MediationCaseRow) {
  return { ...toCase(row), mediatorIds: mediatorsOf(call.db, row.id).map((m) => m.id) };
}

/** Once the dossier is opened its 卷号 belongs to the case's committee, and the case was received by the opening day. */
function assertDossierKept(call: CallContext, row: MediationCaseRow, data: CaseData): void {
  const opened = dossierRowOf(call.db, row.id);
  if (!opened) return;
  if (data.committeeId !== row.committeeId) {
    throw new AppError('CONFLICT', `已建立卷宗（${opened.number}）的案件不能更换调委会，卷号按原调委会编号`, 'committeeId');
  }
  if (data.receivedOn > opened.openedOn) {
    throw new AppError('VALIDATION_FAILED', `收案日期不能晚于建卷日期（${opened.openedOn}）`, 'receivedOn');
  }
}

function caseColumns(data: CaseData) {
  const { mediatorIds: _m, ...columns } = data;
  return columns;
}

export const caseHandlers: HandlerGroup<
  | 'case.get'
  | 'case.create'
  | 'case.update'
  | 'case.delete'
  | 'case.checkDuplicates'
  | 'party.create'
  | 'party.update'
  | 'party.delete'
  | 'caseStep.create'
  | 'caseStep.update'
  | 'caseStep.delete'
> = {
  'case.get': ({ id }, call) => caseDetailOf(call, id),

  'case.create': (input, call) => {
    const { parties, ...data } = input;
    checkCaseData(call, data);
    const row = call.db
      .insert(mediationCase)
      .values({ ...caseColumns(data), state: 'received', createdAt: call.now, updatedAt: call.now })
      .returning()
      .get();
    writeMediators(call, row.id, data.mediatorIds);
    // Applicants first, each side in the order typed.
    const ordered = parties.map((party, index) => ({ party, index })).sort((a, b) => a.party.role.localeCompare(b.party.role));
    const stored = ordered.map(({ party, index }, sortOrder) => insertParty(call, row.id, party, sortOrder, `parties.${index}`));
    if (data.findingId !== null) linkFinding(call, data.findingId, row.id);
    call.audit({ entity: 'case', entityId: row.id, before: null, after: { ...caseAudit(call, row), parties: stored } });
    reindexCase(call.db, row.id);
    return caseDetailOf(call, row.id);
  },

  'case.update': ({ id, data }, call) => {
    const row = findCase(call, id);
    assertCaseUnlocked(call, id);
    const before = caseAudit(call, row);
    checkCaseData(call, data, row, before.mediatorIds);
    assertDossierKept(call, row, data);
    assertReceivedOn(data.receivedOn, stepsOf(call.db, id));
    const after = call.db
      .update(mediationCase)
      .set({ ...caseColumns(data), updatedAt: call.now })
      .where(eq(mediationCase.id, id))
      .returning()
      .get()!; // findCase above proved the row exists, inside this same transaction
    writeMediators(call, id, data.mediatorIds);
    if (row.findingId !== data.findingId) {
      if (row.findingId !== null) linkFinding(call, row.findingId, null);
      if (data.findingId !== null) linkFinding(call, data.findingId, id);
    }
    call.audit({ entity: 'case', entityId: id, before, after: caseAudit(call, after) });
    reindexCase(call.db, id);
    return caseDetailOf(call, id);
  },

  /** Soft: the case leaves every list and count; its dossier row stays so the number is never given again. */
  'case.delete': ({ id, reason }, call) => {
    const row = findCase(call, id);
    assertCaseUnlocked(call, id);
    const before = { ...caseAudit(call, row), parties: partiesOf(call.db, id), steps: stepsOf(call.db, id) };
    call.db
      .update(mediationCase)
      .set({ deletedAt: call.now, deleteReason: reason, updatedAt: call.now })
      .where(eq(mediationCase.id, id))
      .run();
    if (row.findingId !== null) linkFinding(call, row.findingId, null);
    call.audit({ entity: 'case', entityId: id, before, after: { deletedAt: call.now, deleteReason: reason } });
    reindexCase(call.db, id);
    return { id };
  },

  'case.checkDuplicates': (input, call) => checkDuplicates(call.db, input),

  ...casePartyHandlers,
  ...caseStepHandlers,
};
