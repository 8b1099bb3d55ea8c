// The committee drawer: particulars, composition problems (人民调解法 Art.8), and the members with add/edit/leave/delete.
import { PlusOutlined } from '@ant-design/icons';
import { labelOf } from '@shared/codes';
import { committeeFields } from '@shared/register-codes';
import { committeeComposition } from '@shared/rules/committee-composition';
import type { CommitteeDetail as Detail } from '@shared/schemas/committee';
import type { CommitteeMember } from '@shared/schemas/committee-member';
import { App, Button, Descriptions, Drawer, Empty, Flex, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { PlainHeaderCell } from '../../components/plain-header-cell';
import { QueryError } from '../../components/query-error';
import { dash } from '../../components/table-columns';
import { todayIso } from '../../lib/dates';
import { kindText } from './committee-view';
import { memberColumns } from './member-columns';
import { MemberEditor, type MemberTarget } from './member-editor';
import { MemberLeave } from './member-leave';
import { useCommittee, useDeleteMember } from './use-committee';
import { Can } from '../../auth/can';

interface Props {
  id: number | null;
  onClose: () => void;
  onEdit: (id: number, name: string) => void;
}

function Particulars({ c, onEdit }: { c: Detail; onEdit: Props['onEdit'] }) {
  return (
    <Descriptions
      column={2}
      bordered
      size="small"
      extra={
        <Can method="committee.update">
          <Button onClick={() => onEdit(c.id, c.name)}>编辑调委会</Button>
        </Can>
      }
      items={[
        { key: 'kind', label: '类型', children: kindText(c), span: 2 },
        ...(c.field ? [{ key: 'field', label: '行业领域', children: labelOf(committeeFields, c.field) }] : []),
        { key: 'filing', label: '备案', children: c.filingNumber ? `${c.filingNumber}（${c.filedOn}）` : <Tag color="warning">未备案</Tag> },
        { key: 'foundedOn', label: '成立日期', children: dash(c.foundedOn) },
        { key: 'phone', label: '联系电话', children: dash(c.phone) },
        { key: 'address', label: '地址', children: dash(c.address), span: 2 },
        { key: 'links', label: '调解员 / 企业', children: `${c.mediatorCount} 名调解员，${c.enterpriseCount} 家企业` },
        { key: 'note', label: '备注', children: <span style={{ whiteSpace: 'pre-wrap' }}>{dash(c.note)}</span> },
      ]}
    />
  );
}

function Members({ c, onOpenEditor }: { c: Detail; onOpenEditor: (t: MemberTarget) => void }) {
  const { message } = App.useApp();
  const remove = useDeleteMember();
  const [leaving, setLeaving] = useState<CommitteeMember | null>(null);
  const today = todayIso();
  const composition = committeeComposition(c.members, today);

  const onDelete = async (m: CommitteeMember) => {
    try {
      await remove.mutateAsync(m.id);
      void message.success(`已删除成员“${m.name}”`);
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };

  return (
    <>
      <Flex justify="space-between" align="center" style={{ margin: '20px 0 12px' }} gap={12} wrap>
        <Space wrap>
          <Typography.Text strong>成员</Typography.Text>
          <Typography.Text>
            在任 {composition.activeCount} 人（女性 {composition.women} 人）
          </Typography.Text>
          {composition.problems.map((p) => (
            <Tag key={p} color="error">
              {p}
            </Tag>
          ))}
        </Space>
        <Can method="committeeMember.create">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => onOpenEditor({ mode: 'create' })}>
            新增成员
          </Button>
        </Can>
      </Flex>
      <Table<CommitteeMember>
        rowKey="id"
        components={{ header: { cell: PlainHeaderCell } }}
        columns={memberColumns({ today, onEdit: (record) => onOpenEditor({ mode: 'edit', record }), onLeave: setLeaving, onDelete })}
        dataSource={c.members}
        size="small"
        tableLayout="fixed"
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无成员，点击“新增成员”添加" /> }}
      />
      <MemberLeave member={leaving} onClose={() => setLeaving(null)} />
    </>
  );
}

function DetailBody({ id, onEdit, onOpenEditor }: { id: number; onEdit: Props['onEdit']; onOpenEditor: (t: MemberTarget) => void }) {
  const record = useCommittee(id);
  if (record.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (record.isError) return <QueryError title="调委会信息加载失败" error={record.error} onRetry={() => void record.refetch()} />;
  return (
    <>
      <Particulars c={record.data} onEdit={onEdit} />
      <Members c={record.data} onOpenEditor={onOpenEditor} />
    </>
  );
}

export function CommitteeDetail({ id, onClose, onEdit }: Props) {
  const [editor, setEditor] = useState<{ open: boolean; target: MemberTarget }>({ open: false, target: { mode: 'create' } });
  const record = useCommittee(id);
  return (
    <>
      <Drawer open={id !== null} title={record.data?.name ?? '调委会详情'} size={900} onClose={onClose} destroyOnHidden>
        {id !== null && <DetailBody key={id} id={id} onEdit={onEdit} onOpenEditor={(target) => setEditor({ open: true, target })} />}
      </Drawer>
      {/* A sibling of the Drawer, not a child: a modal portal nested in the drawer's misses its autofocus. */}
      {id !== null && (
        <MemberEditor committeeId={id} open={editor.open} target={editor.target} onClose={() => setEditor((e) => ({ ...e, open: false }))} />
      )}
    </>
  );
}
