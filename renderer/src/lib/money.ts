// Money in the forms: whole 分 in the contract, 元 on screen (¥12,000.00) and as typed — never through float arithmetic. No imports: tested in Node.

const yuanFormat = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 1200000 分 → ¥12,000.00; null → —. */
export function formatFen(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—';
  return `¥${yuanFormat.format(fen / 100)}`;
}

/** 分 → 元 as a number for an input (1200050 → 12000.5). */
export function fenToYuan(fen: number | null | undefined): number | null {
  return fen === null || fen === undefined ? null : fen / 100;
}

/** 元 (number or typed text: "12,000.5", "¥3") → whole 分, rounded to the 分; blank → null; not a number → NaN. */
export function yuanToFen(yuan: number | string | null | undefined): number | null {
  if (yuan === null || yuan === undefined) return null;
  const text = typeof yuan === 'number' ? String(yuan) : yuan.replace(/[¥￥,，\s元]/g, '');
  if (text === '') return null;
  if (!/^-?\d+(\.\d*)?$/.test(text) && !/^-?\d+(\.\d+)?e[+-]?\d+$/i.test(text)) return Number.NaN;
  // Through the decimal text, not yuan * 100: 0.29 * 100 is 28.999999999999996.
  const [whole = '0', frac = ''] = Number(text).toFixed(3).split('.');
  const sign = whole.startsWith('-') ? -1 : 1;
  const fen = Math.abs(Number(whole)) * 100 + Math.round(Number(frac) / 10);
  return sign * fen;
}

/** The contract's ceiling (optionalFen): just under one trillion 元. */
export const MAX_FEN = 99_999_999_999_999;

export type YuanCheck = { ok: true; fen: number | null } | { ok: false; message: string };

export const moneyMessages = {
  negative: '金额不能为负数',
  decimals: '金额最多保留两位小数',
  invalid: '金额应为数字，如 3500 或 3500.50',
  tooLarge: '金额过大',
} as const;

/**
 * What a clerk typed in 元, checked strictly — nothing is rounded or clamped: blank → null; "3,500.5" → 350050 分;
 * "-100" → 金额不能为负数; "3500.125" → 金额最多保留两位小数 (trailing zeros such as "3500.100" are fine).
 */
export function checkYuan(typed: string | number): YuanCheck {
  const text = (typeof typed === 'number' ? String(typed) : typed).replace(/[¥￥,，\s元]/g, '');
  if (text === '') return { ok: true, fen: null };
  if (text.startsWith('-')) return /^-(0+(\.0*)?|0*\.0+)$/.test(text) ? { ok: true, fen: 0 } : { ok: false, message: moneyMessages.negative };
  const match = /^\+?(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[1] === '' && (match[2] ?? '') === '')) return { ok: false, message: moneyMessages.invalid };
  const whole = (match[1] ?? '').replace(/^0+(?=\d)/, '') || '0';
  const frac = (match[2] ?? '').replace(/0+$/, '');
  if (frac.length > 2) return { ok: false, message: moneyMessages.decimals };
  const fen = whole.length > 13 ? Infinity : Number(whole) * 100 + Number(frac.padEnd(2, '0'));
  return fen > MAX_FEN ? { ok: false, message: moneyMessages.tooLarge } : { ok: true, fen };
}
