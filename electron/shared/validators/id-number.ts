// Resident ID numbers (GB 11643-1999): structure, birth date, ISO 7064 MOD 11-2 check character.
import { toHalfWidth } from './text';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/**
 * Province-level codes of GB/T 2260 (first two digits of an address code), plus 83, which the
 * residence permits of Taiwan residents use (81 and 82 are Hong Kong and Macao).
 */
const PROVINCE_CODES = new Set([
  '11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37',
  '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64',
  '65', '71', '81', '82', '83',
]);

export function isProvinceCode(twoDigits: string): boolean {
  return PROVINCE_CODES.has(twoDigits);
}

export type Gender = 'male' | 'female';

export interface IdNumberInfo {
  /** Normalised: 18 characters, check character upper-case. */
  idNumber: string;
  birthDate: string;
  gender: Gender;
}

export type IdNumberCheck = { ok: true; info: IdNumberInfo } | { ok: false; reason: string };

/** The check character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

/** True when `y-m-d` names a real calendar day. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * Checks a resident ID number. `today` (YYYY-MM-DD) rejects birth dates in the future;
 * without it only the timeless rules are applied.
 */
export function checkIdNumber(raw: string, today?: string): IdNumberCheck {
  // Spaces and full-width characters are how people paste and type numbers; neither is an error.
  const value = toHalfWidth(raw).replace(/\s+/g, '').toUpperCase();
  if (value.length === 0) return { ok: false, reason: '请填写身份证号码' };
  if (value.length !== 18) return { ok: false, reason: '身份证号码应为18位' };
  if (!/^\d{17}[\dX]$/.test(value)) {
    return { ok: false, reason: '身份证号码前17位应为数字，最后一位为数字或X' };
  }
  if (!isProvinceCode(value.slice(0, 2))) {
    return { ok: false, reason: '身份证号码的地址码不正确' };
  }
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (year < 1800 || !isRealDate(year, month, day)) {
    return { ok: false, reason: '身份证号码中的出生日期不正确' };
  }
  const birthDate = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (today !== undefined && birthDate > today) {
    return { ok: false, reason: '身份证号码中的出生日期晚于今天' };
  }
  if (idCheckChar(value.slice(0, 17)) !== value[17]) {
    return { ok: false, reason: '身份证号码校验位不正确，请核对' };
  }
  const gender: Gender = Number(value[16]) % 2 === 1 ? 'male' : 'female';
  return { ok: true, info: { idNumber: value, birthDate, gender } };
}
