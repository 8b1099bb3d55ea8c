// Staff of the office (工作人员): input rules shared by the form and the core, and the stored shape.
import { z } from 'zod';
import { codesOf, educations, ethnicities, genders, politicalStatuses, staffingTypes } from '../codes';
import { checkIdNumber } from '../validators/id-number';
import {
  codeOf,
  instant,
  listInputOf,
  optionalIsoDate,
  optionalPhone,
  optionalText,
  pageOf,
  recordId,
  requiredText,
  whenValid,
} from './common';

export const idNumber = z
  .string('请填写身份证号码')
  .transform((v, ctx) => {
    const check = checkIdNumber(v);
    if (!check.ok) {
      ctx.addIssue({ code: 'custom', message: check.reason });
      return z.NEVER;
    }
    return check.info.idNumber;
  });

export const staffInput = z
  .object({
    name: requiredText('姓名', 30),
    idNumber,
    ethnicity: codeOf('民族', codesOf(ethnicities)),
    politicalStatus: codeOf('政治面貌', codesOf(politicalStatuses)),
    education: codeOf('学历', codesOf(educations)),
    post: requiredText('职务', 30),
    staffingType: codeOf('编制类型', codesOf(staffingTypes)),
    startDate: optionalIsoDate('到所工作时间'),
    phone: optionalPhone('联系电话'),
    note: optionalText('备注', 500),
  })
  .superRefine((v, ctx) => {
    if (typeof v.startDate !== 'string' || typeof v.idNumber !== 'string') return;
    const check = checkIdNumber(v.idNumber);
    if (check.ok && v.startDate <= check.info.birthDate) {
      ctx.addIssue({ code: 'custom', path: ['startDate'], message: '到所工作时间应晚于出生日期' });
    }
  }, whenValid('idNumber', 'startDate'));
export type StaffInput = z.input<typeof staffInput>;

export const staffUpdateInput = z.object({ id: recordId, data: staffInput });

export const staff = z.object({
  id: recordId,
  name: z.string(),
  idNumber: z.string(),
  gender: codeOf('性别', codesOf(genders)),
  birthDate: z.string(),
  ethnicity: z.string(),
  politicalStatus: z.string(),
  education: z.string(),
  post: z.string(),
  staffingType: z.string(),
  startDate: z.string().nullable(),
  phone: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
});
export type Staff = z.output<typeof staff>;

export const staffSortFields = ['name', 'birthDate', 'startDate', 'post', 'createdAt'] as const;

export const staffListInput = listInputOf(staffSortFields, 'createdAt');
export type StaffListInput = z.input<typeof staffListInput>;

export const staffPage = pageOf(staff);
