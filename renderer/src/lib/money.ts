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
