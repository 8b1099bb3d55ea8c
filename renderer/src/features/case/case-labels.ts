// Labels of case codes for the UI: state tag colours, source and dispute-category labels, money in 分 ↔ 元 (¥12,000.00).
import { caseSources, caseStates } from '@shared/case-codes';
import { labelOf } from '@shared/codes';
import type { DisputeCategory } from '@shared/schemas/setting';
import { useDisputeCategories } from './use-cases';

export type CaseState = (typeof caseStates)[number]['code'];
export type DossierStatus = 'none' | 'open' | 'closed';

/** antd Tag colours: waiting is gold, in progress blue, success green, the other endings grey or red. */
export const stateColors: Record<CaseState, string> = {
  received: 'gold',
  mediating: 'processing',
  succeeded: 'success',
  failed: 'error',
  terminated: 'default',
  rejected: 'default',
};

export const stateLabel = (state: string): string => labelOf(caseStates, state);
export const sourceLabel = (source: string): string => labelOf(caseSources, source);

export const dossierStatusLabels: Record<DossierStatus, string> = { none: '未建卷', open: '未立卷', closed: '已立卷' };
export const dossierStatusColors: Record<DossierStatus, string> = { none: 'default', open: 'blue', closed: 'green' };

/** A category's label, with its national parent for a local sub-type: 物业纠纷（房屋宅基地纠纷）. */
export function categoryLabelOf(items: readonly DisputeCategory[], code: string): string {
  const item = items.find((c) => c.code === code);
  if (!item) return code;
  const parent = item.parentCode ? items.find((c) => c.code === item.parentCode) : undefined;
  return parent ? `${item.label}（${parent.label}）` : item.label;
}

/** The category label function over disputeCategory.list (the code itself while the list loads). */
export function useCategoryLabel(): (code: string) => string {
  const items = useDisputeCategories().data?.items ?? [];
  return (code) => categoryLabelOf(items, code);
}

/** Options for a category select: active national categories, each followed by its active local sub-types. */
export function categoryOptions(items: readonly DisputeCategory[], keep?: string | null) {
  const usable = items.filter((c) => c.active || c.code === keep);
  const tops = usable.filter((c) => c.parentCode === null).sort((a, b) => a.sortOrder - b.sortOrder);
  return tops.flatMap((top) => [
    { value: top.code, label: top.label },
    ...usable
      .filter((c) => c.parentCode === top.code)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((c) => ({ value: c.code, label: `\u3000└ ${c.label}`, title: `${c.label}（${top.label}）` })),
  ]);
}

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
