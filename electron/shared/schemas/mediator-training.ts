// Training records of mediators: the staff-training field rules with the mediator kinds, the register's list input, the stored shape.
import { z } from 'zod';
import { codesOf } from '../codes';
import { mediatorTrainingKinds } from '../register-codes';
import { codeOf, instant, listInputOf, pageOf, recordId, sortOrder, whenValid } from './common';
import { staffTrainingInput } from './staff-training';

const { title, startDate, endDate, hours, organizer, note } = staffTrainingInput.shape;
const fields = z.object({
  title,
  kind: codeOf('培训类型', codesOf(mediatorTrainingKinds)),
  startDate,
  endDate,
  hours,
  organizer,
  note,
});

function endNotBeforeStart(v: { startDate: string; endDate: string | null }, ctx: z.RefinementCtx): void {
  if (typeof v.startDate === 'string' && typeof v.endDate === 'string' && v.endDate < v.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: '结束日期不能早于开始日期' });
  }
}
const datesValid = whenValid('startDate', 'endDate');

/** What the form edits (update input). */
export const mediatorTrainingInput = fields.superRefine(endNotBeforeStart, datesValid);
export type MediatorTrainingInput = z.input<typeof mediatorTrainingInput>;

const mediatorId = z.int('请选择调解员').positive('请选择调解员');

/** The form of the training register, where the mediator is chosen too. */
export const mediatorTrainingCreateInput = fields.extend({ mediatorId }).superRefine(endNotBeforeStart, datesValid);
export type MediatorTrainingCreateInput = z.input<typeof mediatorTrainingCreateInput>;
export const mediatorTrainingUpdateInput = z.object({ id: recordId, data: mediatorTrainingInput });

export const mediatorTraining = z.object({
  id: recordId,
  mediatorId: recordId,
  mediatorName: z.string(),
  title: z.string(),
  kind: z.string(),
  startDate: z.string(),
  endDate: z.string().nullable(),
  hours: z.int().nullable(),
  organizer: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
});
export type MediatorTraining = z.output<typeof mediatorTraining>;

export const mediatorTrainingSortFields = ['startDate', 'mediatorName', 'hours', 'createdAt'] as const;

/**
 * One list for both uses: a mediator's own records ({ mediatorId }) and the register of all training
 * (year, kind, search by the mediator's name or the training title). Newest first unless asked otherwise.
 */
export const mediatorTrainingListInput = listInputOf(mediatorTrainingSortFields, 'startDate', {
  order: sortOrder.default('desc'),
  mediatorId: recordId.optional(),
  year: z.int('年度应为整数').min(1949, '年度应在1949–2100之间').max(2100, '年度应在1949–2100之间').optional(),
  kind: codeOf('培训类型', codesOf(mediatorTrainingKinds)).optional(),
});
export type MediatorTrainingListInput = z.input<typeof mediatorTrainingListInput>;

export const mediatorTrainingPage = pageOf(mediatorTraining);
