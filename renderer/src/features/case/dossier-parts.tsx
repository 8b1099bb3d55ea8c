// The dossier's parts in binding order: 必须/按需/不适用, scans with a one-click upload per part, and the 纸质归档 switch.
import { attachmentRoles } from '@shared/register-codes';
import type { AttachmentRole } from '@shared/schemas/attachment';
import type { CaseDetail } from '@shared/schemas/case';
import type { DossierPartStatus } from '@shared/schemas/dossier';
import { App, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { PlainHeaderCell } from '../../components/plain-header-cell';
import { todayIso } from '../../lib/dates';
import { DossierPartUpload } from './dossier-part-upload';
import { useMarkDossierPart } from './use-cases';

const needTag: Record<DossierPartStatus['need'], { color: string; text: string }> = {
  required: { color: 'red', text: '必须' },
  optional: { color: 'blue', text: '按需' },
  notApplicable: { color: 'default', text: '不适用' },
};

/** Parts that take an uploaded scan: those with an attachment role of the same code. */
const scannable = new Set<string>(attachmentRoles.map((r) => r.code));

export function DossierParts({ detail }: { detail: CaseDetail }) {
  const { message } = App.useApp();
  const mark = useMarkDossierPart();
  const [busy, setBusy] = useState<string | null>(null);
  const locked = detail.locked;

  const toggle = async (p: DossierPartStatus, onPaper: boolean) => {
    setBusy(p.part);
    try {
      await mark.mutateAsync({ caseId: detail.id, part: p.part, onPaper, markedOn: todayIso() });
      void message.success(onPaper ? `已标记“${p.label}”纸质归档` : `已取消“${p.label}”纸质归档标记`);
    } catch (err) {
      void message.error(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  const columns: TableColumnsType<DossierPartStatus> = [
    { title: '序号', key: 'n', width: 56, render: (_v, _p, i) => i + 1 },
    {
      title: '文书名称',
      dataIndex: 'label',
      render: (label: string, p) => (
        <span>
          {label}
          {p.hasData && p.need !== 'notApplicable' && (
            <Tag color="green" style={{ marginInlineStart: 8 }}>
              可由系统生成
            </Tag>
          )}
        </span>
      ),
    },
    {
      title: '要求',
      dataIndex: 'need',
      width: 76,
      render: (need: DossierPartStatus['need']) => <Tag color={needTag[need].color}>{needTag[need].text}</Tag>,
    },
    {
      title: '扫描件',
      key: 'scans',
      width: 150,
      render: (_v, p) =>
        scannable.has(p.part) ? (
          <span>
            <span style={{ display: 'inline-block', minWidth: 40 }}>{p.scans} 份</span>
            {!locked && <DossierPartUpload caseId={detail.id} part={p.part as AttachmentRole} label={p.label} />}
          </span>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: '纸质归档',
      key: 'onPaper',
      width: 90,
      render: (_v, p) =>
        p.need === 'notApplicable' && !p.onPaper ? (
          <Typography.Text type="secondary">—</Typography.Text>
        ) : (
          <Switch
            aria-label={`${p.label}纸质归档`}
            checked={p.onPaper}
            loading={busy === p.part}
            disabled={locked}
            checkedChildren="已归档"
            unCheckedChildren="未归档"
            onChange={(on) => void toggle(p, on)}
          />
        ),
    },
  ];

  return (
    <Table<DossierPartStatus>
      rowKey="part"
      components={{ header: { cell: PlainHeaderCell } }}
      columns={columns}
      dataSource={detail.completeness.parts}
      size="small"
      tableLayout="fixed"
      pagination={false}
      rowClassName={(p) => (p.need === 'notApplicable' ? 'dossier-part-na' : '')}
    />
  );
}
