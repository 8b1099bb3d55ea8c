// A register list's view state (page, size, search, sort) and how antd Table changes update it.
import type { SorterResult, TablePaginationConfig } from 'antd/es/table/interface';

export interface ListView<S extends string> {
  page: number;
  pageSize: number;
  q: string;
  sort: S;
  order: 'asc' | 'desc';
}

export function initialListView<S extends string>(sort: S, order: 'asc' | 'desc' = 'asc'): ListView<S> {
  return { page: 1, pageSize: 20, q: '', sort, order };
}

/** The list method's input for this view. */
export function toListInput<S extends string>(v: ListView<S>) {
  return { page: v.page, pageSize: v.pageSize, q: v.q, sort: v.sort, order: v.order };
}

/**
 * Applies a Table change (paging or sorting) to the view. A column's `key` is its sort field; a cleared
 * sort goes back to `fallback`, and any new sort or page size goes back to page 1.
 */
export function applyTableChange<S extends string, T>(
  v: ListView<S>,
  sortFields: readonly S[],
  fallback: Pick<ListView<S>, 'sort' | 'order'>,
  pagination: TablePaginationConfig,
  sorter: SorterResult<T> | SorterResult<T>[],
): ListView<S> {
  const s = Array.isArray(sorter) ? sorter[0] : sorter;
  const key = s?.columnKey;
  const next =
    s?.order && typeof key === 'string' && (sortFields as readonly string[]).includes(key)
      ? { sort: key as S, order: s.order === 'ascend' ? ('asc' as const) : ('desc' as const) }
      : fallback;
  const pageSize = pagination.pageSize ?? v.pageSize;
  const sortChanged = next.sort !== v.sort || next.order !== v.order;
  const page = sortChanged || pageSize !== v.pageSize ? 1 : (pagination.current ?? v.page);
  return { ...v, ...next, page, pageSize };
}

/** The antd sortOrder a column shows for this view. */
export function sortOrderOf<S extends string>(v: Pick<ListView<S>, 'sort' | 'order'>, field: S): 'ascend' | 'descend' | null {
  if (v.sort !== field) return null;
  return v.order === 'asc' ? 'ascend' : 'descend';
}
