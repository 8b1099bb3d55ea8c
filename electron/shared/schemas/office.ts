// The judicial office (司法所) that owns the register: one profile per database.
import { z } from 'zod';
import { instant, optionalPhone, optionalText, requiredText } from './common';

const PROVINCE_PREFIX = /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])/;

export const officeCode = z
  .string('请填写机构代码')
  .trim()
  .regex(/^\d{9}(\d{3})?$/, '机构代码应为乡镇（街道）区划代码：9位或12位数字')
  .refine((v) => PROVINCE_PREFIX.test(v), '机构代码前两位应为省级行政区划代码');

export const officeInput = z.object({
  name: requiredText('司法所名称', 50),
  code: officeCode,
  district: requiredText('所属区县', 30),
  township: requiredText('街道（乡镇）', 30),
  address: optionalText('地址', 100),
  head: optionalText('所长', 30),
  phone: optionalPhone('联系电话'),
});
export type OfficeInput = z.input<typeof officeInput>;

export const office = z.object({
  name: z.string(),
  code: z.string(),
  district: z.string(),
  township: z.string(),
  address: z.string().nullable(),
  head: z.string().nullable(),
  phone: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
});
export type Office = z.output<typeof office>;
