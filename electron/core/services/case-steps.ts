// Steps of a case (受理 … 司法确认): add, change, delete in the order the rules allow, then rewrite the derived columns.
import { and, eq, isNull } from 'drizzle-orm';
import { caseStep, mediationCase, type CaseStepRow } from '../../../drizzle/schema';
import { concludedStates } from '../../shared/case-codes';
import { AppError } from '../../shared/errors';
import {
  deletionRefusal,
  deriveCaseState,
  firstInconsistent,
  stepLabel,
  stepRefusal,
  type StateStep,
} from '../../shared/rules/case-state';
import type { ParsedStep } from '../../shared/schemas/case-step';
import { reindexCase } from '../search/case-index';
import type { CallContext, HandlerGroup } from './context';
import { caseDetailOf, findCase, stepsOf, toStep } from './case-detail';
import { assertStepDates } from './case-step-dates';
import { assertCaseUnlocked } from './dossier-lock';
import { dossierRowOf } from './dossier-view';

/**
 * Rewrites the columns derived from the steps. enteredAt is the instant the conclusion was first recorded:
 * kept while the case stays concluded, cleared when it is no longer concluded.
 */
export function recomputeCase(call: CallContext, caseId: number): void {
  const row = findCase(call, caseId);
  const derived = deriveCaseState(stepsOf(call.db, caseId));
  const concluded = (concludedStates as readonly string[]).includes(derived.state);
  const enteredAt = concluded ? (row.enteredAt ?? call.now) : null;
  call.db
    .update(mediationCase)
    .set({ ...derived, enteredAt, updatedAt: call.now })
    .where(eq(mediationCase.id, caseId))
    .run();
}

/** The stored columns of a step: common ones as columns, the kind's own fields as JSON in `data`. */
function stepValues(step: ParsedStep) {
  const { kind, occurredOn, people, content, ...data } = step;
  return { kind, occurredOn, people, content, data };
}

/** A step of a case that is not deleted, or NOT_FOUND. */
function findStep(call: CallContext, id: number): CaseStepRow {
  const row = call.db
    .select({ step: caseStep })
    .from(caseStep)
    .innerJoin(mediationCase, eq(mediationCase.id, caseStep.caseId))
    .where(and(eq(caseStep.id, id), isNull(mediationCase.deletedAt)))
    .get();
  if (!row) throw new AppError('NOT_FOUND', '该办理步骤不存在或已被删除');
  return row.step;
}

/** Art.30: an oral agreement takes effect the day it is reached, so it is stored with that effective date. */
function withOralEffective(step: ParsedStep): ParsedStep {
  if (step.kind !== 'agreement' || step.form !== 'oral' || step.effectiveOn !== null) return step;
  return { ...step, effectiveOn: step.occurredOn };
}

function refuse(reason: string | null): void {
  if (reason !== null) throw new AppError('CONFLICT', reason);
}

/** A case with a dossier stays accepted: no change may leave it 待受理 or 不予受理 (a numbered dossier on a refused case). */
function assertKeepsAcceptance(call: CallContext, caseId: number, resulting: readonly StateStep[]): void {
  const { state } = deriveCaseState(resulting);
  if ((state === 'received' || state === 'rejected') && dossierRowOf(call.db, caseId)) {
    throw new AppError('CONFLICT', '已建立卷宗的案件不能撤销受理或改为不予受理');
  }
}

/** After a step change: derived columns, the step's audit row, the search index. */
function afterStepChange(call: CallContext, caseId: number, stepId: number, before: unknown, after: unknown) {
  recomputeCase(call, caseId);
  call.audit({ entity: 'caseStep', entityId: stepId, before, after });
  reindexCase(call.db, caseId);
  return caseDetailOf(call, caseId);
}

export const caseStepHandlers: HandlerGroup<'caseStep.create' | 'caseStep.update' | 'caseStep.delete'> = {
  'caseStep.create': ({ caseId, step: input }, call) => {
    const step = withOralEffective(input);
    const theCase = findCase(call, caseId);
    assertCaseUnlocked(call, caseId);
    const steps = stepsOf(call.db, caseId);
    refuse(stepRefusal(step, steps));
    assertKeepsAcceptance(call, caseId, [...steps, step]);
    assertStepDates(step, steps, theCase.receivedOn, call.today);
    const row = call.db
      .insert(caseStep)
      .values({ ...stepValues(step), caseId, createdAt: call.now, updatedAt: call.now })
      .returning()
      .get();
    return afterStepChange(call, caseId, row.id, null, toStep(row));
  },

  'caseStep.update': ({ id, step: input }, call) => {
    const step = withOralEffective(input);
    const stored = findStep(call, id);
    if (stored.kind !== step.kind) {
      throw new AppError('VALIDATION_FAILED', '步骤类型不能更改；如需更改请删除后重新登记', 'kind');
    }
    const theCase = findCase(call, stored.caseId);
    assertCaseUnlocked(call, stored.caseId);
    const steps = stepsOf(call.db, stored.caseId);
    const others = steps.filter((s) => s.id !== id);
    refuse(stepRefusal(step, steps, id));
    const broken = firstInconsistent([...others, { ...step, id }]);
    if (broken) refuse(`已登记${stepLabel(broken.step.kind)}，不能这样修改：${broken.reason}`);
    assertKeepsAcceptance(call, stored.caseId, [...others, { ...step, id }]);
    assertStepDates(step, others, theCase.receivedOn, call.today);
    const row = call.db
      .update(caseStep)
      .set({ ...stepValues(step), updatedAt: call.now })
      .where(eq(caseStep.id, id))
      .returning()
      .get()!; // findStep above proved the row exists, inside this same transaction
    return afterStepChange(call, stored.caseId, id, toStep(stored), toStep(row));
  },

  'caseStep.delete': ({ id }, call) => {
    const stored = findStep(call, id);
    assertCaseUnlocked(call, stored.caseId);
    const steps = stepsOf(call.db, stored.caseId);
    const before = steps.find((s) => s.id === id)!; // the same row findStep returned
    refuse(deletionRefusal(before, steps));
    assertKeepsAcceptance(call, stored.caseId, steps.filter((s) => s.id !== id));
    call.db.delete(caseStep).where(eq(caseStep.id, id)).run();
    return afterStepChange(call, stored.caseId, id, before, null);
  },
};
