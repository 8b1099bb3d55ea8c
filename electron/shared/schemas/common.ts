// Building blocks for contract schemas: Chinese messages, JSON-safe shapes only.
import { z } from 'zod';
import '../zod-locale';
import { isIsoDate } from '../validators/date';
import { isValidPhone, normalizePhone } from '../validators/phone';

export const recordId = z.int('编号应为整数').positive('编号应为正整数');

/** A record chosen in a form (调委会, 调解员 …): one message naming the field, whatever is wrong. */
export function recordIdOf(message: string) {
  return z.int(message).positive(message);
}

/** Required text, trimmed, with a length limit; `label` names the field in messages. */
export function requiredText(label: string, max: number) {
  return z
    .string(`请填写${label}`)
    .trim()
    .min(1, `请填写${label}`)
    .max(max, `${label}不能超过${max}个字`);
}

/** Optional text: blank becomes null. */
export function optionalText(label: string, max: number) {
  return z
    .string(`${label}应为文字`)
    .trim()
    .max(max, `${label}不能超过${max}个字`)
    .nullish()
    .transform((v) => (v ? v : null));
}

export function isoDate(label: string) {
  return z
    .string(`请填写${label}`)
    .trim()
    .refine(isIsoDate, `${label}应为有效日期（如 2026-01-31）`);
}

export function optionalIsoDate(label: string) {
  return z
    .string(`${label}应为日期`)
    .trim()
    .nullish()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || isIsoDate(v), `${label}应为有效日期（如 2026-01-31）`);
}

export function optionalPhone(label: string) {
  return z
    .string(`${label}应为文字`)
    .nullish()
    .transform((v) => (v ? normalizePhone(v) : null))
    .refine((v) => v === null || v === '' || isValidPhone(v), `${label}格式不正确（手机11位，或区号-座机号）`)
    .transform((v) => (v ? v : null));
}

export function codeOf<T extends [string, ...string[]]>(label: string, codes: T) {
  return z.enum(codes, `请选择${label}`);
}

export const instant = z.iso.datetime();

export const sortOrder = z.enum(['asc', 'desc']);

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.int().nonnegative(),
    page: z.int().positive(),
    pageSize: z.int().positive(),
  });
}

export const pageRequest = {
  page: z.int('页码应为整数').positive('页码应从1开始').default(1),
  pageSize: z.int('每页条数应为整数').min(1, '每页至少1条').max(100, '每页最多100条').default(20),
};

/**
 * For cross-field refinements: run them as soon as the named fields themselves are valid, even while
 * other fields still have errors (zod skips object refinements after any issue by default), so the
 * form shows every message at once. Never when the value is not a plain object (its issue has an empty
 * path): the refinement may only read the named fields, and they must exist.
 */
export function whenValid(...fields: string[]) {
  return {
    when: (payload: z.core.ParsePayload) => {
      const value = payload.value;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
      return payload.issues.every((issue) => {
        const head = issue.path?.[0];
        return head !== undefined && !fields.includes(String(head));
      });
    },
  };
}

/**
 * For refinements that guard each field themselves (they check ctx.issues): run whenever the value is a
 * plain object, never on a value that failed to parse as one.
 */
export function whenObject() {
  return {
    when: (payload: z.core.ParsePayload) =>
      typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value),
  };
}

/** The input of every register list: paging, a search text, one sort field and direction; `filters` adds list-specific filters. */
export function listInputOf<const S extends readonly [string, ...string[]], F extends z.ZodRawShape = Record<never, never>>(
  sortFields: S,
  defaultSort: S[number],
  filters?: F,
) {
  return z.object({
    ...pageRequest,
    q: z.string().trim().max(50, '搜索词不能超过50个字').default(''),
    sort: z.enum(sortFields).default(defaultSort as never),
    order: sortOrder.default('asc'),
    ...(filters ?? ({} as F)),
  });
}
