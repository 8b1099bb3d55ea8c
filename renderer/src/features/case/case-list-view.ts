// The case list's view: paging/search/sort plus the committee, state, category, source, year, dossier and 逾期录入 filters.
import type { caseSources } from '@shared/case-codes';
import { caseSortFields, type CaseListInput } from '@shared/schemas/case';
import { initialListView, toListInput, type ListView } from '../../lib/list-view';
import type { CaseState, DossierStatus } from './case-labels';

export type CaseSortField = (typeof caseSortFields)[number];

export interface CaseFilters {
  committeeId?: number;
  state?: CaseState;
  category?: string;
  source?: (typeof caseSources)[number]['code'];
  year?: number;
  dossierStatus?: DossierStatus;
  entryLate?: boolean;
}

export type CaseView = ListView<CaseSortField> & CaseFilters;

export const caseDefaultSort = { sort: 'receivedOn', order: 'desc' } as const;
export const initialCaseView: CaseView = initialListView<CaseSortField>('receivedOn', 'desc');

export function caseListInput(v: CaseView): CaseListInput {
  const { committeeId, state, category, source, year, dossierStatus, entryLate } = v;
  return { ...toListInput(v), committeeId, state, category, source, year, dossierStatus, entryLate };
}

/** True when any filter narrows the list (the empty text then says so instead of inviting a first intake). */
export function hasCaseFilters(v: CaseView): boolean {
  const { committeeId, state, category, source, year, dossierStatus, entryLate } = v;
  return [committeeId, state, category, source, year, dossierStatus, entryLate].some((f) => f !== undefined);
}
