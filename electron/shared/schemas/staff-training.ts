// Training records of a staff member: the form's rules and the stored shape.
import { z } from 'zod';
import { codesOf, trainingKinds } from '../codes';
import { codeOf, instant, isoDate, optionalIsoDate, optionalText, recordId, requiredText, whenValid } from './common';

const fields = z.object({
  title: requiredText('培训名称', 100),
  kind: codeOf('培训类型', codesOf(trainingKinds)),
  startDate: isoDate('开始日期'),
  endDate: optionalIsoDate('结束日期'),
  hours: z
    .int('学时应为整数')
    .min(1, '学时应在1–2000之间')
    .max(2000, '学时应在1–2000之间')
    .nullish()
    .transform((v) => v ?? null),
  organizer: optionalText('主办单位', 100),
  note: optionalText('备注', 500),
});

const datesValid = whenValid('startDate', 'endDate');

function endNotBeforeStart(v: { startDate: string; endDate: string | null }, ctx: z.RefinementCtx): void {
  if (typeof v.startDate === 'string' && typeof v.endDate === 'string' && v.endDate < v.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: '结束日期不能早于开始日期' });
  }
}

/** What the form edits (update input). */
export const staffTrainingInput = fields.superRefine(endNotBeforeStart, datesValid);
export type StaffTrainingInput = z.input<typeof staffTrainingInput>;

export const staffTrainingCreateInput = fields.extend({ staffId: recordId }).superRefine(endNotBeforeStart, datesValid);
export const staffTrainingUpdateInput = z.object({ id: recordId, data: staffTrainingInput });

export const staffTraining = z.object({
  id: recordId,
  staffId: recordId,
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
export type StaffTraining = z.output<typeof staffTraining>;

export const staffTrainingList = z.object({ items: z.array(staffTraining) });
