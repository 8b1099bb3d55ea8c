// Dispute investigation rounds (矛盾纠纷排查): the form's rules, list filters and the stored shapes.
import { z } from 'zod';
import { codesOf } from '../codes';
import { isPeriodFor, levelOfPeriod, periodRange } from '../investigation-period';
import { investigationKinds, investigationLevels } from '../register-codes';
import {
  codeOf,
  instant,
  isoDate,
  listInputOf,
  optionalIsoDate,
  optionalText,
  pageOf,
  recordId,
  requiredText,
  whenValid,
} from './common';
import { investigationFinding } from './investigation-finding';

const periodText = z
  .string('请选择排查期间')
  .trim()
  .min(1, '请选择排查期间')
  .refine((v) => levelOfPeriod(v) !== null, '排查期间格式不正确（如 2026-11-H1 或 2026-11）');

const fields = z.object({
  level: codeOf('排查层级', codesOf(investigationLevels)),
  period: periodText,
  kind: codeOf('排查类型', codesOf(investigationKinds)),
  conductedOn: isoDate('排查日期'),
  grid: optionalText('网格', 100),
  investigators: requiredText('排查人', 100),
  method: optionalText('排查方式', 50),
  responsible: requiredText('负责人', 30),
  reportedOn: optionalIsoDate('上报日期'),
  note: optionalText('备注', 500),
});

type Fields = z.output<typeof fields>;

function periodMatchesLevel(v: Fields, ctx: z.RefinementCtx): void {
  if (typeof v.period !== 'string' || typeof v.level !== 'string' || isPeriodFor(v.level, v.period)) return;
  const message = v.level === 'street' ? '街道排查按半月，排查期间应为上半月或下半月' : '区级排查按月，排查期间应为整月';
  ctx.addIssue({ code: 'custom', path: ['period'], message });
}

function conductedInPeriod(v: Fields, ctx: z.RefinementCtx): void {
  if (typeof v.period !== 'string' || typeof v.conductedOn !== 'string' || levelOfPeriod(v.period) === null) return;
  const { first } = periodRange(v.period);
  if (v.conductedOn < first) {
    ctx.addIssue({ code: 'custom', path: ['conductedOn'], message: `排查日期不能早于排查期间的开始（${first}）` });
  }
}

function reportedAfterConducted(v: Fields, ctx: z.RefinementCtx): void {
  if (typeof v.conductedOn === 'string' && typeof v.reportedOn === 'string' && v.reportedOn < v.conductedOn) {
    ctx.addIssue({ code: 'custom', path: ['reportedOn'], message: '上报日期不能早于排查日期' });
  }
}

export const investigationInput = fields
  .superRefine(periodMatchesLevel, whenValid('level', 'period'))
  .superRefine(conductedInPeriod, whenValid('period', 'conductedOn'))
  .superRefine(reportedAfterConducted, whenValid('conductedOn', 'reportedOn'));
export type InvestigationInput = z.input<typeof investigationInput>;

export const investigationUpdateInput = z.object({ id: recordId, data: investigationInput });

export const investigation = z.object({
  id: recordId,
  level: z.string(),
  period: z.string(),
  kind: z.string(),
  conductedOn: z.string(),
  grid: z.string().nullable(),
  investigators: z.string(),
  method: z.string().nullable(),
  responsible: z.string(),
  reportedOn: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
});
export type Investigation = z.output<typeof investigation>;

/** A row of the register: the round, how many disputes it found (0 = 零报告) and how many major ones are open. */
export const investigationRow = investigation.extend({
  findingsCount: z.int().nonnegative(),
  majorOpenCount: z.int().nonnegative(),
  zeroReport: z.boolean(),
});
export type InvestigationRow = z.output<typeof investigationRow>;

/** One round with its findings (investigation.get). */
export const investigationDetail = investigation.extend({
  zeroReport: z.boolean(),
  findings: z.array(investigationFinding),
});
export type InvestigationDetail = z.output<typeof investigationDetail>;

export const investigationSortFields = ['period', 'conductedOn'] as const;

export const investigationListInput = listInputOf(investigationSortFields, 'period', {
  level: codeOf('排查层级', codesOf(investigationLevels)).optional(),
  year: z.int('年份应为整数').min(1900, '年份不正确').max(2999, '年份不正确').optional(),
  kind: codeOf('排查类型', codesOf(investigationKinds)).optional(),
  zeroReport: z.boolean('零报告筛选应为是或否').optional(),
});
export type InvestigationListInput = z.input<typeof investigationListInput>;

export const investigationPage = pageOf(investigationRow);

/** Suggestions for 排查方式 (free text). */
export const investigationMethodSuggestions = ['走访', '座谈', '电话', '网格巡查', '入户排查', '会议排查', '信访接待'] as const;
