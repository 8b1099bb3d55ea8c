// Reading one spreadsheet cell as the text a form field expects: text, ID numbers, dates and code labels; pure.
import type { CellValue } from 'exceljs';
import type { CodeItem } from '../../shared/codes';

/**
 * text: free text; id: ID numbers and codes that must be typed as text; date: YYYY-MM-DD; code: a code list label;
 * money: yuan as a number cell with two decimals (export only).
 */
export type CellKind = 'text' | 'id' | 'date' | 'code' | 'money';

export type CellRead = { ok: true; value: string | null } | { ok: false; message: string };

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
const MAX_SERIAL = 2_958_465; // 9999-12-31

/** A, B, …, Z, AA, … for a 1-based column number. */
export function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

function isoOfUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** An Excel date serial (days; the fraction is the time of day) as YYYY-MM-DD, or null when out of range. */
export function serialToIsoDate(serial: number, date1904 = false): string | null {
  const days = Math.floor(serial);
  // Serials below 61 fall before Excel's phantom 1900-02-29; no date in a register is that old.
  if (!Number.isFinite(serial) || days > MAX_SERIAL || days < (date1904 ? 0 : 61)) return null;
  return isoOfUtc((date1904 ? EPOCH_1904 : EPOCH_1900) + days * DAY_MS);
}

/** 2026-1-5, 2026/01/05, 2026.1.5 and 2026年1月5日 as 2026-01-05; anything else unchanged (the schema then says why). */
export function normalizeDateText(text: string): string {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : text;
}

/** The code for a label (or for the code itself, typed by someone who knows it), or null. */
export function codeFromText(codes: readonly CodeItem[], text: string): string | null {
  return (codes.find((c) => c.label === text) ?? codes.find((c) => c.code === text))?.code ?? null;
}

function allowedValues(codes: readonly CodeItem[]): string {
  const labels = codes.map((c) => c.label);
  return labels.length > 12 ? `${labels.slice(0, 12).join('、')} 等` : labels.join('、');
}

/** The plain text of a cell, whatever exceljs made of it; a formula, error or logical value is refused. */
function plainText(value: CellValue): CellRead | { ok: 'number'; n: number } | { ok: 'date'; d: Date } {
  if (value === null || value === undefined) return { ok: true, value: null };
  if (typeof value === 'string') return { ok: true, value };
  if (typeof value === 'number') return { ok: 'number', n: value };
  if (typeof value === 'boolean') return { ok: false, message: '不能是逻辑值（TRUE/FALSE），请填写文字' };
  if (value instanceof Date) return { ok: 'date', d: value };
  if ('formula' in value || 'sharedFormula' in value) {
    const f = 'formula' in value ? value.formula : value.sharedFormula;
    return { ok: false, message: `是公式（=${String(f).slice(0, 40)}），请改为直接填写的值` };
  }
  if ('error' in value) return { ok: false, message: `是错误值 ${String(value.error)}，请改为直接填写的值` };
  if ('richText' in value) return { ok: true, value: value.richText.map((run) => run.text).join('') };
  if ('text' in value) {
    const text = value.text as unknown;
    return typeof text === 'string' ? { ok: true, value: text } : plainText(text as CellValue);
  }
  return { ok: false, message: '内容无法识别，请填写文字' };
}

/** Reads one cell for a column of the given kind. Blank text becomes null. */
export function readCell(value: CellValue, kind: CellKind, options: { codes?: readonly CodeItem[]; date1904?: boolean } = {}): CellRead {
  const raw = plainText(value);
  let text: string | null;
  if (raw.ok === 'number') {
    if (kind === 'date') {
      const iso = serialToIsoDate(raw.n, options.date1904);
      return iso ? { ok: true, value: iso } : { ok: false, message: `数字 ${raw.n} 不是有效日期，请按 2026-01-31 的格式填写` };
    }
    if (kind === 'id') {
      return {
        ok: false,
        message: `应以文本格式填写：该单元格是数字 ${raw.n}，Excel 只保留 15 位有效数字，号码可能已被改变。请把这一列设为“文本”格式后重新输入`,
      };
    }
    if (!Number.isSafeInteger(raw.n) && !(Number.isFinite(raw.n) && Math.abs(raw.n) < 1e15)) {
      return { ok: false, message: `数字 ${raw.n} 过大，Excel 已丢失精度，请设为文本格式后重新输入` };
    }
    text = String(raw.n);
  } else if (raw.ok === 'date') {
    if (kind === 'id' || kind === 'code') return { ok: false, message: '不应是日期，请填写文字' };
    text = isoOfUtc(raw.d.getTime());
  } else if (raw.ok === false) {
    return raw;
  } else {
    text = raw.value;
  }
  text = text === null ? null : text.trim();
  if (!text) return { ok: true, value: null };
  if (kind === 'date') return { ok: true, value: normalizeDateText(text) };
  if (kind === 'code') {
    const codes = options.codes ?? [];
    const code = codeFromText(codes, text);
    return code !== null ? { ok: true, value: code } : { ok: false, message: `“${text.slice(0, 20)}”不是可选的值（可选：${allowedValues(codes)}）` };
  }
  return { ok: true, value: text };
}
