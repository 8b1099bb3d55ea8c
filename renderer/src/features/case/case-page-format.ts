// Small text helpers of the case page: money in 分 shown as ¥ and 元, names as a Chinese list.
import { formatFen } from './case-labels';

/** 1234500 → ¥12,345.00 元; null → —. */
export function yuanText(fen: number | null | undefined): string {
  return fen === null || fen === undefined ? '—' : `${formatFen(fen)} 元`;
}

/** Names joined as a Chinese list: 张三、李四. */
export const joinNames = (names: readonly string[]): string => names.join('、');
