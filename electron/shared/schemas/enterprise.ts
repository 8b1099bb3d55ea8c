// 企业 (enterprise): credit code checked (GB 32100), employees, the committee it has; list with the ≥300 flag.
import { z } from 'zod';
import { checkCreditCode } from '../validators/credit-code';
import { yesNo } from './committee';
import { instant, listInputOf, optionalPhone, optionalText, pageOf, recordId, requiredText } from './common';

/** Product §4: an enterprise with this many employees or more must have a mediation committee. */
export const COMMITTEE_REQUIRED_EMPLOYEES = 300;

export const creditCode = z.string('请填写统一社会信用代码').transform((v, ctx) => {
  const check = checkCreditCode(v);
  if (!check.ok) {
    ctx.addIssue({ code: 'custom', message: check.reason });
    return z.NEVER;
  }
  return check.creditCode;
});

export const enterpriseInput = z.object({
  name: requiredText('企业名称', 100),
  creditCode,
  employees: z
    .number('请填写职工人数')
    .int('职工人数应为整数')
    .min(0, '职工人数应在0–1000000之间')
    .max(1_000_000, '职工人数应在0–1000000之间'),
  address: optionalText('地址', 100),
  contact: optionalText('联系人', 30),
  phone: optionalPhone('联系电话'),
  committeeId: recordId.nullish().transform((v) => v ?? null),
  note: optionalText('备注', 500),
});
export type EnterpriseInput = z.input<typeof enterpriseInput>;

export const enterpriseUpdateInput = z.object({ id: recordId, data: enterpriseInput });

export const enterprise = z.object({
  id: recordId,
  name: z.string(),
  creditCode: z.string(),
  employees: z.int().nonnegative(),
  address: z.string().nullable(),
  contact: z.string().nullable(),
  phone: z.string().nullable(),
  committeeId: recordId.nullable(),
  /** The linked committee's name, for display. */
  committeeName: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
});
export type Enterprise = z.output<typeof enterprise>;

/** ≥ 300 employees and no committee of its own: the product §4 flag. */
export function lacksCommittee(e: Pick<Enterprise, 'employees' | 'committeeId'>): boolean {
  return e.employees >= COMMITTEE_REQUIRED_EMPLOYEES && e.committeeId === null;
}

export const enterpriseSortFields = ['name', 'employees', 'createdAt'] as const;

export const enterpriseListInput = listInputOf(enterpriseSortFields, 'name', {
  hasCommittee: yesNo.optional(),
  /** Only enterprises with ≥ 300 employees. */
  large: z.boolean('筛选条件应为是或否').default(false),
});
export type EnterpriseListInput = z.input<typeof enterpriseListInput>;

export const enterprisePage = pageOf(enterprise);
