// The staff list's sort fields and initial view (the generic list view does the rest).
import { staffSortFields } from '@shared/schemas/staff';
import { initialListView, type ListView } from '../../lib/list-view';

export type SortField = (typeof staffSortFields)[number];
export type StaffView = ListView<SortField>;

export const staffDefaultSort = { sort: 'createdAt', order: 'asc' } as const;
export const initialStaffView: StaffView = initialListView<SortField>('createdAt');
