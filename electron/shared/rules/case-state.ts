// The state of a mediation case derived from its steps, which steps may be added or deleted, and what to do next.
import { caseStepKinds } from '../case-codes';
import { labelOf } from '../codes';
import type { NextStep } from '../schemas/case';
import type { ParsedStep, StepKind } from '../schemas/case-step';

/** A step as parsed by the contract, with its id once stored. */
export type StateStep = ParsedStep & { id?: number };
export type CaseStateCode = 'received' | 'rejected' | 'mediating' | 'succeeded' | 'failed' | 'terminated';

export interface DerivedCaseState {
  state: CaseStateCode;
  acceptedOn: string | null;
  concludedOn: string | null;
  agreementForm: 'written' | 'oral' | null;
  agreementEffectiveOn: string | null;
  agreementAmountFen: number | null;
}

type Of<K extends StepKind> = Extract<StateStep, { kind: K }>;

function first<K extends StepKind>(steps: readonly StateStep[], kind: K): Of<K> | undefined {
  return steps.find((s): s is Of<K> => s.kind === kind);
}

const stateOfResult = { success: 'succeeded', failure: 'failed', terminated: 'terminated' } as const;

export function deriveCaseState(steps: readonly StateStep[]): DerivedCaseState {
  const reject = first(steps, 'reject');
  const accept = first(steps, 'accept');
  const outcome = first(steps, 'outcome');
  const agreement = first(steps, 'agreement');
  const base = { agreementForm: null, agreementEffectiveOn: null, agreementAmountFen: null };
  if (reject) return { state: 'rejected', acceptedOn: null, concludedOn: reject.occurredOn, ...base };
  if (!accept) return { state: 'received', acceptedOn: null, concludedOn: null, ...base };
  if (!outcome) return { state: 'mediating', acceptedOn: accept.occurredOn, concludedOn: null, ...base };
  const state = stateOfResult[outcome.result];
  if (state !== 'succeeded' || !agreement) return { state, acceptedOn: accept.occurredOn, concludedOn: outcome.occurredOn, ...base };
  return {
    state,
    acceptedOn: accept.occurredOn,
    concludedOn: outcome.occurredOn,
    agreementForm: agreement.form,
    // Art.30: an oral agreement takes effect on the day it is reached.
    agreementEffectiveOn: agreement.effectiveOn ?? (agreement.form === 'oral' ? agreement.occurredOn : null),
    agreementAmountFen: agreement.amountFen,
  };
}

export const stepLabel = (kind: StepKind): string => labelOf(caseStepKinds, kind);

/** Why a step of `kind` cannot be added beside `others` (the case's other steps), or null. */
function refusalAmong(kind: StepKind, others: readonly StateStep[]): string | null {
  const has = (k: StepKind) => others.some((s) => s.kind === k);
  if (kind === 'accept' || kind === 'reject') {
    if (has('reject')) return '已登记不予受理，不能再登记受理或不予受理';
    if (has('accept')) return '案件已受理，不能再登记受理或不予受理';
    return null;
  }
  if (has('reject')) return '案件已不予受理，不能再登记其他步骤';
  if (!has('accept')) return `请先登记受理，再登记${stepLabel(kind)}`;
  const outcome = first(others, 'outcome');
  const agreement = first(others, 'agreement');
  switch (kind) {
    case 'outcome':
      return outcome ? '已登记调解结果；如需更改请修改原记录' : null;
    case 'agreement':
      if (outcome?.result !== 'success') return '调解成功后才能登记调解协议';
      return agreement ? '已登记调解协议；如需更改请修改原记录' : null;
    case 'performance':
    case 'followUp':
      return agreement ? null : `登记调解协议后才能登记${stepLabel(kind)}`;
    case 'judicialConfirmation':
      if (agreement?.form !== 'written') return '只有书面调解协议才能申请司法确认';
      return agreement.effectiveOn === null ? '书面协议生效（签名、盖章）后才能申请司法确认' : null;
    default:
      return null;
  }
}

/** Whether a step of `kind` may be added (or, with `exceptStepId`, that step kept as `kind`) beside the case's steps. */
export function stepRefusal(kind: StepKind, steps: readonly StateStep[], exceptStepId?: number): string | null {
  return refusalAmong(
    kind,
    steps.filter((s) => exceptStepId === undefined || s.id !== exceptStepId),
  );
}

/** The first step of `steps` that its siblings do not allow (e.g. an agreement after the outcome became 不成功), or null. */
export function firstInconsistent(steps: readonly StateStep[]): { step: StateStep; reason: string } | null {
  for (const [i, step] of steps.entries()) {
    const reason = refusalAmong(
      step.kind,
      steps.filter((_, j) => j !== i),
    );
    if (reason !== null) return { step, reason };
  }
  return null;
}

/** Why `step` cannot be deleted: another step needs it (受理 before the rest, the outcome before the agreement, …). */
export function deletionRefusal(step: StateStep, steps: readonly StateStep[]): string | null {
  const rest = steps.filter((s) => s !== step && (step.id === undefined || s.id !== step.id));
  const broken = firstInconsistent(rest);
  if (broken === null) return null;
  return `已登记${stepLabel(broken.step.kind)}，不能删除${stepLabel(step.kind)}；请先删除依赖它的步骤`;
}

/** The steps that make sense next, each with a hint; never one that stepRefusal refuses. */
export function nextSteps(steps: readonly StateStep[]): NextStep[] {
  const { state, agreementForm, agreementEffectiveOn } = deriveCaseState(steps);
  const has = (k: StepKind) => steps.some((s) => s.kind === k);
  switch (state) {
    case 'received':
      return [
        { kind: 'accept', hint: '审查符合受理条件的，登记受理' },
        { kind: 'reject', hint: '不符合受理条件的，登记不予受理并告知其他解决途径' },
      ];
    case 'mediating':
      return [
        { kind: 'inquiry', hint: '登记调查记录' },
        { kind: 'session', hint: has('session') ? '再次调解时登记调解记录' : '登记调解记录' },
        { kind: 'outcome', hint: has('session') ? '调解结束后登记结果：成功、不成功或终止' : '先登记调解记录，再登记调解结果' },
      ];
    case 'succeeded': {
      if (!has('agreement')) return [{ kind: 'agreement', hint: '登记书面调解协议或口头协议' }];
      const offered: NextStep[] = [
        { kind: 'performance', hint: '登记协议履行情况及履行凭证' },
        { kind: 'followUp', hint: '回访当事人，了解协议履行情况' },
      ];
      if (agreementForm === 'written' && agreementEffectiveOn !== null && !has('judicialConfirmation')) {
        offered.push({ kind: 'judicialConfirmation', hint: '协议已生效，双方当事人可在30日内共同申请司法确认' });
      }
      return offered;
    }
    default:
      return [];
  }
}
