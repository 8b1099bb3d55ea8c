// The rounds list's view: paging/search/sort plus the level, year, kind and 零报告 filters.
import { investigationSortFields, type InvestigationListInput } from '@shared/schemas/investigation';
import { initialListView, toListInput, type ListView } from '../../lib/list-view';

export type SortField = (typeof investigationSortFields)[number];

export interface InvestigationFilters {
  level?: 'street' | 'district';
  year?: number;
  kind?: 'routine' | 'special' | 'keyPeriod';
  zeroReport?: boolean;
}

export type InvestigationView = ListView<SortField> & InvestigationFilters;

export const investigationDefaultSort = { sort: 'period', order: 'desc' } as const;
export const initialInvestigationView: InvestigationView = initialListView<SortField>('period', 'desc');

export function investigationListInput(v: InvestigationView): InvestigationListInput {
  return { ...toListInput(v), level: v.level, year: v.year, kind: v.kind, zeroReport: v.zeroReport };
}

