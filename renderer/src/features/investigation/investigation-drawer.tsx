// Detail drawer of one round: what was done, and the disputes found with add/edit/delete — or a plain 零报告.
import { dash } from '../../components/table-columns';
import { AttachmentsPanel } from '../attachments/attachments-panel';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { labelOf } from '@shared/codes';
import { periodLabel } from '@shared/investigation-period';
import { investigationKinds, investigationLevels } from '@shared/register-codes';
import type { InvestigationDetail } from '@shared/schemas/investigation';
import type { InvestigationFinding } from '@shared/schemas/investigation-finding';
import { Alert, App, Button, Descriptions, Drawer, Flex, Skeleton, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { PlainHeaderCell } from '../../components/plain-header-cell';
import { QueryError } from '../../components/query-error';
import { FindingEditor, type FindingTarget } from './finding-editor';
import { findingColumns } from './finding-columns';
import { AwaitingFindingsTag, ZeroReportTag } from './investigation-tags';
import { useDeleteFinding, useInvestigation } from './use-investigation';
import { PrintMenu } from '../documents/print-menu';
import { Can } from '../../auth/can';

interface Props {
  open: boolean;
  id: number | null;
  /** Open the finding form as soon as the round is loaded. */
  addFinding: boolean;
  /** Saved as having found disputes: with no finding yet it is not a plain 零报告 but a warning. */
  awaitingFindings: boolean;
  onClose: () => void;
  onEdit: (id: number, label: string) => void;
}


function RoundFacts({ round }: { round: InvestigationDetail }) {
  return (
    <Descriptions size="small" column={3} bordered style={{ marginBottom: 16 }}>
      <Descriptions.Item label="排查期间">{periodLabel(round.period)}</Descriptions.Item>
      <Descriptions.Item label="排查层级">{labelOf(investigationLevels, round.level)}</Descriptions.Item>
      <Descriptions.Item label="排查类型">{labelOf(investigationKinds, round.kind)}</Descriptions.Item>
      <Descriptions.Item label="排查日期">{round.conductedOn}</Descriptions.Item>
      <Descriptions.Item label="网格">{dash(round.grid)}</Descriptions.Item>
      <Descriptions.Item label="排查方式">{dash(round.method)}</Descriptions.Item>
      <Descriptions.Item label="排查人">{round.investigators}</Descriptions.Item>
      <Descriptions.Item label="负责人">{round.responsible}</Descriptions.Item>
      <Descriptions.Item label="上报日期">{dash(round.reportedOn)}</Descriptions.Item>
      {round.note && (
        <Descriptions.Item label="备注" span={3}>
          {round.note}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

interface FindingsProps {
  round: InvestigationDetail;
  awaiting: boolean;
  onOpenEditor: (t: FindingTarget) => void;
}

function ZeroNotice({ awaiting }: { awaiting: boolean }) {
  if (awaiting) {
    return (
      <Alert
        type="warning"
        showIcon
        title="尚未登记发现的纠纷：如本期确无纠纷，将按零报告上报"
        description="本次排查登记为“发现矛盾纠纷”，但还没有登记任何一件。请点击“登记发现的纠纷”逐件登记。"
      />
    );
  }
  return <Alert type="success" showIcon title="零报告：本期未发现矛盾纠纷" description="本次排查未发现矛盾纠纷，已按零报告记录。如有遗漏，可点击“登记发现的纠纷”补登。" />;
}

function Findings({ round, awaiting, onOpenEditor }: FindingsProps) {
  const { message } = App.useApp();
  const remove = useDeleteFinding();
  const onDelete = async (f: InvestigationFinding) => {
    try {
      await remove.mutateAsync(f.id);
      void message.success('已删除该纠纷');
    } catch (err) {
      void message.error(errorMessage(err));
    }
  };
  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Space>
          <Typography.Text strong>发现的矛盾纠纷</Typography.Text>
          {round.zeroReport ? (
            awaiting ? <AwaitingFindingsTag /> : <ZeroReportTag />
          ) : (
            <Typography.Text>{round.findings.length} 件</Typography.Text>
          )}
        </Space>
        <Can method="investigationFinding.create">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => onOpenEditor({ mode: 'create' })}>
            登记发现的纠纷
          </Button>
        </Can>
      </Flex>
      {round.zeroReport ? (
        <ZeroNotice awaiting={awaiting} />
      ) : (
        <Table<InvestigationFinding>
          rowKey="id"
          components={{ header: { cell: PlainHeaderCell } }}
          columns={findingColumns({ onEdit: (record) => onOpenEditor({ mode: 'edit', record }), onDelete })}
          dataSource={round.findings}
          size="small"
          tableLayout="fixed"
          pagination={false}
        />
      )}
    </>
  );
}

export function InvestigationDrawer({ open, id, addFinding, awaitingFindings, onClose, onEdit }: Props) {
  const round = useInvestigation(id);
  const [editor, setEditor] = useState<{ open: boolean; target: FindingTarget }>({ open: false, target: { mode: 'create' } });
  const [addedFor, setAddedFor] = useState<number | null>(null);
  if (open && addFinding && id !== null && addedFor !== id) {
    setAddedFor(id);
    setEditor({ open: true, target: { mode: 'create' } });
  }
  const data = round.data && round.data.id === id ? round.data : undefined;
  const title = data ? `排查记录：${periodLabel(data.period)}` : '排查记录';
  return (
    <>
      <Drawer
        open={open}
        title={title}
        size={960}
        onClose={onClose}
        destroyOnHidden
        extra={
          data && (
            <Space>
              <PrintMenu
                items={[
                  { key: 'investigationRound', title: '矛盾纠纷排查记录', target: { form: 'investigationRound', id: data.id } },
                  ...(data.findings.length === 0 ? [{ key: 'zeroReport', title: '矛盾纠纷排查零报告表', target: { form: 'zeroReport' as const, id: data.id } }] : []),
                ]}
              />
              <Can method="investigation.update">
                <Button icon={<EditOutlined />} onClick={() => onEdit(data.id, periodLabel(data.period))}>
                  编辑排查
                </Button>
              </Can>
            </Space>
          )
        }
      >
        {round.isError && !data ? (
          <QueryError title="排查记录加载失败" error={round.error} onRetry={() => void round.refetch()} />
        ) : !data ? (
          <Skeleton active paragraph={{ rows: 8 }} />
        ) : (
          <>
            <RoundFacts round={data} />
            <Findings round={data} awaiting={awaitingFindings} onOpenEditor={(target) => setEditor({ open: true, target })} />
            <AttachmentsPanel ownerType="investigation" ownerId={data.id} roles={['report', 'signIn', 'photo', 'other']} />
          </>
        )}
      </Drawer>
      {/* A sibling of the Drawer, not a child: a modal portal nested in the drawer's misses its autofocus. */}
      {data && (
        <FindingEditor
          round={data}
          open={open && editor.open}
          target={editor.target}
          onClose={() => setEditor((e) => ({ ...e, open: false }))}
        />
      )}
    </>
  );
}
