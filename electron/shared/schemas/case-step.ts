// Steps of a case (受理 … 司法确认): one flat form per kind, a union on `kind`; the core keeps kind-only fields in `data`.
import { z } from 'zod';
import { codesOf } from '../codes';
import {
  agreementForms,
  confirmationResults,
  endReasons,
  outcomeResults,
  performanceStatuses,
  rejectReasons,
  satisfactionLevels,
} from '../case-codes';
import { codeOf, instant, isoDate, optionalIsoDate, optionalText, recordId, requiredText, whenValid } from './common';

/** 人民币 amounts in 分: whole, not negative, below 1 trillion yuan (the largest amount the forms can write in capitals). */
export function optionalFen(label: string) {
  return z
    .int(`${label}应为整数（分）`)
    .min(0, `${label}不能为负数`)
    .max(99_999_999_999_999, `${label}过大`)
    .nullish()
    .transform((v) => v ?? null);
}

const common = {
  occurredOn: isoDate('日期'),
  people: optionalText('参加人员', 200),
  content: optionalText('内容', 10_000),
};

const kindOf = <K extends string>(kind: K) => z.literal(kind, '步骤类型不正确');

export const stepBases = {
  accept: z.object({ kind: kindOf('accept'), ...common, people: requiredText('受理人', 100) }),
  reject: z.object({
    kind: kindOf('reject'),
    ...common,
    people: requiredText('登记人', 100),
    reason: codeOf('不予受理理由', codesOf(rejectReasons)),
    content: requiredText('不予受理说明', 2000),
    channel: optionalText('告知的其他解决途径', 500),
  }),
  inquiry: z.object({
    kind: kindOf('inquiry'),
    ...common,
    people: requiredText('调查人', 100),
    place: optionalText('调查地点', 100),
    subject: requiredText('被调查人', 100),
    recorder: optionalText('记录人', 30),
    content: requiredText('调查情况', 10_000),
  }),
  session: z.object({
    kind: kindOf('session'),
    ...common,
    people: requiredText('调解员', 100),
    place: optionalText('调解地点', 100),
    participants: optionalText('参加人', 200),
    recorder: optionalText('记录人', 30),
    content: requiredText('调解记录', 10_000),
  }),
  outcome: z.object({
    kind: kindOf('outcome'),
    ...common,
    result: codeOf('调解结果', codesOf(outcomeResults)),
    reason: codeOf('终止或不成功的原因', codesOf(endReasons))
      .nullish()
      .transform((v) => v ?? null),
    /** Art.26: the parties were told of arbitration, administrative and judicial channels. */
    remediesTold: z.boolean('是否告知其他救济途径应为是或否').default(false),
  }),
  agreement: z.object({
    kind: kindOf('agreement'),
    ...common,
    people: requiredText('调解员', 100),
    form: codeOf('协议形式', codesOf(agreementForms)),
    /** 协议编号; blank → the dossier number. */
    number: optionalText('协议编号', 50),
    clauses: z.array(requiredText('协议条款', 2000)).max(50, '协议条款最多50条').default([]),
    performanceMethod: optionalText('履行方式', 500),
    performanceDeadline: optionalIsoDate('履行期限'),
    amountFen: optionalFen('协议金额'),
    /** Written: the day all parties signed, the mediator signed and the seal was applied (Art.29); oral: the day reached (Art.30). */
    effectiveOn: optionalIsoDate('协议生效日期'),
    signedByParties: z.boolean('当事人是否已签名应为是或否').default(false),
    mediatorSigned: z.boolean('调解员是否已签名应为是或否').default(false),
    sealed: z.boolean('是否已加盖调委会印章应为是或否').default(false),
  }),
  performance: z.object({
    kind: kindOf('performance'),
    ...common,
    status: codeOf('履行情况', codesOf(performanceStatuses)),
    content: requiredText('履行情况说明', 2000),
    evidence: optionalText('履行凭证', 500),
  }),
  followUp: z.object({
    kind: kindOf('followUp'),
    ...common,
    people: requiredText('回访人', 100),
    partyVisited: requiredText('被回访当事人', 100),
    performance: codeOf('协议履行情况', codesOf(performanceStatuses)),
    satisfaction: codeOf('满意度', codesOf(satisfactionLevels)),
    sued: z.boolean('是否起诉应为是或否').default(false),
    risk: optionalText('遗留风险', 500),
    measures: optionalText('采取的措施', 500),
    content: requiredText('回访情况', 5000),
  }),
  judicialConfirmation: z.object({
    kind: kindOf('judicialConfirmation'),
    ...common,
    court: requiredText('受理法院', 60),
    caseNumber: optionalText('调确字案号', 60),
    decidedOn: optionalIsoDate('决定日期'),
    result: codeOf('司法确认结果', codesOf(confirmationResults)),
  }),
} as const;

