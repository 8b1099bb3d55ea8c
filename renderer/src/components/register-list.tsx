// The frame every register list shares: title, search box, actions, a server-paged sortable table, empty and error states.
import { SearchOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { Card, Empty, Flex, Input, Space, Table, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { applyTableChange, type ListView } from '../lib/list-view';
import { useDebouncedCallback } from '../lib/use-debounced-callback';
import { PlainHeaderCell } from './plain-header-cell';
import { QueryError } from './query-error';

export interface PageOf<T> {
  items: T[];
  total: number;
}

interface RegisterListProps<T extends { id: number }, S extends string> {
  title: ReactNode;
  /** Names the list in messages: “工作人员列表加载失败”. */
  noun: string;
  /** Unit of the total: 共 12 人 / 个 / 次. */
  unit: string;
  searchPlaceholder: string;
  view: ListView<S>;
  onViewChange: (update: (v: ListView<S>) => ListView<S>) => void;
  sortFields: readonly S[];
  defaultSort: Pick<ListView<S>, 'sort' | 'order'>;
  list: UseQueryResult<PageOf<T>>;
  columns: TableColumnsType<T>;
  /** Shown when the register is empty (not searching). */
  emptyText: string;
  /** Buttons in the card's header (add, export, import). */
  actions?: ReactNode;
  /** Filters, in the toolbar after the search box. */
  filters?: ReactNode;
  /** Drawers and dialogs the page opens. */
  children?: ReactNode;
}

export function RegisterList<T extends { id: number }, S extends string>(props: RegisterListProps<T, S>) {
  const { view, onViewChange, list } = props;
  const [search, setSearch] = useState(view.q);
  const applySearch = useDebouncedCallback((text: string) => {
    onViewChange((v) => (v.q === text.trim() ? v : { ...v, q: text.trim(), page: 1 }));
  }, 300);

  // A page emptied by a deletion: step back to the last page that still has rows.
  const data = list.data;
  if (data && !list.isPlaceholderData && data.items.length === 0 && data.total > 0 && view.page > 1) {
    onViewChange((v) => ({ ...v, page: Math.max(1, Math.ceil(data.total / v.pageSize)) }));
  }

  const emptyText = view.q ? `没有找到与“${view.q}”匹配的${props.noun}` : props.emptyText;

  return (
    <Card
      title={props.title}
      extra={<Space wrap>{props.actions}</Space>}
    >
      <Flex wrap gap={8} style={{ marginBottom: 16 }}>
        <Input
          aria-label={`搜索${props.noun}`}
          placeholder={props.searchPlaceholder}
          prefix={<SearchOutlined />}
          allowClear
          maxLength={50}
          style={{ width: 280 }}
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            applySearch(e.target.value);
          }}
        />
        {props.filters}
      </Flex>
      {list.isError && !data ? (
        <QueryError title={`${props.noun}列表加载失败`} error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<T>
          rowKey="id"
          components={{ header: { cell: PlainHeaderCell } }}
          columns={props.columns}
          dataSource={data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 'max-content' }}
          size="middle"
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
          pagination={{
            current: view.page,
            pageSize: view.pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (total) => `共 ${total} ${props.unit}`,
          }}
          onChange={(pagination, _filters, sorter) =>
            onViewChange((v) => applyTableChange(v, props.sortFields, props.defaultSort, pagination, sorter))
          }
        />
      )}
      {props.children}
    </Card>
  );
}
