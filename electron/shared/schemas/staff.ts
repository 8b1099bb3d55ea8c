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

/** The person fields staff and mediators share, with the same rules and messages. */
export const personInputFields = {
  name: requiredText('姓名', 30),
  idNumber,
  ethnicity: codeOf('民族', codesOf(ethnicities)),
  politicalStatus: codeOf('政治面貌', codesOf(politicalStatuses)),
  education: codeOf('学历', codesOf(educations)),
};

/** A `.superRefine` pair: the date in `field` must come after the birth date in a valid ID number. */
export function afterBirthDate(field: string, message: string) {
  const refine = (v: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const date = v[field];
    if (typeof date !== 'string' || typeof v.idNumber !== 'string') return;
    const check = checkIdNumber(v.idNumber);
    if (check.ok && date <= check.info.birthDate) ctx.addIssue({ code: 'custom', path: [field], message });
  };
  return [refine, whenValid('idNumber', field)] as const;
}

export const staffInput = z
  .object({
    ...personInputFields,
    post: requiredText('职务', 30),
    staffingType: codeOf('编制类型', codesOf(staffingTypes)),
    startDate: optionalIsoDate('到所工作时间'),
    phone: optionalPhone('联系电话'),
    note: optionalText('备注', 500),
  })
  .superRefine(...afterBirthDate('startDate', '到所工作时间应晚于出生日期'));
export type StaffInput = z.input<typeof staffInput>;

export const staffUpdateInput = z.object({ id: recordId, data: staffInput });

/** The stored person fields of staff and mediators (性别 and 出生日期 worked out from the ID number). */
export const personRecordFields = {
  id: recordId,
  name: z.string(),
  idNumber: z.string(),
  gender: codeOf('性别', codesOf(genders)),
  birthDate: z.string(),
  ethnicity: z.string(),
  politicalStatus: z.string(),
  education: z.string(),
};

export const staff = z.object({
  ...personRecordFields,
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
