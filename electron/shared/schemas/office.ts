// The judicial office (司法所) that owns the register: one profile per database.
import { z } from 'zod';
import { isProvinceCode } from '../validators/id-number';
import { toHalfWidth } from '../validators/text';
import { instant, optionalPhone, optionalText, requiredText } from './common';

export const officeCode = z
  .string('请填写机构代码')
  .overwrite((v) => toHalfWidth(v).replace(/\s+/g, ''))
  .regex(/^\d{9}(\d{3})?$/, '机构代码应为乡镇（街道）区划代码：9位或12位数字')
  .refine((v) => isProvinceCode(v.slice(0, 2)), '机构代码前两位应为省级行政区划代码');

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
