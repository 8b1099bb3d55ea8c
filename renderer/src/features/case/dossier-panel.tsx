// 卷宗: 建立卷宗 once accepted; then 卷号 and status, the reopen trace, "本卷还缺", the parts in binding order, 立卷 / 重新打开.
import { FolderAddOutlined, LockOutlined, UnlockOutlined } from '@ant-design/icons';
import type { CaseDetail } from '@shared/schemas/case';
import type { Dossier } from '@shared/schemas/dossier';
import { Alert, Button, Card, Descriptions, Empty, Space, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { dash } from '../../components/table-columns';
import { DossierDialogs, type DossierDialog } from './dossier-dialogs';
import { DossierParts } from './dossier-parts';
import { Can } from '../../auth/can';

function Missing({ detail }: { detail: CaseDetail }) {
  const { complete, missing } = detail.completeness;
  if (complete) return <Alert type="success" showIcon title="本卷材料齐全，可以立卷" style={{ marginBottom: 12 }} />;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={`本卷还缺 ${missing.length} 项`}
      description={
        <ol aria-label="本卷还缺" style={{ margin: 0, paddingInlineStart: 20 }}>
          {missing.map((g) => (
            <li key={`${g.part ?? ''}-${g.code}`}>{g.message}</li>
          ))}
        </ol>
      }
    />
  );
}

/** An open dossier that was closed before keeps who closed it and when; say so with the reason it was reopened. */
function ReopenTrace({ dossier: d }: { dossier: Dossier }) {
  if (d.reopenedOn === null) return null;
  return (
    <Alert
      type="info"
      showIcon
      role="status"
      style={{ marginBottom: 12 }}
      title={`曾于${d.closedOn ?? '—'}由${d.closedBy ?? '—'}立卷，${d.reopenedOn}重新打开：${d.reopenReason ?? '—'}`}
    />
  );
}

function Actions({ detail, onDialog }: { detail: CaseDetail; onDialog: (d: DossierDialog) => void }) {
  const d = detail.dossier;
  if (!d) return null;
  if (d.status === 'closed') {
    return (
      <Can method="dossier.reopen">
        <Button icon={<UnlockOutlined />} onClick={() => onDialog('reopen')}>
          重新打开
        </Button>
      </Can>
    );
  }
  const { complete, missing } = detail.completeness;
  const button = (
    <Can method="dossier.close">
      <Button type="primary" icon={<LockOutlined />} disabled={!complete} onClick={() => onDialog('close')}>
        立卷
      </Button>
    </Can>
  );
  return complete ? button : <Tooltip title={`本卷还缺 ${missing.length} 项，补齐后才能立卷`}>{button}</Tooltip>;
}

export function DossierPanel({ detail }: { detail: CaseDetail }) {
  const [dialog, setDialog] = useState<DossierDialog>(null);
  const d = detail.dossier;
  const accepted = detail.acceptedOn !== null;
  const empty = detail.state === 'rejected' ? '不予受理的案件不建立卷宗' : accepted ? '尚未建立卷宗' : '案件受理后才能建立卷宗';

  return (
    <Card title="卷宗" size="small" extra={<Actions detail={detail} onDialog={setDialog} />}>
      {!d ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty}>
          {accepted && !detail.locked && (
            <Can method="dossier.open">
              <Button type="primary" icon={<FolderAddOutlined />} onClick={() => setDialog('open')}>
                建立卷宗
              </Button>
            </Can>
          )}
        </Empty>
      ) : (
        <>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            style={{ marginBottom: 12 }}
            items={[
              { key: 'number', label: '卷号', children: <Typography.Text strong>{d.number}</Typography.Text> },
              {
                key: 'status',
                label: '状态',
                children: d.status === 'closed' ? <Tag color="green">已立卷</Tag> : <Tag color="blue">未立卷</Tag>,
              },
              { key: 'openedOn', label: '建卷日期', children: d.openedOn },
              ...(d.status === 'closed'
                ? [
                    { key: 'closedBy', label: '立卷人', children: dash(d.closedBy) },
                    { key: 'closedOn', label: '立卷日期', children: dash(d.closedOn) },
                    { key: 'retention', label: '保管期限', children: dash(d.retention) },
                    ...(d.note ? [{ key: 'note', label: '备注', children: d.note, span: 3 }] : []),
                  ]
                : []),
            ]}
          />
          {d.status === 'open' && <ReopenTrace dossier={d} />}
          {d.status === 'open' && <Missing detail={detail} />}
          <Space direction="vertical" size={4} style={{ width: '100%' }}>
            <Typography.Text type="secondary">
              卷内文书按装订顺序排列。封面、目录、封底和各项文书可由本软件生成（“生成文书”）；须当事人签字的文书和身份证明要上传签字后的扫描件或标记纸质归档。
            </Typography.Text>
            <DossierParts detail={detail} />
          </Space>
        </>
      )}
      <DossierDialogs detail={detail} which={dialog} onClose={() => setDialog(null)} />
    </Card>
  );
}
