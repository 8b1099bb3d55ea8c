// Labels of case codes for the UI: state tag colours, source and dispute-category labels, money in 分 ↔ 元 (¥12,000.00).
import { caseSources, caseStates } from '@shared/case-codes';
import { labelOf } from '@shared/codes';
import type { DisputeCategory } from '@shared/schemas/setting';
import { useDisputeCategories } from './use-cases';

export { fenToYuan, formatFen, yuanToFen } from '../../lib/money';

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

/**
 * Options for a category select: active national categories, each followed by its active local sub-types (indented
 * “└ 噪音扰民纠纷” after a wide space in the dropdown). Give the Select `optionLabelProp={categorySelectedProp}` so a chosen
 * sub-type shows only its own label.
 */
export const categorySelectedProp = 'selected';

export function categoryOptions(items: readonly DisputeCategory[], keep?: string | null) {
  const usable = items.filter((c) => c.active || c.code === keep);
  const tops = usable.filter((c) => c.parentCode === null).sort((a, b) => a.sortOrder - b.sortOrder);
  return tops.flatMap((top) => [
    { value: top.code, label: top.label, [categorySelectedProp]: top.label },
    ...usable
      .filter((c) => c.parentCode === top.code)
      .sort((a, b) => a.sortOrder - b.sortOrder)
      .map((c) => ({ value: c.code, label: `\u3000└ ${c.label}`, title: `${c.label}（${top.label}）`, [categorySelectedProp]: c.label })),
  ]);
}

