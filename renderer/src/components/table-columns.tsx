// Pieces every register table repeats: the 操作 column (links, then 删除 behind a confirmation), sortable headers, small cell renderers.
import type { CodeItem } from '@shared/codes';
import { labelOf } from '@shared/codes';
import { Button, Popconfirm, Space, Typography, type TableColumnType } from 'antd';
import type { ReactNode } from 'react';
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
}

interface ActionsOptions<T> {
  /** The link buttons before 删除 (查看, 编辑, …); false leaves one out for that row. */
  links: (row: T) => readonly (RowLink | false)[];
  /** What the 删除 confirmation asks, and what deleting does. */
  confirm: (row: T) => { title: string; description?: ReactNode };
  onDelete: (row: T) => Promise<void>;
  /** Register tables: unpadded links 10px apart, pinned to the right edge (the default). */
  compact?: boolean;
  fixed?: boolean;
  width?: number;
}

/** The 操作 column: the row's links, then 删除 behind a Popconfirm. */
export function actionsColumn<T>({ links, confirm, onDelete, compact = true, fixed = compact, width }: ActionsOptions<T>): TableColumnType<T> {
  const style = compact ? { paddingInline: 0 } : undefined;
  return {
    title: '操作',
    key: 'actions',
    ...(fixed ? { fixed: 'right' as const } : {}),
    ...(width !== undefined ? { width } : {}),
    render: (_: unknown, row: T) => (
      <Space size={compact ? 10 : 0}>
        {links(row).map(
          (link) =>
            link && (
              <Button key={link.label} type="link" size="small" style={style} loading={link.loading} onClick={link.onClick}>
                {link.label}
              </Button>
            ),
        )}
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
      </Space>
    ),
  };
}
