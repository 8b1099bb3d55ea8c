// Party members (党员): the form's rules and the stored shape; with a staff link the core copies that person's data.
import { z } from 'zod';
import { codesOf, educations, ethnicities, genders } from '../codes';
import { cpcMemberTypes, partyPosts } from '../register-codes';
import { checkIdNumber } from '../validators/id-number';
import { cpcMemberDateIssues } from './cpc-member-rules';
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
  isoDate,
  whenObject,
} from './common';

/** Optional resident ID number: blank becomes null, anything else must pass GB 11643. */
export const optionalIdNumber = z
  .string('身份证号码应为文字')
  .nullish()
  .transform((v, ctx) => {
    if (!v || !v.trim()) return null;
    const check = checkIdNumber(v);
    if (!check.ok) {
      ctx.addIssue({ code: 'custom', message: check.reason });
      return z.NEVER;
    }
    return check.info.idNumber;
  });

const optionalId = z
  .int('编号应为整数')
  .positive('编号应为正整数')
  .nullish()
  .transform((v) => v ?? null);

export const cpcMemberInput = z
  .object({
    branchId: z.int('请选择所在支部').positive('请选择所在支部'),
    /** 工作人员: when set, name, gender, birth date, ethnicity, education and ID number come from that record. */
    staffId: optionalId,
    name: requiredText('姓名', 30),
    idNumber: optionalIdNumber,
    /** Ignored when an ID number is given (it fixes gender and birth date). */
    gender: codeOf('性别', codesOf(genders)).nullish().transform((v) => v ?? null),
    birthDate: optionalIsoDate('出生日期'),
    ethnicity: codeOf('民族', codesOf(ethnicities)),
    education: codeOf('学历', codesOf(educations)),
    joinedOn: isoDate('入党时间'),
    memberType: codeOf('党员类型', codesOf(cpcMemberTypes)),
    fullOn: optionalIsoDate('转正时间'),
    partyPost: codeOf('党内职务', codesOf(partyPosts)),
    transferredInOn: optionalIsoDate('组织关系转入时间'),
    transferredOutOn: optionalIsoDate('组织关系转出时间'),
    phone: optionalPhone('联系电话'),
    note: optionalText('备注', 500),
  })
  .superRefine((v, ctx) => {
    const bad = (field: string) => ctx.issues.some((issue) => issue.path?.[0] === field);
    // Without an ID number (and no staff link) gender and birth date must be typed in.
    const fromId = typeof v.idNumber === 'string' ? checkIdNumber(v.idNumber) : null;
    if (!fromId && v.staffId === null) {
      if (v.gender === null && !bad('gender') && !bad('idNumber')) ctx.addIssue({ code: 'custom', path: ['gender'], message: '请选择性别' });
      if (v.birthDate === null && !bad('birthDate') && !bad('idNumber')) {
        ctx.addIssue({ code: 'custom', path: ['birthDate'], message: '请填写出生日期（或填写身份证号码）' });
      }
    }
    const dateFields = ['birthDate', 'idNumber', 'joinedOn', 'fullOn', 'memberType', 'transferredInOn', 'transferredOutOn'];
    if (dateFields.some(bad)) return;
    const birthDate = fromId?.ok ? fromId.info.birthDate : v.birthDate;
    for (const issue of cpcMemberDateIssues({ ...v, birthDate })) {
      ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
    }
    // Runs even while other fields have errors (each check above guards its own fields), so the form shows all at once.
  }, whenObject());
export type CpcMemberInput = z.input<typeof cpcMemberInput>;

export const cpcMemberUpdateInput = z.object({ id: recordId, data: cpcMemberInput });

export const cpcMember = z.object({
  id: recordId,
  branchId: recordId,
  branchName: z.string(),
  staffId: recordId.nullable(),
  name: z.string(),
  idNumber: z.string().nullable(),
  gender: codeOf('性别', codesOf(genders)),
  birthDate: z.string(),
  ethnicity: z.string(),
  education: z.string(),
  joinedOn: z.string(),
  fullOn: z.string().nullable(),
  memberType: codeOf('党员类型', codesOf(cpcMemberTypes)),
  partyPost: codeOf('党内职务', codesOf(partyPosts)),
  transferredInOn: z.string().nullable(),
  transferredOutOn: z.string().nullable(),
  phone: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
});
export type CpcMember = z.output<typeof cpcMember>;

export const cpcMemberSortFields = ['name', 'joinedOn', 'birthDate', 'createdAt'] as const;

export const cpcMemberListInput = listInputOf(cpcMemberSortFields, 'createdAt', {
  branchId: recordId.optional(),
  memberType: codeOf('党员类型', codesOf(cpcMemberTypes)).optional(),
  /** true: only members not transferred out; false: only those transferred out. */
  active: z.boolean('在册筛选应为是或否').optional(),
});
export type CpcMemberListInput = z.input<typeof cpcMemberListInput>;

export const cpcMemberPage = pageOf(cpcMember);
