// The case page's head: 卷名, 卷号 or 未建卷, state, particulars, the lock banner, and 编辑 / 删除 / 返回列表.
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import type { CaseDetail } from '@shared/schemas/case';
import { Alert, Button, Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { dash } from '../../components/table-columns';
import { navigate } from '../../shell/use-hash-route';
import { CaseDocumentsButton } from '../documents/case-documents';
import { sourceLabel, stateColors, stateLabel } from './case-labels';
import { yuanText } from './case-page-format';
import { CaseDelete } from './case-page-delete';
import { CaseEdit } from './case-page-edit';
import { Can } from '../../auth/can';

export function LockBanner({ detail }: { detail: CaseDetail }) {
  const d = detail.dossier;
  if (!detail.locked || !d) return null;
  return (
    <Alert
      type="info"
      showIcon
      role="status"
      style={{ marginBottom: 16 }}
      title={`卷宗已立卷归档（立卷人：${d.closedBy ?? '—'}，立卷日期：${d.closedOn ?? '—'}），如需修改请重新打开卷宗`}
    />
  );
}

/** A long text kept to three lines, with 展开 / 收起. */
function LongText({ text }: { text: string }) {
  return (
    <Typography.Paragraph
      style={{ whiteSpace: 'pre-wrap', margin: 0 }}
      ellipsis={{ rows: 3, expandable: 'collapsible', symbol: (expanded) => (expanded ? '收起' : '展开') }}
    >
      {text}
    </Typography.Paragraph>
  );
}

export function CaseHeader({ detail }: { detail: CaseDetail }) {
  const [dialog, setDialog] = useState<'edit' | 'delete' | null>(null);
  const c = detail;
  const source = c.sourceDetail ? `${sourceLabel(c.source)}（${c.sourceDetail}）` : sourceLabel(c.source);
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Flex justify="space-between" align="start" gap={12} wrap>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {c.title}
          </Typography.Title>
          <Space size={8} style={{ marginTop: 6 }} wrap>
            {c.dossier ? <Typography.Text strong>{c.dossier.number}</Typography.Text> : <Tag>未建卷</Tag>}
            <Tag color={stateColors[c.state]}>{stateLabel(c.state)}</Tag>
            {c.dossier?.status === 'closed' && <Tag color="green">已立卷</Tag>}
          </Space>
        </div>
        <Space wrap>
          <CaseDocumentsButton detail={c} />
          <Can method="case.update">
            <Button icon={<EditOutlined />} disabled={c.locked} onClick={() => setDialog('edit')}>
              编辑案件信息
            </Button>
          </Can>
          <Can method="case.delete">
            <Button icon={<DeleteOutlined />} danger disabled={c.locked} onClick={() => setDialog('delete')}>
              删除
            </Button>
          </Can>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('cases')}>
            返回列表
          </Button>
        </Space>
      </Flex>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 4 }}
        style={{ marginTop: 12 }}
        items={[
          { key: 'committee', label: '调委会', children: c.committeeName },
          { key: 'category', label: '纠纷类型', children: c.categoryLabel },
          { key: 'source', label: '来源', children: source },
          { key: 'receivedOn', label: '收案日期', children: c.receivedOn },
          { key: 'mediators', label: '承办调解员', children: dash(c.mediators.map((m) => m.name).join('、')) },
          { key: 'amount', label: '涉及金额', children: yuanText(c.amountFen) },
          { key: 'acceptedOn', label: '受理日期', children: dash(c.acceptedOn) },
          { key: 'concludedOn', label: '结案日期', children: dash(c.concludedOn) },
          { key: 'facts', label: '纠纷简要情况', span: 'filled', children: <LongText text={c.facts} /> },
          ...(c.requests ? [{ key: 'requests', label: '申请事项', span: 'filled' as const, children: <LongText text={c.requests} /> }] : []),
          ...(c.note ? [{ key: 'note', label: '备注', span: 'filled' as const, children: c.note }] : []),
        ]}
      />
      <CaseEdit detail={c} open={dialog === 'edit'} onClose={() => setDialog(null)} />
      <CaseDelete detail={c} open={dialog === 'delete'} onClose={() => setDialog(null)} />
    </Card>
  );
}
