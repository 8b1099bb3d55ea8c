// Columns of a round's findings table in the detail drawer.
import { labelOf } from '@shared/codes';
import { disputeCategories } from '@shared/register-codes';
import type { InvestigationFinding } from '@shared/schemas/investigation-finding';
import { Space, type TableColumnsType } from 'antd';
import { actionsColumn } from '../../components/table-columns';
import { MajorTag, RiskTag, StatusTag } from './investigation-tags';

interface Options {
  onEdit: (f: InvestigationFinding) => void;
  onDelete: (f: InvestigationFinding) => Promise<void>;
}

export function findingColumns({ onEdit, onDelete }: Options): TableColumnsType<InvestigationFinding> {
  return [
    {
      title: '纠纷类型',
      dataIndex: 'category',
      width: 150,
      render: (v: string, f) => (
        <Space size={4} wrap>
          {labelOf(disputeCategories, v)}
          {f.major && <MajorTag status={f.status} />}
        </Space>
      ),
    },
    { title: '纠纷简要情况', dataIndex: 'summary', ellipsis: true },
    { title: '当事人', dataIndex: 'parties', width: 130, ellipsis: true },
    { title: '风险', dataIndex: 'riskLevel', width: 84, render: (v: string) => <RiskTag risk={v} /> },
    { title: '责任人', dataIndex: 'responsible', width: 80 },
    {
      title: '状态',
      dataIndex: 'status',
      width: 120,
      render: (v: string, f) => (
        <Space size={2} orientation="vertical">
          <StatusTag status={v} />
          {f.resolvedOn && <span style={{ fontSize: 12 }}>{f.resolvedOn}</span>}
        </Space>
      ),
    },
    actionsColumn<InvestigationFinding>({
      links: (f) => [{ label: '编辑', onClick: () => onEdit(f), method: 'investigationFinding.update' }],
      confirm: (f) => ({ title: '确定删除这件纠纷？', description: f.summary }),
      onDelete,
      deleteMethod: 'investigationFinding.delete',
      fixed: false,
      width: 90,
    }),
  ];
}
