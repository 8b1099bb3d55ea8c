// Unified social credit codes (GB 32100-2015): normalisation, structure, and the MOD 31 check character.
import { toHalfWidth } from './text';

/** The 31 characters of the code, in value order 0…30 (no I, O, S, V, Z). */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weights of positions 1…17: 3^(i−1) mod 31. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export type CreditCodeCheck = { ok: true; creditCode: string } | { ok: false; reason: string };

/** How people type and paste codes: full-width characters, spaces and lower case are not errors. */
export function normalizeCreditCode(raw: string): string {
  return toHalfWidth(raw).replace(/\s+/g, '').toUpperCase();
}

/** The check character (position 18) of a 17-character body made of charset characters. */
export function creditCheckChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARSET.indexOf(body[i]!) * WEIGHTS[i]!;
  const value = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_CHARSET[value]!;
}

/** Checks a code as typed; on success gives it normalised (18 upper-case characters). */
export function checkCreditCode(raw: string): CreditCodeCheck {
  const value = normalizeCreditCode(raw);
  if (value.length === 0) return { ok: false, reason: '请填写统一社会信用代码' };
  if (value.length !== 18) return { ok: false, reason: `统一社会信用代码应为18位（现为${value.length}位）` };
  const bad = [...value].find((c) => !CREDIT_CODE_CHARSET.includes(c));
  if (bad !== undefined) {
    return { ok: false, reason: `统一社会信用代码含有不允许的字符“${bad}”（只用数字和除 I、O、S、V、Z 以外的大写字母）` };
  }
  if (!/^\d{6}$/.test(value.slice(2, 8))) {
    return { ok: false, reason: '统一社会信用代码第3–8位（登记管理机关行政区划码）应为数字' };
  }
  if (creditCheckChar(value.slice(0, 17)) !== value[17]) {
    return { ok: false, reason: '统一社会信用代码校验位不正确，请核对' };
  }
  return { ok: true, creditCode: value };
}
