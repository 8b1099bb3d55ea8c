// The state of a mediation case derived from its steps, which steps may be added or deleted, and what to do next.
import { caseStepKinds } from '../case-codes';
import { codesOf, labelOf } from '../codes';
import { addDays } from './dates';
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

/** The order of the kinds in the workflow (受理/不予受理 … 司法确认): the page's order of same-day steps. */
const workflowRank = new Map<string, number>(codesOf(caseStepKinds).map((k, i) => [k, i]));

/** Steps as the page lists them: by date, then workflow order of the kind, then id. */
export function inWorkflowOrder<S extends { kind: string; occurredOn: string; id?: number }>(steps: readonly S[]): S[] {
  return [...steps].sort(
    (a, b) =>
      a.occurredOn.localeCompare(b.occurredOn) ||
      (workflowRank.get(a.kind) ?? 99) - (workflowRank.get(b.kind) ?? 99) ||
      (a.id ?? 0) - (b.id ?? 0),
  );
}

/** What is checked: a kind alone (may one of this kind be added at all?) or a parsed step (this very step). */
export type StepProbe = StepKind | StateStep;

/** Why `probe` cannot be added beside `others` (the case's other steps), or null. */
function refusalAmong(probe: StepProbe, others: readonly StateStep[]): string | null {
  const kind = typeof probe === 'string' ? probe : probe.kind;
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
      if (outcome) return '已登记调解结果；如需更改请修改原记录';
      // 调解成功/不成功 follow a 调解; 终止 may come without one (e.g. the applicant withdrew).
      if (typeof probe !== 'string' && probe.kind === 'outcome' && probe.result !== 'terminated' && !has('session')) {
        return '请先登记调解记录，再登记调解结果';
      }
      return null;
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

/**
 * Whether `probe` may be added (or, with `exceptStepId`, that step kept as `probe`) beside the case's steps.
 * Pass the parsed step when there is one: some rules look at its fields (调解成功 needs a 调解 first).
 */
export function stepRefusal(probe: StepProbe, steps: readonly StateStep[], exceptStepId?: number): string | null {
  return refusalAmong(
    probe,
    steps.filter((s) => exceptStepId === undefined || s.id !== exceptStepId),
  );
}

/** The step kinds that may be added now (the page's 登记其他步骤 menu); a kind listed may still refuse some field values. */
export function allowedKinds(steps: readonly StateStep[]): StepKind[] {
  return codesOf(caseStepKinds).filter((kind) => stepRefusal(kind, steps) === null);
}

/** The 调解结果 that may be recorded now: 成功/不成功 only after a 调解. */
export function allowedOutcomeResults(steps: readonly StateStep[]): ('success' | 'failure' | 'terminated')[] {
  if (stepRefusal('outcome', steps) !== null) return [];
  return steps.some((s) => s.kind === 'session') ? ['success', 'failure', 'terminated'] : ['terminated'];
}

/** The first step of `steps` that its siblings do not allow (e.g. an agreement after the outcome became 不成功), or null. */
export function firstInconsistent(steps: readonly StateStep[]): { step: StateStep; reason: string } | null {
  for (const [i, step] of steps.entries()) {
    const reason = refusalAmong(
      step,
      steps.filter((_, j) => j !== i),
    );
    if (reason !== null) return { step, reason };
  }
  return null;
}

/** Why `step` cannot be deleted: another step needs it (受理 before the rest, 调解 before 调解成功, the outcome before the agreement, …). */
export function deletionRefusal(step: StateStep, steps: readonly StateStep[]): string | null {
  const rest = steps.filter((s) => s !== step && (step.id === undefined || s.id !== step.id));
  const broken = firstInconsistent(rest);
  if (broken === null) return null;
  return `已登记${stepLabel(broken.step.kind)}，不能删除${stepLabel(step.kind)}；请先删除依赖它的步骤`;
}

function mediatingSteps(has: (k: StepKind) => boolean): NextStep[] {
  if (!has('session')) {
    return [
      { kind: 'session', hint: '组织调解并登记调解记录' },
      { kind: 'inquiry', hint: has('inquiry') ? '需要时继续调查并登记调查记录' : '需要时登记调查记录' },
      { kind: 'outcome', hint: '当事人撤回申请等情形可终止调解；调解成功或不成功须先登记调解记录' },
    ];
  }
  return [
    { kind: 'outcome', hint: '调解结束后登记结果：成功、不成功或终止' },
    { kind: 'session', hint: '再次调解时登记调解记录' },
    { kind: 'inquiry', hint: '需要时补充调查并登记调查记录' },
  ];
}

/**
 * The steps that make sense next, the most pressing first (the page highlights it), each with a hint; never one
 * that stepRefusal refuses. 司法确认 only while its window (`confirmationDays` after the agreement took effect) is open on `today`.
 */
export function nextSteps(steps: readonly StateStep[], today?: string, confirmationDays = 30): NextStep[] {
  const { state, agreementForm, agreementEffectiveOn } = deriveCaseState(steps);
  const has = (k: StepKind) => steps.some((s) => s.kind === k);
  switch (state) {
    case 'received':
      return [
        { kind: 'accept', hint: '审查符合受理条件的，登记受理' },
        { kind: 'reject', hint: '不符合受理条件的，登记不予受理并告知其他解决途径' },
      ];
    case 'mediating':
      return mediatingSteps(has);
    case 'succeeded': {
      if (!has('agreement')) return [{ kind: 'agreement', hint: '登记书面调解协议或口头协议' }];
      const performance: NextStep = { kind: 'performance', hint: '登记协议履行情况及履行凭证' };
      const offered: NextStep[] = has('followUp')
        ? [performance, { kind: 'followUp', hint: '需要时再次回访当事人' }]
        : [{ kind: 'followUp', hint: '回访当事人，了解协议履行情况' }, performance];
      const until = agreementEffectiveOn === null ? null : addDays(agreementEffectiveOn, confirmationDays);
      const windowOpen = until !== null && (today === undefined || today <= until);
      if (agreementForm === 'written' && windowOpen && !has('judicialConfirmation')) {
        offered.push({ kind: 'judicialConfirmation', hint: `协议已生效，双方当事人可在${until}前共同申请司法确认` });
      }
      return offered;
    }
    default:
      return [];
  }
}
