// Members (委员) of a committee: role, 3-year term (人民调解法 Art.9), leaving date kept (Art.10).
import { z } from 'zod';
import { codesOf, ethnicities, genders } from '../codes';
import { committeeRoles } from '../register-codes';
import { codeOf, instant, isoDate, optionalIsoDate, optionalPhone, optionalText, recordId, requiredText, whenValid } from './common';

/** The same calendar day `years` later; 29 February falls back to 28 February in a common year. */
export function addYears(isoDay: string, years: number): string {
  const year = Number(isoDay.slice(0, 4)) + years;
  const monthDay = isoDay.slice(5);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const fixed = monthDay === '02-29' && !leap ? '02-28' : monthDay;
  return `${String(year).padStart(4, '0')}-${fixed}`;
}

/** 人民调解法 Art.9: a term is three years. */
export const TERM_YEARS = 3;

const fields = z.object({
  name: requiredText('姓名', 30),
  gender: codeOf('性别', codesOf(genders)),
  ethnicity: codeOf('民族', codesOf(ethnicities))
    .nullish()
    .transform((v) => v ?? null),
  role: codeOf('职务', codesOf(committeeRoles)),
  termStart: isoDate('任期开始日期'),
  termEnd: isoDate('任期结束日期'),
  leftOn: optionalIsoDate('离任日期'),
  phone: optionalPhone('联系电话'),
  note: optionalText('备注', 500),
});

type Fields = z.output<typeof fields>;

function termRules(v: Fields, ctx: z.RefinementCtx): void {
  if (v.termEnd <= v.termStart) {
    ctx.addIssue({ code: 'custom', path: ['termEnd'], message: '任期结束日期应晚于任期开始日期' });
  } else if (v.termEnd > addYears(v.termStart, TERM_YEARS)) {
    ctx.addIssue({ code: 'custom', path: ['termEnd'], message: '每届任期不超过3年（人民调解法第九条）' });
  }
}

function leftRule(v: Fields, ctx: z.RefinementCtx): void {
  if (v.leftOn !== null && v.leftOn < v.termStart) {
    ctx.addIssue({ code: 'custom', path: ['leftOn'], message: '离任日期不能早于任期开始日期' });
  }
}

const termsValid = whenValid('termStart', 'termEnd');
const leftValid = whenValid('termStart', 'leftOn');

/** What the form edits (update input). */
export const committeeMemberInput = fields.superRefine(termRules, termsValid).superRefine(leftRule, leftValid);
export type CommitteeMemberInput = z.input<typeof committeeMemberInput>;

export const committeeMemberCreateInput = fields
  .extend({ committeeId: recordId })
  .superRefine(termRules, termsValid)
  .superRefine(leftRule, leftValid);
export const committeeMemberUpdateInput = z.object({ id: recordId, data: committeeMemberInput });

export const committeeMember = z.object({
  id: recordId,
  committeeId: recordId,
  name: z.string(),
  gender: z.enum(['male', 'female']),
  ethnicity: z.string().nullable(),
  role: z.string(),
  termStart: z.string(),
  termEnd: z.string(),
  leftOn: z.string().nullable(),
  phone: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
});
export type CommitteeMember = z.output<typeof committeeMember>;
