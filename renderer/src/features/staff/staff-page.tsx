// 工作人员 page: searchable, server-paged and sorted staff table with add/edit/delete and training records.
import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import type { Staff } from '@shared/schemas/staff';
import { App, Button, Card, Empty, Input, Space, Table } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { PlainHeaderCell } from '../../components/plain-header-cell';
import { QueryError } from '../../components/query-error';
import { useDebouncedCallback } from '../../lib/use-debounced-callback';
import { TrainingDrawer, type TrainingPerson } from '../staff-training/training-drawer';
import { staffColumns } from './staff-columns';
import { StaffEditor, type EditorTarget } from './staff-editor';
import { applyTableChange, initialStaffView, toListInput, type StaffView } from './staff-view';
import { useDeleteStaff, useStaffList } from './use-staff';

export function StaffPage() {
  const { message } = App.useApp();
  const [view, setView] = useState<StaffView>(initialStaffView);
  const [search, setSearch] = useState('');
  const [editor, setEditor] = useState<{ open: boolean; target: EditorTarget }>({
    open: false,
    target: { mode: 'create' },
  });
  const [training, setTraining] = useState<{ open: boolean; person: TrainingPerson | null }>({
    open: false,
    person: null,
  });
  const list = useStaffList(toListInput(view));
  const remove = useDeleteStaff();

  const applySearch = useDebouncedCallback((text: string) => {
    setView((v) => (v.q === text.trim() ? v : { ...v, q: text.trim(), page: 1 }));
  }, 300);

  // A page emptied by a deletion: step back to the last page that still has rows.
  const data = list.data;
  if (data && !list.isPlaceholderData && data.items.length === 0 && data.total > 0 && view.page > 1) {
    setView({ ...view, page: Math.max(1, Math.ceil(data.total / view.pageSize)) });
  }

  const onDelete = async (s: Staff) => {
    try {
      await remove.mutateAsync(s.id);
      void message.success(`已删除“${s.name}”`);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  const columns = staffColumns({
    sort: view,
    onEdit: (s) => setEditor({ open: true, target: { mode: 'edit', id: s.id, name: s.name } }),
    onTraining: (s) => setTraining({ open: true, person: { id: s.id, name: s.name } }),
    onDelete,
  });

  const emptyText = view.q ? `没有找到与“${view.q}”匹配的工作人员` : '暂无工作人员，点击“新增工作人员”添加';

  return (
    <Card
      title="工作人员"
      extra={
        <Space>
          <Input
            aria-label="搜索工作人员"
            placeholder="姓名、拼音首字母或身份证号"
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
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditor({ open: true, target: { mode: 'create' } })}
          >
            新增工作人员
          </Button>
        </Space>
      }
    >
      {list.isError && !data ? (
        <QueryError title="工作人员列表加载失败" error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<Staff>
          rowKey="id"
          components={{ header: { cell: PlainHeaderCell } }}
          columns={columns}
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
            showTotal: (total) => `共 ${total} 人`,
          }}
          onChange={(...args) => setView((v) => applyTableChange(v, ...args))}
        />
      )}
      <StaffEditor
        open={editor.open}
        target={editor.target}
        onClose={() => setEditor((e) => ({ ...e, open: false }))}
      />
      <TrainingDrawer
        open={training.open}
        person={training.person}
        onClose={() => setTraining((t) => ({ ...t, open: false }))}
      />
    </Card>
  );
}
