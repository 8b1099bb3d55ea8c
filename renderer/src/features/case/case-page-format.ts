// Small text helpers of the case page: money in 分 shown as ¥ and 元, yuan typed into a form kept as 分.
import { fenToYuan, formatFen, yuanToFen } from './case-labels';

/** 1234500 → ¥12,345.00 元; null → —. */
export function yuanText(fen: number | null | undefined): string {
  return fen === null || fen === undefined ? '—' : `${formatFen(fen)} 元`;
}

/** Form.Item props that let an InputNumber in 元 (two decimals) edit an amount kept in the form store as integer 分. */
export const fenItemProps = {
  getValueProps: (value: unknown) => ({ value: typeof value === 'number' ? fenToYuan(value) : null }),
  normalize: (value: unknown) => (typeof value === 'number' || typeof value === 'string' ? yuanToFen(value) : null),
};

/** Names joined as a Chinese list: 张三、李四. */
export const joinNames = (names: readonly string[]): string => names.join('、');
