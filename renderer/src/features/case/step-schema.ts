// The per-kind member of the shared stepInput union as a form schema, with the labels each kind gives its common fields.
import { caseStepKinds } from '@shared/case-codes';
import { labelOf } from '@shared/codes';
import { stepInput, type StepKind } from '@shared/schemas/case-step';
import type { z } from 'zod';
import { zodForm, type ZodForm } from '../../forms/zod-form';

export type StepSchema = z.ZodObject;

/** The union's member for `kind`, cross-field rules included (zod 4 keeps refinements on the object). */
function memberOf(kind: StepKind): StepSchema {
  const member = stepInput.options.find((o) => o.shape.kind.value === kind);
  if (!member) throw new Error(`no step schema for ${kind}`);
  return member as unknown as StepSchema;
}

const forms = new Map<StepKind, ZodForm<StepSchema>>();

/** The zod form of one kind of step (cached: the schema never changes). */
export function stepFormOf(kind: StepKind): ZodForm<StepSchema> {
  let form = forms.get(kind);
  if (!form) {
    form = zodForm(memberOf(kind));
    forms.set(kind, form);
  }
  return form;
}

export const stepKindLabel = (kind: string): string => labelOf(caseStepKinds, kind);

/** What 日期 and 参加人员 mean for each kind of step. */
export const stepWords: Record<StepKind, { date: string; people: string; content: string }> = {
  accept: { date: '受理日期', people: '受理人', content: '受理说明' },
  reject: { date: '登记日期', people: '登记人', content: '不予受理说明' },
  inquiry: { date: '调查日期', people: '调查人', content: '调查情况' },
  session: { date: '调解日期', people: '调解员', content: '调解记录' },
  outcome: { date: '结果日期', people: '参加人员', content: '情况说明' },
  agreement: { date: '协议达成日期', people: '调解员', content: '协议内容说明' },
  performance: { date: '登记日期', people: '登记人', content: '履行情况说明' },
  followUp: { date: '回访日期', people: '回访人', content: '回访情况' },
  judicialConfirmation: { date: '申请日期', people: '申请人或经办人', content: '情况说明' },
};