export type StepKind = keyof typeof stepBases;

function outcomeRules(v: z.output<typeof stepBases.outcome>, ctx: z.RefinementCtx): void {
  if (v.result !== 'success' && v.reason === null) {
    ctx.addIssue({ code: 'custom', path: ['reason'], message: '调解不成功或终止调解时请选择原因' });
  }
  if (v.result === 'success' && v.reason !== null) {
    ctx.addIssue({ code: 'custom', path: ['reason'], message: '调解成功时不填写终止原因' });
  }
}

function agreementRules(v: z.output<typeof stepBases.agreement>, ctx: z.RefinementCtx): void {
  if (v.form === 'written' && v.clauses.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['clauses'], message: '书面协议请至少填写一条协议条款' });
  }
  if (v.form === 'oral' && v.content === null) {
    ctx.addIssue({ code: 'custom', path: ['content'], message: '口头协议请登记协议内容' });
  }
  if (v.effectiveOn !== null && v.effectiveOn < v.occurredOn) {
    ctx.addIssue({ code: 'custom', path: ['effectiveOn'], message: '协议生效日期不能早于协议达成日期' });
  }
  if (v.form === 'written' && v.effectiveOn !== null && !(v.signedByParties && v.mediatorSigned && v.sealed)) {
    ctx.addIssue({
      code: 'custom',
      path: ['effectiveOn'],
      message: '书面协议自各方当事人签名、调解员签名并加盖调委会印章之日起生效，请先确认签名和盖章',
    });
  }
  if (v.performanceDeadline !== null && v.performanceDeadline < v.occurredOn) {
    ctx.addIssue({ code: 'custom', path: ['performanceDeadline'], message: '履行期限不能早于协议达成日期' });
  }
}

function confirmationRules(v: z.output<typeof stepBases.judicialConfirmation>, ctx: z.RefinementCtx): void {
  if (v.decidedOn !== null && v.decidedOn < v.occurredOn) {
    ctx.addIssue({ code: 'custom', path: ['decidedOn'], message: '决定日期不能早于申请日期' });
  }
  if (v.result !== 'pending' && v.decidedOn === null) {
    ctx.addIssue({ code: 'custom', path: ['decidedOn'], message: '已有结果的司法确认请填写决定日期' });
  }
}

export const stepInput = z.discriminatedUnion('kind', [
  stepBases.accept,
  stepBases.reject,
  stepBases.inquiry,
  stepBases.session,
  stepBases.outcome.superRefine(outcomeRules, whenValid('result', 'reason')),
  stepBases.agreement.superRefine(
    agreementRules,
    whenValid('form', 'clauses', 'content', 'effectiveOn', 'occurredOn', 'performanceDeadline', 'signedByParties', 'mediatorSigned', 'sealed'),
  ),
  stepBases.performance,
  stepBases.followUp,
  stepBases.judicialConfirmation.superRefine(confirmationRules, whenValid('occurredOn', 'decidedOn', 'result')),
]);
export type StepInput = z.input<typeof stepInput>;
export type ParsedStep = z.output<typeof stepInput>;

export const stepCreateInput = z.object({ caseId: recordId, step: stepInput });
/** The kind of a step cannot change; delete it and add another. */
export const stepUpdateInput = z.object({ id: recordId, step: stepInput });

const stored = { id: recordId, caseId: recordId, createdAt: instant, updatedAt: instant };

export const caseStep = z.discriminatedUnion('kind', [
  stepBases.accept.extend(stored),
  stepBases.reject.extend(stored),
  stepBases.inquiry.extend(stored),
  stepBases.session.extend(stored),
  stepBases.outcome.extend(stored),
  stepBases.agreement.extend(stored),
  stepBases.performance.extend(stored),
  stepBases.followUp.extend(stored),
  stepBases.judicialConfirmation.extend(stored),
]);
export type CaseStep = z.output<typeof caseStep>;
