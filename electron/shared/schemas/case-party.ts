// 当事人 and 代理人 of a mediation case: the intake form's rules, shared by the form and the core, and the stored shapes.
import { z } from 'zod';
import { codesOf, ethnicities, genders } from '../codes';
import { agentAuthorities, agentKinds, partyKinds, partyRoles } from '../case-codes';
import { checkCreditCode } from '../validators/credit-code';
import { checkIdNumber } from '../validators/id-number';
import { codeOf, instant, optionalIsoDate, optionalPhone, optionalText, recordId, requiredText, whenValid } from './common';

const idNoun = '身份证号码';

/** The message for a bad ID number: the checker's reason already names 身份证号码, so only a qualifier is added (代理人…). */
export function idNumberMessage(label: string, reason: string): string {
  if (reason.includes(label)) return reason;
  if (label.endsWith(idNoun) && reason.startsWith(idNoun)) return label.slice(0, -idNoun.length) + reason;
  return `${label}：${reason}`;
}

/** An optional resident ID number: blank is null, anything else must pass GB 11643 (stored upper-case). */
export function optionalIdNumber(label: string) {
  return z
    .string(`${label}应为文字`)
    .nullish()
    .transform((v, ctx) => {
      if (!v || v.trim() === '') return null;
      const check = checkIdNumber(v);
      if (!check.ok) {
        ctx.addIssue({ code: 'custom', message: idNumberMessage(label, check.reason) });
        return z.NEVER;
      }
      return check.info.idNumber;
    });
}

const optionalCreditCode = z
  .string('统一社会信用代码应为文字')
  .nullish()
  .transform((v, ctx) => {
    if (!v || v.trim() === '') return null;
    const check = checkCreditCode(v);
    if (!check.ok) {
      ctx.addIssue({ code: 'custom', message: check.reason });
      return z.NEVER;
    }
    return check.creditCode;
  });

export const agentInput = z
  .object({
    name: requiredText('代理人姓名', 30),
    kind: codeOf('代理人类型', codesOf(agentKinds)),
    authority: codeOf('授权类型', codesOf(agentAuthorities))
      .nullish()
      .transform((v) => v ?? null),
    authorityText: optionalText('代理权限', 300),
    relation: optionalText('与当事人关系', 30),
    idNumber: optionalIdNumber('代理人身份证号码'),
    phone: optionalPhone('代理人联系电话'),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'entrusted' && v.authority === null) {
      ctx.addIssue({ code: 'custom', path: ['authority'], message: '委托代理人请选择授权类型（一般授权或特别授权）' });
    }
  }, whenValid('kind', 'authority'));
export type AgentInput = z.input<typeof agentInput>;

const partyFields = z.object({
  role: codeOf('当事人类别', codesOf(partyRoles)),
  kind: codeOf('当事人类型', codesOf(partyKinds)),
  name: requiredText('当事人姓名或名称', 60),
  // Natural persons; 性别 and 出生日期 come from a valid ID number when one is given.
  gender: codeOf('性别', codesOf(genders))
    .nullish()
    .transform((v) => v ?? null),
  ethnicity: codeOf('民族', codesOf(ethnicities))
    .nullish()
    .transform((v) => v ?? null),
  birthDate: optionalIsoDate('出生日期'),
  occupation: optionalText('职业或职务', 50),
  idNumber: optionalIdNumber('身份证号码'),
  // Organisations.
  creditCode: optionalCreditCode,
  legalRepresentative: optionalText('法定代表人或负责人', 30),
  // Both.
  phone: optionalPhone('联系电话'),
  address: optionalText('住址或住所', 100),
  agents: z.array(agentInput).max(5, '每位当事人最多登记5名代理人').default([]),
});

type PartyFields = z.output<typeof partyFields>;

