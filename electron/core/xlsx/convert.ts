// Cell-text conversions that importers declare per field: whole numbers, 是/否, and a record named in the cell.
import type { CodeItem } from '../../shared/codes';
import type { CallContext } from '../services/context';
import type { Converted } from './sheet-spec';

/** 是/否 as a code list, so the template offers a drop-down and the reader accepts the labels. */
export const yesNoCodes: readonly CodeItem[] = [
  { code: 'yes', label: '是' },
  { code: 'no', label: '否' },
];

export function yesNoOf(value: boolean): 'yes' | 'no' {
  return value ? 'yes' : 'no';
}

/** A yes/no code column's code ('yes'/'no', from readCell) as a boolean. */
export function toBoolean(code: string): Converted {
  return { ok: true, value: code === 'yes' };
}

/** A whole number typed as text (or as a number cell, which readCell already turned into text). */
export function toInteger(text: string): Converted {
  const clean = text.replace(/[,，\s]/g, '');
  if (!/^-?\d{1,9}$/.test(clean)) return { ok: false, message: `“${text.slice(0, 20)}”不是整数` };
  return { ok: true, value: Number(clean) };
}

/**
 * The id of the one record called `text`; `noun` names what is looked up (调解委员会, 党支部) in the refusal.
 * `find` returns every match, so a name used twice is refused rather than guessed.
 */
export function byName(noun: string, find: (call: CallContext, name: string) => { id: number }[]) {
  return (text: string, call: CallContext): Converted => {
    const matches = find(call, text);
    if (matches.length === 1) return { ok: true, value: matches[0]!.id };
    if (matches.length === 0) return { ok: false, message: `没有名为“${text.slice(0, 40)}”的${noun}，请先登记该${noun}或核对名称` };
    return { ok: false, message: `有 ${matches.length} 个名为“${text.slice(0, 40)}”的${noun}，无法确定是哪一个，请先在系统中区分名称` };
  };
}
