// The whole case as the case page shows it (caseDetail): case columns, parties with agents, steps, dossier view, next steps.
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import {
  caseAgent,
  caseMediator,
  caseParty,
  caseStep,
  committee,
  disputeCategory,
  mediationCase,
  mediator,
  type CaseAgentRow,
  type CasePartyRow,
  type CaseStepRow,
  type MediationCaseRow,
} from '../../../drizzle/schema';
import { AppError } from '../../shared/errors';
import { caseTitle } from '../../shared/rules/case-title';
import { inWorkflowOrder, nextSteps } from '../../shared/rules/case-state';
import type { CaseDetail, MediationCase } from '../../shared/schemas/case';
import type { CaseAgent, CaseParty } from '../../shared/schemas/case-party';
import type { CaseStep } from '../../shared/schemas/case-step';
import type { Db } from '../db/open';
import type { CallContext } from './context';
import { dossierViewOf } from './dossier-view';
import { readCaseSettings } from './setting';

/** A case that exists and is not deleted, or NOT_FOUND. */
export function findCase(call: Pick<CallContext, 'db'>, id: number): MediationCaseRow {
  const row = call.db
    .select()
    .from(mediationCase)
    .where(and(eq(mediationCase.id, id), isNull(mediationCase.deletedAt)))
    .get();
  if (!row) throw new AppError('NOT_FOUND', '该调解案件不存在或已被删除');
  return row;
}

export function toCase(row: MediationCaseRow): MediationCase {
  const { deletedAt: _d, deleteReason: _r, ...rest } = row;
  return { ...rest, state: rest.state as MediationCase['state'] };
}

/** A stored step: its common columns and its kind's own fields from `data`, flat again. */
export function toStep(row: CaseStepRow): CaseStep {
  const data = (row.data ?? {}) as Record<string, unknown>;
  const { id, caseId, kind, occurredOn, people, content, createdAt, updatedAt } = row;
  return { ...data, id, caseId, kind, occurredOn, people, content, createdAt, updatedAt } as CaseStep;
}

/** The steps of a case by date, then the workflow order of their kind (调解 above a same-day 调解结果), then id. */
export function stepsOf(db: Db, caseId: number): CaseStep[] {
  return inWorkflowOrder(db.select().from(caseStep).where(eq(caseStep.caseId, caseId)).all().map(toStep));
}

function toAgent(row: CaseAgentRow): CaseAgent {
  return row;
}

export function toParty(row: CasePartyRow, agents: readonly CaseAgentRow[]): CaseParty {
  const { nameInitials: _i, namePinyin: _p, ...rest } = row;
  return { ...rest, agents: agents.filter((a) => a.partyId === row.id).map(toAgent) };
}

/** Applicants first, then by sortOrder and id. */
export function partiesOf(db: Db, caseId: number): CaseParty[] {
  const rows = db
    .select()
    .from(caseParty)
    .where(eq(caseParty.caseId, caseId))
    .orderBy(asc(caseParty.role), asc(caseParty.sortOrder), asc(caseParty.id))
    .all();
  const ids = rows.map((r) => r.id);
  const agents =
    ids.length === 0 ? [] : db.select().from(caseAgent).where(inArray(caseAgent.partyId, ids)).orderBy(asc(caseAgent.id)).all();
  return rows.map((r) => toParty(r, agents));
}

export function mediatorsOf(db: Db, caseId: number): { id: number; name: string }[] {
  return db
    .select({ id: mediator.id, name: mediator.name })
    .from(caseMediator)
    .innerJoin(mediator, eq(mediator.id, caseMediator.mediatorId))
    .where(eq(caseMediator.caseId, caseId))
    .orderBy(asc(caseMediator.sortOrder), asc(mediator.id))
    .all();
}

export function categoryLabelOf(db: Db, code: string): string {
  return db.select({ label: disputeCategory.label }).from(disputeCategory).where(eq(disputeCategory.code, code)).get()?.label ?? code;
}

/** 卷名 of a case from its parties' names and its category. */
export function titleOf(parties: readonly Pick<CaseParty, 'role' | 'name'>[], categoryLabel: string): string {
  const names = (role: string) => parties.filter((p) => p.role === role).map((p) => p.name);
  return caseTitle(names('applicant'), names('respondent'), categoryLabel);
}

/** The caseDetail of a case that exists and is not deleted (every case mutation answers with it). */
export function caseDetailOf(call: Pick<CallContext, 'db' | 'today'>, id: number): CaseDetail {
  const row = findCase(call, id);
  const { db } = call;
  const parties = partiesOf(db, id);
  const steps = stepsOf(db, id);
  const categoryLabel = categoryLabelOf(db, row.category);
  const committeeName = db.select({ name: committee.name }).from(committee).where(eq(committee.id, row.committeeId)).get()?.name ?? '';
  return {
    ...toCase(row),
    committeeName,
    title: titleOf(parties, categoryLabel),
    categoryLabel,
    mediators: mediatorsOf(db, id),
    parties,
    steps,
    ...dossierViewOf(call, row),
    nextSteps: nextSteps(steps, call.today, readCaseSettings(db).confirmationDays),
  };
}
