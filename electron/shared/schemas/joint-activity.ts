// Joint-building activities (共建活动: 庭所共建 / 所所共建): input rules shared by the form and the core, and the stored shape.
import { z } from 'zod';
import { codesOf } from '../codes';
import { jointActivityKinds } from '../register-codes';
import { codeOf, instant, isoDate, listInputOf, optionalText, pageOf, recordId, requiredText } from './common';
import { partnerKind } from './partner-unit';

export const jointActivityKind = codeOf('活动类型', codesOf(jointActivityKinds));

export const jointActivityInput = z.object({
  partnerUnitId: z.int('请选择共建单位').positive('请选择共建单位'),
  heldOn: isoDate('活动日期'),
  kind: jointActivityKind,
  place: requiredText('活动地点', 100),
  ourParticipants: requiredText('本所参加人员', 200),
  partnerParticipants: requiredText('对方参加人员', 200),
  summary: requiredText('内容摘要', 2000),
  results: optionalText('成效', 1000),
  casesCount: z
    .int('涉及案件数应为整数')
    .min(0, '涉及案件数不能为负数')
    .max(9999, '涉及案件数不能超过9999')
    .nullish()
    .transform((v) => v ?? null),
  note: optionalText('备注', 500),
});
export type JointActivityInput = z.input<typeof jointActivityInput>;

export const jointActivityUpdateInput = z.object({ id: recordId, data: jointActivityInput });

export const jointActivity = z.object({
  id: recordId,
  partnerUnitId: recordId,
  partnerName: z.string(),
  partnerKind,
  heldOn: z.string(),
  kind: z.string(),
  place: z.string(),
  ourParticipants: z.string(),
  partnerParticipants: z.string(),
  summary: z.string(),
  results: z.string().nullable(),
  casesCount: z.int().nullable(),
  note: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
});
export type JointActivity = z.output<typeof jointActivity>;

export const jointActivitySortFields = ['heldOn', 'createdAt'] as const;

export const jointActivityListInput = listInputOf(jointActivitySortFields, 'heldOn', {
  partnerKind: partnerKind.optional(),
  partnerUnitId: recordId.optional(),
  kind: jointActivityKind.optional(),
  year: z.int('年份应为整数').min(1949, '年份应在1949–2100之间').max(2100, '年份应在1949–2100之间').optional(),
});
export type JointActivityListInput = z.input<typeof jointActivityListInput>;

export const jointActivityPage = pageOf(jointActivity);
