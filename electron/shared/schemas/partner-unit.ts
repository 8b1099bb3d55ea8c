// Partner units of joint building (共建单位: 人民法庭 / 派出所): input rules shared by the form and the core, and the stored shape.
import { z } from 'zod';
import { codesOf } from '../codes';
import { partnerKinds } from '../register-codes';
import { codeOf, instant, listInputOf, optionalIsoDate, optionalPhone, optionalText, pageOf, recordId, requiredText } from './common';

export const partnerKind = codeOf('共建单位类型', codesOf(partnerKinds));
export type PartnerKind = z.output<typeof partnerKind>;

export const partnerUnitInput = z.object({
  kind: partnerKind,
  name: requiredText('单位名称', 50),
  address: optionalText('地址', 100),
  contact: optionalText('联系人', 30),
  phone: optionalPhone('联系电话'),
  agreementOn: optionalIsoDate('共建协议签订日期'),
  note: optionalText('备注', 500),
});
export type PartnerUnitInput = z.input<typeof partnerUnitInput>;

export const partnerUnitUpdateInput = z.object({ id: recordId, data: partnerUnitInput });

export const partnerUnit = z.object({
  id: recordId,
  kind: partnerKind,
  name: z.string(),
  address: z.string().nullable(),
  contact: z.string().nullable(),
  phone: z.string().nullable(),
  agreementOn: z.string().nullable(),
  note: z.string().nullable(),
  /** How many joint activities are recorded with this partner. */
  activityCount: z.int().nonnegative(),
  createdAt: instant,
  updatedAt: instant,
});
export type PartnerUnit = z.output<typeof partnerUnit>;

export const partnerUnitSortFields = ['name', 'agreementOn', 'createdAt'] as const;

export const partnerUnitListInput = listInputOf(partnerUnitSortFields, 'createdAt', {
  kind: partnerKind.optional(),
});
export type PartnerUnitListInput = z.input<typeof partnerUnitListInput>;

export const partnerUnitPage = pageOf(partnerUnit);

export const partnerUnitOptionsInput = z.object({ kind: partnerKind.optional() });

export const partnerUnitOption = z.object({ id: recordId, name: z.string(), kind: partnerKind });
export type PartnerUnitOption = z.output<typeof partnerUnitOption>;

export const partnerUnitOptions = z.object({ items: z.array(partnerUnitOption) });
