// The staff list's view state (page, size, search, sort) and how table changes update it.
import { staffSortFields, type StaffListInput } from '@shared/schemas/staff';
import type { TableProps } from 'antd';
import type { Staff } from '@shared/schemas/staff';

export type SortField = (typeof staffSortFields)[number];

export interface StaffSort {
  sort: SortField;
  order: 'asc' | 'desc';
}

export interface StaffView extends StaffSort {
  page: number;
  pageSize: number;
  q: string;
}

export const initialStaffView: StaffView = { page: 1, pageSize: 20, q: '', sort: 'createdAt', order: 'asc' };

export function toListInput(v: StaffView): StaffListInput {
  return { page: v.page, pageSize: v.pageSize, q: v.q, sort: v.sort, order: v.order };
}

function isSortField(key: unknown): key is SortField {
  return typeof key === 'string' && (staffSortFields as readonly string[]).includes(key);
}

type OnChange = NonNullable<TableProps<Staff>['onChange']>;

/** Applies an antd Table change (paging or sorting) to the view; a new sort goes back to page 1. */
export function applyTableChange(v: StaffView, ...[pagination, , sorter]: Parameters<OnChange>): StaffView {
  const s = Array.isArray(sorter) ? sorter[0] : sorter;
  const next: StaffSort =
    s?.order && isSortField(s.columnKey)
      ? { sort: s.columnKey, order: s.order === 'ascend' ? 'asc' : 'desc' }
      : { sort: 'createdAt', order: 'asc' };
  const pageSize = pagination.pageSize ?? v.pageSize;
  const sortChanged = next.sort !== v.sort || next.order !== v.order;
  const page = sortChanged || pageSize !== v.pageSize ? 1 : (pagination.current ?? v.page);
  return { ...v, ...next, page, pageSize };
}
