// 培训记录 tab: one mediator's training, server-paged, with add/edit/delete and the once-a-year check.
import { PlusOutlined } from '@ant-design/icons';
import type { Mediator } from '@shared/schemas/mediator';
import type { MediatorTraining } from '@shared/schemas/mediator-training';
import { Alert, App, Button, Empty, Flex, Table, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { PlainHeaderCell } from '../../components/plain-header-cell';
import { QueryError } from '../../components/query-error';
import { trainingDue } from './mediator-view';
import { mediatorTrainingColumns } from './training-columns';
import type { TrainingTarget } from './training-editor';
import { useDeleteTraining, useTrainingList } from './use-mediator-records';
import { Can } from '../../auth/can';

interface Props {
  mediator: Mediator;
  onOpenEditor: (target: TrainingTarget) => void;
}

export function TrainingPanel({ mediator, onOpenEditor }: Props) {
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const list = useTrainingList({ mediatorId: mediator.id, page, pageSize: 10, sort: 'startDate', order: 'desc' });
  const remove = useDeleteTraining();

  if (list.isError && !list.data) return <QueryError title="培训记录加载失败" error={list.error} onRetry={() => void list.refetch()} />;

  const onDelete = async (t: MediatorTraining) => {
    try {
      await remove.mutateAsync(t.id);
      void message.success(`已删除“${t.title}”`);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };
  const latest = page === 1 ? (list.data?.items[0]?.startDate ?? null) : undefined;
  const due = latest !== undefined && list.data !== undefined && trainingDue({ leftOn: mediator.leftOn, lastTrainingOn: latest });

  return (
    <>
      {due && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title="近12个月没有培训记录：每名调解员每年至少应参加一次培训" />
      )}
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Text>共 {list.data?.total ?? 0} 次培训</Typography.Text>
        <Can method="mediatorTraining.create">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => onOpenEditor({ mode: 'create', mediatorId: mediator.id })}>
            新增培训记录
          </Button>
        </Can>
      </Flex>
      <Table<MediatorTraining>
        rowKey="id"
        size="small"
        components={{ header: { cell: PlainHeaderCell } }}
        columns={mediatorTrainingColumns({ withMediator: false, onEdit: (record) => onOpenEditor({ mode: 'edit', record }), onDelete })}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无培训记录" /> }}
        pagination={{ current: page, pageSize: 10, total: list.data?.total ?? 0, hideOnSinglePage: true, onChange: setPage }}
      />
    </>
  );
}
