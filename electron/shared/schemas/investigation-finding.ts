// Disputes found by an investigation round (排查发现的矛盾纠纷): the form's rules, the register's filters and shapes.
import { z } from 'zod';
import { codesOf } from '../codes';
import { disputeCategories, findingStatuses, riskLevels } from '../register-codes';
import { codeOf, instant, listInputOf, optionalIsoDate, optionalText, pageOf, recordId, requiredText, whenValid } from './common';

/** Statuses under which a dispute is still being worked on (a major one stays on the list until it leaves them). */
export const openFindingStatuses = ['pending', 'mediating'] as const;

export function isOpenStatus(status: string): boolean {
  return (openFindingStatuses as readonly string[]).includes(status);
}

const fields = z.object({
  category: codeOf('纠纷类型', codesOf(disputeCategories)),
  summary: requiredText('纠纷简要情况', 500),
  parties: requiredText('当事人', 200),
  grid: optionalText('网格', 100),
  riskLevel: codeOf('风险等级', codesOf(riskLevels)),
  responsible: requiredText('责任人', 30),
  status: codeOf('化解状态', codesOf(findingStatuses)),
  major: z.boolean('重大矛盾纠纷应为是或否').default(false),
  resolvedOn: optionalIsoDate('化解日期'),
  note: optionalText('备注', 500),
});

function resolvedOnRule(v: z.output<typeof fields>, ctx: z.RefinementCtx): void {
  if (typeof v.status !== 'string') return;
  if (v.status === 'resolved' && v.resolvedOn === null) {
    ctx.addIssue({ code: 'custom', path: ['resolvedOn'], message: '已化解的纠纷请填写化解日期' });
  }
  if (v.status !== 'resolved' && typeof v.resolvedOn === 'string') {
    ctx.addIssue({ code: 'custom', path: ['resolvedOn'], message: '只有已化解的纠纷才填写化解日期' });
  }
}

const datesValid = whenValid('status', 'resolvedOn');

/** What the form edits (update input). */
export const findingInput = fields.superRefine(resolvedOnRule, datesValid);
export type FindingInput = z.input<typeof findingInput>;

export const findingCreateInput = fields.extend({ investigationId: recordId }).superRefine(resolvedOnRule, datesValid);
export const findingUpdateInput = z.object({ id: recordId, data: findingInput });

export const investigationFinding = z.object({
  id: recordId,
  investigationId: recordId,
  category: z.string(),
  summary: z.string(),
  parties: z.string(),
  grid: z.string().nullable(),
  riskLevel: z.string(),
  responsible: z.string(),
  status: z.string(),
  major: z.boolean(),
  resolvedOn: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
});
export type InvestigationFinding = z.output<typeof investigationFinding>;

/** A row of the findings register: the finding with the round it came from. */
export const findingRow = investigationFinding.extend({
  level: z.string(),
  period: z.string(),
  conductedOn: z.string(),
});
export type FindingRow = z.output<typeof findingRow>;

/** `status` sorts open disputes first (then the newest rounds); `riskLevel` sorts by 低 < 中 < 高. */
export const findingSortFields = ['status', 'conductedOn', 'riskLevel'] as const;

export const findingListInput = listInputOf(findingSortFields, 'status', {
  major: z.boolean('重大矛盾纠纷筛选应为是或否').optional(),
  open: z.boolean('办结状态筛选应为是或否').optional(),
  category: codeOf('纠纷类型', codesOf(disputeCategories)).optional(),
  riskLevel: codeOf('风险等级', codesOf(riskLevels)).optional(),
});
export type FindingListInput = z.input<typeof findingListInput>;

export const findingPage = pageOf(findingRow);
