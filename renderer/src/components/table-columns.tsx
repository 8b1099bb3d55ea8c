// Pieces every register table repeats: the 操作 column (links, then 删除 behind a confirmation), sortable headers, small cell renderers.
import type { CodeItem } from '@shared/codes';
import { labelOf } from '@shared/codes';
import { roleMay } from '@shared/access';
import type { MethodName } from '@shared/contract';
import { Button, Popconfirm, Space, Typography, type TableColumnType } from 'antd';
import type { ReactNode } from 'react';
import { useRole } from '../auth/session';
import { sortOrderOf, type ListView } from '../lib/list-view';

/** An empty value shown as a dash; 0 stays 0. */
export const dash = (v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '—' : v);

/** Renders a code by its Chinese label. */
export const codeLabel = (list: readonly CodeItem[]) => (v: string) => labelOf(list, v);

/** Long text in one line, cut at `maxWidth` with the whole text in a tooltip. */
export function EllipsisText({ text, maxWidth = 320 }: { text: string; maxWidth?: number }) {
  return (
    <Typography.Text ellipsis={{ tooltip: text }} style={{ maxWidth }}>
      {text}
    </Typography.Text>
  );
}

/** Column props for a server-side sorted column: `sortable('name')`. */
export function sortableBy<F extends string>(sort: Pick<ListView<F>, 'sort' | 'order'>) {
  return (key: F) => ({ key, sorter: true, sortOrder: sortOrderOf(sort, key) });
}

export interface RowLink {
  label: string;
  onClick: () => void;
  loading?: boolean;
  /** The method the link leads to (编辑 → `staff.update`): the link is left out for a role that may not call it. */
  method?: MethodName;
}

interface ActionsOptions<T> {
  /** The link buttons before 删除 (查看, 编辑, …); false leaves one out for that row. */
  links: (row: T) => readonly (RowLink | false)[];
  /** What the 删除 confirmation asks, and what deleting does. */
  confirm: (row: T) => { title: string; description?: ReactNode };
  onDelete: (row: T) => Promise<void>;
  /** The delete method: 删除 is left out for a role that may not call it (a 只读 account). */
  deleteMethod?: MethodName;
  /** Register tables: unpadded links 10px apart, pinned to the right edge (the default). */
  compact?: boolean;
  fixed?: boolean;
  width?: number;
}

interface RowActionsProps<T> extends Omit<ActionsOptions<T>, 'fixed' | 'width'> {
  row: T;
}

/** One row's links and 删除, without those the logged-in role may not use. */
function RowActions<T>({ row, links, confirm, onDelete, deleteMethod, compact }: RowActionsProps<T>) {
  const role = useRole();
  const may = (method: MethodName | undefined) => method === undefined || (role !== null && roleMay(role, method));
  const style = compact ? { paddingInline: 0 } : undefined;
  return (
    <Space size={compact ? 10 : 0}>
      {links(row).map(
        (link) =>
          link &&
          may(link.method) && (
            <Button key={link.label} type="link" size="small" style={style} loading={link.loading} onClick={link.onClick}>
              {link.label}
            </Button>
          ),
      )}
      {may(deleteMethod) && (
        <Popconfirm
          {...confirm(row)}
          okText="删除"
          cancelText="取消"
          okButtonProps={{ danger: true }}
          placement="topRight"
          onConfirm={() => onDelete(row)}
        >
          <Button type="link" size="small" style={style} danger>
            删除
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}

/** The 操作 column: the row's links, then 删除 behind a Popconfirm. */
export function actionsColumn<T>({ compact = true, fixed = compact, width, ...options }: ActionsOptions<T>): TableColumnType<T> {
  return {
    title: '操作',
    key: 'actions',
    ...(fixed ? { fixed: 'right' as const } : {}),
    ...(width !== undefined ? { width } : {}),
    render: (_: unknown, row: T) => <RowActions<T> row={row} compact={compact} {...options} />,
  };
}
