// 人民调解委员会 (committee): input rules shared by the form and the core, the stored shape, list and options.
import { z } from 'zod';
import { codesOf } from '../codes';
import { committeeFields, committeeKinds } from '../register-codes';
import { committeeMember } from './committee-member';
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

const kind = codeOf('调委会类型', codesOf(committeeKinds));

export const committeeInput = z
  .object({
    name: requiredText('调委会名称', 60),
    /** 简称 printed in dossier numbers, e.g. 城关 in （2026）城关调字第001号. */
    shortName: optionalText('卷号简称', 10),
    kind,
    field: codeOf('行业领域', codesOf(committeeFields))
      .nullish()
      .transform((v) => v ?? null),
    filingNumber: optionalText('备案编号', 50),
    filedOn: optionalIsoDate('备案日期'),
    foundedOn: optionalIsoDate('成立日期'),
    address: optionalText('地址', 100),
    phone: optionalPhone('联系电话'),
    note: optionalText('备注', 500),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'professional' && v.field === null) {
      ctx.addIssue({ code: 'custom', path: ['field'], message: '请选择行业性专业性调委会的行业领域' });
    }
    if (v.kind !== 'professional' && v.field !== null) {
      ctx.addIssue({ code: 'custom', path: ['field'], message: '只有行业性专业性调委会填写行业领域' });
    }
  }, whenValid('kind', 'field'))
  .superRefine((v, ctx) => {
    if (v.filingNumber !== null && v.filedOn === null) {
      ctx.addIssue({ code: 'custom', path: ['filedOn'], message: '已填备案编号，请填写备案日期' });
    }
    if (v.filingNumber === null && v.filedOn !== null) {
      ctx.addIssue({ code: 'custom', path: ['filingNumber'], message: '已填备案日期，请填写备案编号' });
    }
  }, whenValid('filingNumber', 'filedOn'))
  .superRefine((v, ctx) => {
    if (v.filedOn !== null && v.foundedOn !== null && v.filedOn < v.foundedOn) {
      ctx.addIssue({ code: 'custom', path: ['filedOn'], message: '备案日期不能早于成立日期' });
    }
  }, whenValid('filedOn', 'foundedOn'));
export type CommitteeInput = z.input<typeof committeeInput>;

export const committeeUpdateInput = z.object({ id: recordId, data: committeeInput });

export const committee = z.object({
  id: recordId,
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.string(),
  field: z.string().nullable(),
  filingNumber: z.string().nullable(),
  filedOn: z.string().nullable(),
  foundedOn: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
});
export type Committee = z.output<typeof committee>;

/** What a deletion would touch: mediators block it, enterprises are unlinked. */
const counts = {
  activeMemberCount: z.int().nonnegative(),
  mediatorCount: z.int().nonnegative(),
  enterpriseCount: z.int().nonnegative(),
};

export const committeeListItem = committee.extend(counts);
export type CommitteeListItem = z.output<typeof committeeListItem>;

/** committee.get: the committee with all its members (those who left too, Art.10). */
export const committeeDetail = committee.extend({ ...counts, members: z.array(committeeMember) });
export type CommitteeDetail = z.output<typeof committeeDetail>;

export const committeeSortFields = ['name', 'kind', 'foundedOn', 'filedOn', 'createdAt'] as const;

export const yesNo = z.enum(['yes', 'no'], '筛选条件应为 yes 或 no');

export const committeeListInput = listInputOf(committeeSortFields, 'name', {
  kind: kind.optional(),
  filed: yesNo.optional(),
});
export type CommitteeListInput = z.input<typeof committeeListInput>;

export const committeePage = pageOf(committeeListItem);

/** committee.options: every committee for a select, by pinyin; other areas rely on exactly this shape. */
export const committeeOptionsInput = z.object({ kind: kind.optional() }).strict();
export const committeeOptions = z.object({
  items: z.array(z.object({ id: recordId, name: z.string(), kind: z.string() })),
});
export type CommitteeOption = z.output<typeof committeeOptions>['items'][number];
