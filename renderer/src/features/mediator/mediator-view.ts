// The mediator list's view state: sort fields, filters, and how a row's training status reads.
import { isTrainingDue, mediatorSortFields, type MediatorListItem } from '@shared/schemas/mediator';
import { todayIso } from '../../lib/dates';
import { initialListView, type ListView } from '../../lib/list-view';

export type MediatorSortField = (typeof mediatorSortFields)[number];
export type MediatorView = ListView<MediatorSortField>;

export const mediatorDefaultSort = { sort: 'createdAt', order: 'asc' } as const;
export const initialMediatorView: MediatorView = initialListView<MediatorSortField>('createdAt');

/** 状态 filter: in post, left, or in post and due for training. */
export type StatusFilter = 'active' | 'left' | 'trainingDue';

export interface MediatorFilters {
  committeeId?: number;
  employment?: 'fullTime' | 'partTime';
  inExpertPool?: boolean;
  status?: StatusFilter;
}

export function filtersToInput(f: MediatorFilters) {
  return {
    committeeId: f.committeeId,
    employment: f.employment,
    inExpertPool: f.inExpertPool,
    active: f.status === 'active' ? true : f.status === 'left' ? false : undefined,
    trainingDue: f.status === 'trainingDue' ? true : undefined,
  };
}

/** Due for the yearly training today (the same rule as the 工作台's). */
export function trainingDue(m: Pick<MediatorListItem, 'leftOn' | 'lastTrainingOn'>): boolean {
  return isTrainingDue(m, todayIso());
}
