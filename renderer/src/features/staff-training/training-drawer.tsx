// 培训记录 drawer for one staff member: this year's summary, the records, and add/edit/delete.
import { PlusOutlined } from '@ant-design/icons';
import type { StaffTraining } from '@shared/schemas/staff-training';
import { App, Button, Drawer, Empty, Flex, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { PlainHeaderCell } from '../../components/plain-header-cell';
import { QueryError } from '../../components/query-error';
import { trainingColumns } from './training-columns';
import { TrainingEditor, type TrainingTarget } from './training-editor';
import { yearSummary } from './training-view';
import { useDeleteTraining, useTrainingList } from './use-staff-training';
import { Can } from '../../auth/can';

export interface TrainingPerson {
  id: number;
  name: string;
}

interface Props {
  open: boolean;
  /** Kept while the drawer closes, so the title does not flicker. */
  person: TrainingPerson | null;
  onClose: () => void;
}

interface BodyProps {
  person: TrainingPerson;
  onOpenEditor: (target: TrainingTarget) => void;
}

function TrainingBody({ person, onOpenEditor }: BodyProps) {
  const { message } = App.useApp();
  const list = useTrainingList(person.id);
  const remove = useDeleteTraining(person.id);

  const onDelete = async (t: StaffTraining) => {
    try {
      await remove.mutateAsync(t.id);
      void message.success(`已删除“${t.title}”`);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  if (list.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (list.isError && !list.data) {
    return <QueryError title="培训记录加载失败" error={list.error} onRetry={() => void list.refetch()} />;
  }

  const summary = yearSummary(list.data.items);
  const columns = trainingColumns({ onEdit: (record) => onOpenEditor({ mode: 'edit', record }), onDelete });

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Text>
          本年度培训 {summary.count} 次，共 {summary.hours} 学时
        </Typography.Text>
        <Can method="staffTraining.create">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => onOpenEditor({ mode: 'create' })}>
            新增培训记录
          </Button>
        </Can>
      </Flex>
      <Table<StaffTraining>
        rowKey="id"
        components={{ header: { cell: PlainHeaderCell } }}
        columns={columns}
        dataSource={list.data.items}
        loading={list.isFetching}
        size="small"
        tableLayout="fixed"
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无培训记录" /> }}
      />
    </>
  );
}

export function TrainingDrawer({ open, person, onClose }: Props) {
  const [editor, setEditor] = useState<{ open: boolean; target: TrainingTarget }>({
    open: false,
    target: { mode: 'create' },
  });
  return (
    <>
      <Drawer
        open={open}
        title={person ? `培训记录：${person.name}` : '培训记录'}
        size={880}
        onClose={onClose}
        destroyOnHidden
      >
        {person && (
          <TrainingBody key={person.id} person={person} onOpenEditor={(target) => setEditor({ open: true, target })} />
        )}
      </Drawer>
      {/* A sibling of the Drawer, not a child: a modal portal nested in the drawer's misses its autofocus. */}
      {person && (
        <TrainingEditor
          staffId={person.id}
          open={editor.open}
          target={editor.target}
          onClose={() => setEditor((e) => ({ ...e, open: false }))}
        />
      )}
    </>
  );
}
