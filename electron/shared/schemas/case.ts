// 调解案件 (mediation case): intake rules shared by the form and the core, the list, the detail, dates that matter, 三统一.
import { z } from 'zod';
import { codesOf } from '../codes';
import { caseSources, caseStates, caseStepKinds } from '../case-codes';
import { caseParty, partyInput } from './case-party';
import { caseStep, optionalFen } from './case-step';
import {
  codeOf,
  instant,
  isoDate,
  listInputOf,
  optionalText,
  pageOf,
  recordId,
  recordIdOf,
  requiredText,
  whenValid,
} from './common';
import { dossier, dossierCompleteness } from './dossier';

const caseFields = z.object({
  committeeId: recordIdOf('请选择调委会'),
  source: codeOf('案件来源', codesOf(caseSources)),
  sourceDetail: optionalText('移送或委派单位', 60),
  /** For source 排查发现: the dispute a 排查 round found. */
  findingId: recordIdOf('请选择排查发现的纠纷')
    .nullish()
    .transform((v) => v ?? null),
  receivedOn: isoDate('收案日期'),
  /** A dispute_category code; the core checks it against the office's active list. */
  category: z.string('请选择纠纷类型').trim().min(1, '请选择纠纷类型').max(10, '纠纷类型代码不正确'),
  facts: requiredText('纠纷简要情况', 5000),
  requests: optionalText('当事人申请事项', 2000),
  amountFen: optionalFen('涉及金额'),
  mediatorIds: z
    .array(recordIdOf('请选择承办调解员'), '承办调解员应为列表')
    .max(10, '承办调解员最多10名')
    .refine((v) => new Set(v).size === v.length, '承办调解员不能重复')
    .default([]),
  note: optionalText('备注', 500),
});

function findingOnlyForInvestigation(v: z.output<typeof caseFields>, ctx: z.RefinementCtx): void {
  if (v.findingId !== null && v.source !== 'investigation') {
    ctx.addIssue({ code: 'custom', path: ['findingId'], message: '只有来源为排查发现的案件才关联排查发现的纠纷' });
  }
}

/** The case's own fields (case.update). */
export const caseInput = caseFields.superRefine(findingOnlyForInvestigation, whenValid('source', 'findingId'));
export type CaseInput = z.input<typeof caseInput>;

/** Intake (case.create): the case with its parties — at least one applicant and one respondent. */
export const caseCreateInput = caseFields
  .extend({ parties: z.array(partyInput).min(2, '请至少登记一名申请人和一名被申请人').max(30, '当事人最多30名') })
  .superRefine(findingOnlyForInvestigation, whenValid('source', 'findingId'))
  .superRefine(
    (v, ctx) => {
      for (const role of ['applicant', 'respondent'] as const) {
        if (!v.parties.some((p) => p.role === role)) {
          const label = role === 'applicant' ? '申请人' : '被申请人';
          ctx.addIssue({ code: 'custom', path: ['parties'], message: `请至少登记一名${label}` });
        }
      }
    },
    whenValid('parties'),
  );
export type CaseCreateInput = z.input<typeof caseCreateInput>;

export const caseUpdateInput = z.object({ id: recordId, data: caseInput });
export const caseDeleteInput = z.object({ id: recordId, reason: requiredText('删除原因', 200) });

export const mediationCase = z.object({
  id: recordId,
  committeeId: recordId,
  source: z.string(),
  sourceDetail: z.string().nullable(),
  findingId: recordId.nullable(),
  receivedOn: z.string(),
  category: z.string(),
  facts: z.string(),
  requests: z.string().nullable(),
  amountFen: z.int().nullable(),
  note: z.string().nullable(),
  state: z.enum(codesOf(caseStates)),
  acceptedOn: z.string().nullable(),
  concludedOn: z.string().nullable(),
  agreementForm: z.string().nullable(),
  agreementEffectiveOn: z.string().nullable(),
  agreementAmountFen: z.int().nullable(),
  enteredAt: instant.nullable(),
  createdAt: instant,
  updatedAt: instant,
});
export type MediationCase = z.output<typeof mediationCase>;

/** One date that matters for a case (shown on the case and, when due, on the 工作台). */
export const caseDate = z.object({
  code: z.enum(['concludeBy', 'confirmationBy', 'followUpBy', 'entryBy']),
  label: z.string(),
  date: z.string(),
  /** done 已完成, open 未到期, dueSoon 7日内到期, overdue 已逾期, missed 已错过 (e.g. entered late). */
  status: z.enum(['done', 'open', 'dueSoon', 'overdue', 'missed']),
  detail: z.string(),
});
export type CaseDate = z.output<typeof caseDate>;

