// 人民币 amounts as printed on forms (domain-reference §6.3): capitals 壹万贰仟元整 and figures ¥12,000.00, from 分.

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
/** Units inside a group of four digits, from the 仟 place down. */
const PLACES = ['仟', '佰', '拾', ''] as const;
/** Group units, from the 亿 group down to the 元 group. */
const GROUPS = ['亿', '万', ''] as const;

/** The largest amount printed: 9,999亿9,999万9,999元9角9分 (one 分 below 1万亿元). */
export const MAX_PRINTABLE_FEN = 99_999_999_999_999;

function checkFen(fen: number): void {
  if (!Number.isSafeInteger(fen) || fen < 0 || fen > MAX_PRINTABLE_FEN) {
    throw new RangeError(`金额应为 0 至 ${MAX_PRINTABLE_FEN} 分之间的整数：${String(fen)}`);
  }
}

/**
 * 人民币大写 without the 人民币 prefix: 1200000 → 壹万贰仟元整, 140950 → 壹仟肆佰零玖元伍角.
 *
 * Style, where §6.3 leaves a choice (one style throughout):
 * - Every run of zeros between two written digits is one 零, also where the run ends at the 万 or 元 place
 *   and the next digit is a 仟 or a 角 (¥107,000 → 壹拾万零柒仟元整; ¥1,680.32 → 壹仟陆佰捌拾元零叁角贰分).
 *   Zeros at the end of the amount print nothing.
 * - 整 follows only an amount that ends at 元 (no 角, no 分): ¥1,409.50 → 壹仟肆佰零玖元伍角, without 整.
 * - A leading 拾 is always 壹拾 (¥15 → 壹拾伍元整; ¥100,000 → 壹拾万元整).
 * - Below one 元 there is no 元 part: ¥0.50 → 伍角, ¥0.01 → 壹分. Nothing at all: 零元整.
 */
export function rmbUpper(fen: number): string {
  checkFen(fen);
  if (fen === 0) return '零元整';
  const yuan = Math.floor(fen / 100);
  const digits = String(yuan).padStart(12, '0');
  const jiao = Math.floor(fen / 10) % 10;
  const cent = fen % 10;
  let out = '';
  let started = false;
  let zero = false;
  const put = (digit: number, unit: string): void => {
    if (digit === 0) {
      zero ||= started;
      return;
    }
    if (zero) out += '零';
    out += DIGITS[digit] + unit;
    started = true;
    zero = false;
  };
  GROUPS.forEach((group, g) => {
    const part = digits.slice(g * 4, g * 4 + 4);
    [...part].forEach((d, p) => put(Number(d), PLACES[p] ?? ''));
    if (group && Number(part) > 0) out += group;
  });
  if (yuan > 0) out += '元';
  put(jiao, '角');
  put(cent, '分');
  return jiao === 0 && cent === 0 ? `${out}整` : out;
}

/** 1200000 → ¥12,000.00 */
export function amountFigures(fen: number): string {
  checkFen(fen);
  const yuan = String(Math.floor(fen / 100)).replace(/\B(?=(\d{3})+$)/g, ',');
  return `¥${yuan}.${String(fen % 100).padStart(2, '0')}`;
}

/** 1200000 → 人民币壹万贰仟元整（¥12,000.00）, the way agreements print an amount. */
export function amountCn(fen: number): string {
  return `人民币${rmbUpper(fen)}（${amountFigures(fen)}）`;
}

/** amountCn, or '' when there is no amount (a blank on the form). */
export function amountCnOrBlank(fen: number | null | undefined): string {
  return fen === null || fen === undefined ? '' : amountCn(fen);
}
