// 奖惩记录 tab: a mediator's discipline events with add/edit/delete; after a removal or dismissal it offers to set 离任日期.
import { PlusOutlined } from '@ant-design/icons';
import { labelOf } from '@shared/codes';
import { disciplineKinds, disciplineReasons } from '@shared/register-codes';
import { mediatorInput, type Mediator } from '@shared/schemas/mediator';
import { leavingDisciplineKinds, type MediatorDiscipline } from '@shared/schemas/mediator-discipline';
import { App, Button, Empty, Flex, Modal, Popconfirm, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { PlainHeaderCell } from '../../components/plain-header-cell';
import { QueryError } from '../../components/query-error';
import { useDiscardGuard } from '../../forms/use-discard-guard';
import { DisciplineForm, disciplineToValues } from './discipline-form';
import { useSaveMediator } from './use-mediator';
import { useDeleteDiscipline, useDisciplineList } from './use-mediator-records';
import { Can } from '../../auth/can';

type Target = { mode: 'create' } | { mode: 'edit'; record: MediatorDiscipline };

/** Sets 离任日期 to the day of a removal or dismissal, when the user agrees. */
function useOfferLeaving(m: Mediator) {
  const { modal, message } = App.useApp();
  const save = useSaveMediator();
  return (saved: MediatorDiscipline) => {
    if (m.leftOn !== null || !leavingDisciplineKinds.includes(saved.kind)) return;
    const { id, gender: _g, birthDate: _b, committeeName: _c, createdAt: _ca, updatedAt: _u, ...data } = m;
    modal.confirm({
      title: `是否将“${m.name}”的离任日期设为 ${saved.occurredOn}？`,
      content: `已记录${labelOf(disciplineKinds, saved.kind)}。离任后该调解员不再计入在任人数。`,
      okText: '设为离任',
      cancelText: '暂不设置',
      onOk: async () => {
        try {
          const parsed = mediatorInput.safeParse({ ...data, leftOn: saved.occurredOn });
          if (!parsed.success) {
            void message.error(`离任日期未能设置：${parsed.error.issues[0]?.message ?? '请在“编辑”中填写'}`);
            return;
          }
          await save.mutateAsync({ id, data: parsed.data });
          void message.success('已设置离任日期');
        } catch (err) {
          void message.error(errorMessage(err));
        }
      },
    });
  };
}

export function DisciplinePanel({ mediator }: { mediator: Mediator }) {
  const { message } = App.useApp();
  const list = useDisciplineList(mediator.id);
  const remove = useDeleteDiscipline(mediator.id);
  const offerLeaving = useOfferLeaving(mediator);
  const [editor, setEditor] = useState<{ open: boolean; target: Target }>({ open: false, target: { mode: 'create' } });
  const close = () => setEditor((e) => ({ ...e, open: false }));
  const guard = useDiscardGuard(close);

  if (list.isPending) return <Skeleton active paragraph={{ rows: 4 }} />;
  if (list.isError) return <QueryError title="奖惩记录加载失败" error={list.error} onRetry={() => void list.refetch()} />;

  const onDelete = async (d: MediatorDiscipline) => {
    try {
      await remove.mutateAsync(d.id);
      void message.success('已删除');
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };
  const edit = editor.target.mode === 'edit' ? editor.target.record : null;

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">依《人民调解法》第十五条：批评教育，情节严重的罢免或者解聘</Typography.Text>
        <Can method="mediatorDiscipline.create">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditor({ open: true, target: { mode: 'create' } })}>
            新增奖惩记录
          </Button>
        </Can>
      </Flex>
      <Table<MediatorDiscipline>
        rowKey="id"
        size="small"
        pagination={false}
        components={{ header: { cell: PlainHeaderCell } }}
        dataSource={list.data.items}
        loading={list.isFetching}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无奖惩记录" /> }}
        columns={[
          { title: '处理日期', dataIndex: 'occurredOn', width: 110 },
          {
            title: '处理方式',
            dataIndex: 'kind',
            width: 100,
            render: (v: string) => <Tag color={v === 'criticism' ? 'orange' : 'red'}>{labelOf(disciplineKinds, v)}</Tag>,
          },
          { title: '事由', dataIndex: 'reason', render: (v: string) => labelOf(disciplineReasons, v) },
          { title: '具体情况', dataIndex: 'detail', render: (v: string | null) => v ?? '—' },
          {
            title: '操作',
            key: 'actions',
            width: 110,
            render: (_: unknown, d: MediatorDiscipline) => (
              <Space size={0}>
                <Can method="mediatorDiscipline.update">
                  <Button type="link" size="small" onClick={() => setEditor({ open: true, target: { mode: 'edit', record: d } })}>
                    编辑
                  </Button>
                </Can>
                <Can method="mediatorDiscipline.delete">
                  <Popconfirm title="确定删除这条奖惩记录？" okText="删除" cancelText="取消" okButtonProps={{ danger: true }} onConfirm={() => onDelete(d)}>
                    <Button type="link" size="small" danger>
                      删除
                    </Button>
                  </Popconfirm>
                </Can>
              </Space>
            ),
          },
        ]}
      />
      <Modal
        open={editor.open}
        title={edit ? '编辑奖惩记录' : `新增奖惩记录：${mediator.name}`}
        footer={null}
        width={640}
        onCancel={guard.requestClose}
        destroyOnHidden
        mask={{ closable: false }}
      >
        <DisciplineForm
          key={edit?.id ?? 'new'}
          mediatorId={mediator.id}
          inPost={mediator.leftOn === null}
          id={edit?.id ?? null}
          initialValues={edit ? disciplineToValues(edit) : {}}
          onChange={guard.markDirty}
          onDone={(saved) => {
            guard.close();
            if (saved) offerLeaving(saved);
          }}
        />
      </Modal>
    </>
  );
}
