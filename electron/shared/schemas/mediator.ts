// People's mediators (人民调解员, 人民调解法 Ch.3): input rules shared by the form and the core, and the stored shape.
import { z } from 'zod';
import { codesOf } from '../codes';
import { mediatorEmployments } from '../register-codes';
import { codeOf, instant, listInputOf, optionalIsoDate, optionalPhone, optionalText, pageOf, recordId, whenValid } from './common';
import { afterBirthDate, personInputFields, personRecordFields } from './staff';
import { trainingCutoff } from '../rules/mediation';

export { trainingCutoff };

/** 职称 suggestions (pilot areas); the field stays free text. */
export const mediatorTitleSuggestions = ['首席人民调解员', '一级人民调解员', '二级人民调解员', '三级人民调解员', '四级人民调解员'] as const;

export const mediatorInput = z
  .object({
    ...personInputFields,
    phone: optionalPhone('联系电话'),
    committeeId: z.int('请选择所属调解委员会').positive('请选择所属调解委员会'),
    employment: codeOf('专兼职', codesOf(mediatorEmployments)),
    qualifications: optionalText('专业资质', 200),
    inExpertPool: z.boolean('专家库应为是或否').default(false),
    /** Required while in the pool; the core stores null otherwise. */
    expertField: optionalText('专长领域', 50),
    title: optionalText('职称', 30),
    startedOn: optionalIsoDate('任职日期'),
    leftOn: optionalIsoDate('离任日期'),
    note: optionalText('备注', 500),
  })
  .superRefine((v, ctx) => {
    if (v.inExpertPool === true && !v.expertField) {
      ctx.addIssue({ code: 'custom', path: ['expertField'], message: '已入选专家库的，请填写专长领域' });
    }
  }, whenValid('inExpertPool', 'expertField'))
  .superRefine(...afterBirthDate('startedOn', '任职日期应晚于出生日期'))
  .superRefine((v, ctx) => {
    if (typeof v.startedOn === 'string' && typeof v.leftOn === 'string' && v.leftOn < v.startedOn) {
      ctx.addIssue({ code: 'custom', path: ['leftOn'], message: '离任日期不能早于任职日期' });
    }
  }, whenValid('startedOn', 'leftOn'));
export type MediatorInput = z.input<typeof mediatorInput>;

export const mediatorUpdateInput = z.object({ id: recordId, data: mediatorInput });

export const mediator = z.object({
  ...personRecordFields,
  phone: z.string().nullable(),
  committeeId: recordId,
  committeeName: z.string(),
  employment: codeOf('专兼职', codesOf(mediatorEmployments)),
  qualifications: z.string().nullable(),
  inExpertPool: z.boolean(),
  expertField: z.string().nullable(),
  title: z.string().nullable(),
  startedOn: z.string().nullable(),
  leftOn: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
});
export type Mediator = z.output<typeof mediator>;

/** A list row also carries the start date of the latest training, for the once-a-year rule. */
export const mediatorListItem = mediator.extend({ lastTrainingOn: z.string().nullable() });
export type MediatorListItem = z.output<typeof mediatorListItem>;

export const mediatorSortFields = ['name', 'startedOn', 'lastTrainingOn', 'createdAt'] as const;

export const mediatorListInput = listInputOf(mediatorSortFields, 'createdAt', {
  committeeId: recordId.optional(),
  employment: codeOf('专兼职', codesOf(mediatorEmployments)).optional(),
  inExpertPool: z.boolean('专家库应为是或否').optional(),
  /** true: still in post (no 离任日期); false: left. */
  active: z.boolean('在任状态应为是或否').optional(),
  /** true: in post and not trained in the last 12 months. */
  trainingDue: z.boolean('培训状态应为是或否').optional(),
});
export type MediatorListInput = z.input<typeof mediatorListInput>;

export const mediatorPage = pageOf(mediatorListItem);

/** An active mediator whose latest training (its last day) is before the cutoff, or who has none, is due for training. */
export function isTrainingDue(m: { leftOn: string | null; lastTrainingOn: string | null }, today: string): boolean {
  return m.leftOn === null && (m.lastTrainingOn === null || m.lastTrainingOn < trainingCutoff(today));
}