/** A step the UI offers next, with why (e.g. 协议已生效，可在30日内申请司法确认). */
export const nextStep = z.object({ kind: z.enum(codesOf(caseStepKinds)), hint: z.string() });
export type NextStep = z.output<typeof nextStep>;

/** The monthly entry rule for one case (product §9). */
export const caseEntry = z.object({
  /** Last day to enter the case: the Nth day of the month after it concluded. */
  deadline: z.string(),
  enteredOn: z.string().nullable(),
  late: z.boolean(),
});
export type CaseEntry = z.output<typeof caseEntry>;

export const caseDetail = mediationCase.extend({
  committeeName: z.string(),
  /** 卷名: 张三与李四邻里纠纷 */
  title: z.string(),
  categoryLabel: z.string(),
  mediators: z.array(z.object({ id: recordId, name: z.string() })),
  parties: z.array(caseParty),
  steps: z.array(caseStep),
  dossier: dossier.nullable(),
  completeness: dossierCompleteness,
  dates: z.array(caseDate),
  nextSteps: z.array(nextStep),
  entry: caseEntry.nullable(),
  /** A closed dossier locks the case: no change until it is reopened. */
  locked: z.boolean(),
});
export type CaseDetail = z.output<typeof caseDetail>;

export const caseRow = z.object({
  id: recordId,
  title: z.string(),
  /** 卷号, null before the dossier is opened. */
  number: z.string().nullable(),
  committeeId: recordId,
  committeeName: z.string(),
  source: z.string(),
  category: z.string(),
  receivedOn: z.string(),
  state: z.enum(codesOf(caseStates)),
  concludedOn: z.string().nullable(),
  applicants: z.string(),
  respondents: z.string(),
  amountFen: z.int().nullable(),
  dossierStatus: z.enum(['none', 'open', 'closed']),
  /** Entered after the monthly deadline; null while the case has not concluded. */
  entryLate: z.boolean().nullable(),
  /** Where the search text was found, with the hit in 【】 (only when searching). */
  snippet: z.string().nullable(),
  updatedAt: instant,
});
export type CaseRow = z.output<typeof caseRow>;

export const caseSortFields = ['receivedOn', 'concludedOn', 'number', 'updatedAt'] as const;

const monthText = z.string('月份应为文字').regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 2026-11');

export const caseListInput = listInputOf(caseSortFields, 'receivedOn', {
  committeeId: recordId.optional(),
  state: codeOf('案件状态', codesOf(caseStates)).optional(),
  category: z.string().max(10, '纠纷类型代码不正确').optional(),
  source: codeOf('案件来源', codesOf(caseSources)).optional(),
  year: z.int('年份应为整数').min(1900, '年份不正确').max(2999, '年份不正确').optional(),
  /** Cases concluded in this month (YYYY-MM). */
  concludedMonth: monthText.optional(),
  dossierStatus: z.enum(['none', 'open', 'closed'], '请选择卷宗状态').optional(),
  entryLate: z.boolean('逾期录入筛选应为是或否').optional(),
});
export type CaseListInput = z.input<typeof caseListInput>;
export const casePage = pageOf(caseRow);

/** A period of the counts: month YYYY-MM, quarter YYYY-Qn or year YYYY (glossary). */
export const periodCode = z
  .string('请选择统计期间')
  .regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/, '统计期间格式应为 2026-11、2026-Q4 或 2026');

/**
 * 三统一: cases entered = closed dossiers = cases in the period's report; the cases that differ, each with why.
 * A late entry counts as entered (it is flagged by the monthly view and the 工作台, and cannot be undone).
 */
export const threeCounts = z.object({
  period: z.string(),
  start: z.string(),
  end: z.string(),
  entered: z.int().nonnegative(),
  dossiers: z.int().nonnegative(),
  reported: z.int().nonnegative(),
  agree: z.boolean(),
  differences: z.array(
    z.object({
      caseId: recordId,
      title: z.string(),
      number: z.string().nullable(),
      /** noDossier 未建卷宗, dossierOpen 卷宗未立卷, notEntered 未录入, deletedWithDossier 案件已删除但卷宗仍在. */
      problem: z.string(),
      message: z.string(),
    }),
  ),
});
export type ThreeCounts = z.output<typeof threeCounts>;

/** The monthly view (月度录入): every case concluded in the month, with its entry deadline and whether it was late. */
export const caseMonthInput = z.object({ month: monthText });
export const caseMonth = z.object({
  month: z.string(),
  deadline: z.string(),
  rows: z.array(caseRow.extend({ entry: caseEntry })),
  late: z.int().nonnegative(),
  counts: threeCounts,
});
export type CaseMonth = z.output<typeof caseMonth>;
