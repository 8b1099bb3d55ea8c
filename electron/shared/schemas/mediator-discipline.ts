// Discipline events of mediators (人民调解法 Art.15): criticism, removal or dismissal, with the prohibited act.
import { z } from 'zod';
import { codesOf } from '../codes';
import { disciplineKinds, disciplineReasons } from '../register-codes';
import { codeOf, instant, isoDate, optionalText, recordId, whenValid } from './common';

const fields = z.object({
  occurredOn: isoDate('处理日期'),
  kind: codeOf('处理方式', codesOf(disciplineKinds)),
  reason: codeOf('事由', codesOf(disciplineReasons)),
  detail: optionalText('具体情况', 1000),
});

function detailForOther(v: { reason: string; detail: string | null }, ctx: z.RefinementCtx): void {
  if (v.reason === 'other' && !v.detail) {
    ctx.addIssue({ code: 'custom', path: ['detail'], message: '事由为“其他”的，请填写具体情况' });
  }
}
const reasonValid = whenValid('reason', 'detail');

export const mediatorDisciplineInput = fields.superRefine(detailForOther, reasonValid);
export type MediatorDisciplineInput = z.input<typeof mediatorDisciplineInput>;

export const mediatorDisciplineCreateInput = fields
  .extend({ mediatorId: recordId })
  .superRefine(detailForOther, reasonValid);
export const mediatorDisciplineUpdateInput = z.object({ id: recordId, data: mediatorDisciplineInput });

/** Kinds after which the mediator no longer serves: the form suggests setting 离任日期. */
export const leavingDisciplineKinds: readonly string[] = ['removal', 'dismissal'];

export const mediatorDiscipline = z.object({
  id: recordId,
  mediatorId: recordId,
  occurredOn: z.string(),
  kind: z.string(),
  reason: z.string(),
  detail: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
});
export type MediatorDiscipline = z.output<typeof mediatorDiscipline>;

export const mediatorDisciplineList = z.object({ items: z.array(mediatorDiscipline) });
