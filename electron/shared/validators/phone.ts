// Phone numbers as offices write them: mainland mobiles and landlines with area code and extension.

import { toHalfWidth } from './text';

const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?[2-9]\d{6,7}(-\d{1,6})?$/;

/** Removes spaces and turns full-width digits and dashes into ASCII. */
export function normalizePhone(raw: string): string {
  return toHalfWidth(raw)
    .replace(/[—–]/g, '-')
    .replace(/\s+/g, '');
}

export function isValidPhone(raw: string): boolean {
  const v = normalizePhone(raw);
  return MOBILE.test(v) || LANDLINE.test(v);
}