/** ID number and the typed gender/birth date must agree; organisation fields only for organisations and vice versa. */
function partyRules(v: PartyFields, ctx: z.RefinementCtx): void {
  if (v.kind === 'person') {
    if (v.creditCode !== null) ctx.addIssue({ code: 'custom', path: ['creditCode'], message: '自然人不填写统一社会信用代码' });
    if (v.legalRepresentative !== null) {
      ctx.addIssue({ code: 'custom', path: ['legalRepresentative'], message: '自然人不填写法定代表人' });
    }
    const check = v.idNumber === null ? null : checkIdNumber(v.idNumber);
    if (check?.ok) {
      if (v.gender !== null && v.gender !== check.info.gender) {
        ctx.addIssue({ code: 'custom', path: ['gender'], message: '性别与身份证号码不符' });
      }
      if (v.birthDate !== null && v.birthDate !== check.info.birthDate) {
        ctx.addIssue({ code: 'custom', path: ['birthDate'], message: '出生日期与身份证号码不符' });
      }
    }
  } else {
    for (const field of ['gender', 'ethnicity', 'birthDate', 'idNumber'] as const) {
      if (v[field] !== null) ctx.addIssue({ code: 'custom', path: [field], message: '单位当事人不填写个人信息（性别、民族、出生日期、身份证号码）' });
    }
  }
}

export const partyInput = partyFields.superRefine(
  partyRules,
  whenValid('kind', 'idNumber', 'gender', 'birthDate', 'creditCode', 'legalRepresentative', 'ethnicity'),
);
export type PartyInput = z.input<typeof partyInput>;

export const partyCreateInput = z.object({ caseId: recordId, data: partyInput });
export const partyUpdateInput = z.object({ id: recordId, data: partyInput });

export const caseAgent = z.object({
  id: recordId,
  partyId: recordId,
  name: z.string(),
  kind: z.string(),
  authority: z.string().nullable(),
  authorityText: z.string().nullable(),
  relation: z.string().nullable(),
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
});
export type CaseAgent = z.output<typeof caseAgent>;

export const caseParty = z.object({
  id: recordId,
  caseId: recordId,
  role: z.enum(codesOf(partyRoles)),
  kind: z.enum(codesOf(partyKinds)),
  name: z.string(),
  gender: z.string().nullable(),
  ethnicity: z.string().nullable(),
  birthDate: z.string().nullable(),
  occupation: z.string().nullable(),
  idNumber: z.string().nullable(),
  creditCode: z.string().nullable(),
  legalRepresentative: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  sortOrder: z.int(),
  agents: z.array(caseAgent),
  createdAt: instant,
  updatedAt: instant,
});
export type CaseParty = z.output<typeof caseParty>;

/** What the intake form sends to look for a party already on record (warnings, never refusals). */
export const duplicateCheckInput = z.object({
  /** The case being edited, left out of the matches. */
  caseId: recordId.nullish().transform((v) => v ?? null),
  parties: z
    .array(
      z.object({
        role: codeOf('当事人类别', codesOf(partyRoles)),
        name: z.string('当事人姓名应为文字').trim().max(60, '当事人姓名不能超过60个字'),
        idNumber: z.string('身份证号码应为文字').trim().max(30, '身份证号码过长').nullish().transform((v) => v || null),
        creditCode: z.string('统一社会信用代码应为文字').trim().max(30, '统一社会信用代码过长').nullish().transform((v) => v || null),
        phone: z.string('联系电话应为文字').trim().max(30, '联系电话过长').nullish().transform((v) => v || null),
      }),
    )
    .max(30, '当事人过多'),
});

export const duplicateMatch = z.object({
  caseId: recordId,
  /** e.g. （2026）城关调字第001号 张三与李四邻里纠纷, or 2026-11-02 受理的案件 when there is no dossier yet. */
  caseLabel: z.string(),
  caseState: z.string(),
  partyName: z.string(),
  matchedBy: z.enum(['idNumber', 'creditCode', 'namePhone']),
});

export const duplicateCheckResult = z.object({
  /** Per input party (same index): earlier parties that look like the same person or organisation. */
  parties: z.array(z.object({ index: z.int().nonnegative(), matches: z.array(duplicateMatch) })),
  /** Cases still open (not concluded) between an applicant and a respondent of this input. */
  openCases: z.array(duplicateMatch.omit({ partyName: true, matchedBy: true })),
});
export type DuplicateCheckResult = z.output<typeof duplicateCheckResult>;
