// Party branches (党支部): the form's rules and the stored shape with its counts and committee.
import { z } from 'zod';
import { codesOf } from '../codes';
import { partyPosts } from '../register-codes';
import { codeOf, instant, isoDate, optionalIsoDate, optionalText, recordId, requiredText, whenValid } from './common';

export const cpcBranchInput = z
  .object({
    name: requiredText('支部名称', 60),
    foundedOn: isoDate('成立日期'),
    approvedBy: optionalText('批准机关', 60),
    termStart: optionalIsoDate('本届任期开始'),
    termEnd: optionalIsoDate('本届任期届满'),
    note: optionalText('备注', 500),
  })
  .superRefine(
    (v, ctx) => {
      if (typeof v.termStart === 'string' && typeof v.foundedOn === 'string' && v.termStart < v.foundedOn) {
        ctx.addIssue({ code: 'custom', path: ['termStart'], message: '本届任期开始不能早于成立日期' });
      }
    },
    whenValid('foundedOn', 'termStart'),
  )
  .superRefine(
    (v, ctx) => {
      if (typeof v.termEnd === 'string' && v.termStart === null) {
        ctx.addIssue({ code: 'custom', path: ['termStart'], message: '填写任期届满时请同时填写任期开始' });
      } else if (typeof v.termEnd === 'string' && typeof v.termStart === 'string' && v.termEnd <= v.termStart) {
        ctx.addIssue({ code: 'custom', path: ['termEnd'], message: '本届任期届满应晚于任期开始' });
      }
    },
    whenValid('termStart', 'termEnd'),
  );
export type CpcBranchInput = z.input<typeof cpcBranchInput>;

export const cpcBranchUpdateInput = z.object({ id: recordId, data: cpcBranchInput });

/** A member holding a post (书记, 副书记, 委员), as the branch page lists them. */
export const cpcCommitteeSeat = z.object({
  memberId: recordId,
  name: z.string(),
  partyPost: codeOf('党内职务', codesOf(partyPosts)),
});
export type CpcCommitteeSeat = z.output<typeof cpcCommitteeSeat>;

export const cpcBranch = z.object({
  id: recordId,
  name: z.string(),
  foundedOn: z.string(),
  approvedBy: z.string().nullable(),
  termStart: z.string().nullable(),
  termEnd: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
  /** Members not transferred out. */
  memberCount: z.int().nonnegative(),
  fullMemberCount: z.int().nonnegative(),
  meetingCount: z.int().nonnegative(),
  /** Current members holding a post other than 党员, 书记 first. */
  committee: z.array(cpcCommitteeSeat),
});
export type CpcBranch = z.output<typeof cpcBranch>;

export const cpcBranchList = z.object({ items: z.array(cpcBranch) });
