// Columns of the rounds table: period and level in Chinese, the findings count or 零报告, row actions.
import { periodLabel } from '@shared/investigation-period';
import { investigationKinds } from '@shared/register-codes';
import type { InvestigationRow } from '@shared/schemas/investigation';
import { Button, Space, Tag, type TableColumnsType } from 'antd';
import { actionsColumn, codeLabel, dash, sortableBy } from '../../components/table-columns';
import type { ListView } from '../../lib/list-view';
import { AwaitingFindingsTag, ZeroReportTag } from './investigation-tags';
import type { SortField } from './investigation-view';

interface Options {
  sort: Pick<ListView<SortField>, 'sort' | 'order'>;
  onOpen: (r: InvestigationRow) => void;
  onEdit: (r: InvestigationRow) => void;
  onDelete: (r: InvestigationRow) => Promise<void>;
  /** Rounds saved as having found disputes with none entered yet: 待登记纠纷, not 零报告. */
  awaiting: readonly number[];
}

const actionStyle = { paddingInline: 0 };
export const levelShort: Record<string, string> = { street: '街道', district: '区' };

function Findings({ row, awaiting }: { row: InvestigationRow; awaiting: boolean }) {
  if (row.zeroReport) return awaiting ? <AwaitingFindingsTag /> : <ZeroReportTag />;
  return (
    <Space size={4}>
      <span>{row.findingsCount} 件</span>
      {row.majorOpenCount > 0 && <Tag color="volcano">重大未结 {row.majorOpenCount}</Tag>}
    </Space>
  );
}

export function investigationColumns({ sort, onOpen, onEdit, onDelete, awaiting }: Options): TableColumnsType<InvestigationRow> {
  const sortable = sortableBy(sort);
  return [
    {
      title: '排查期间',
      dataIndex: 'period',
      ...sortable('period'),
      fixed: 'left',
      render: (v: string, r) => (
        <Button type="link" size="small" style={actionStyle} onClick={() => onOpen(r)}>
          {periodLabel(v)}
        </Button>
      ),
    },
    { title: '层级', dataIndex: 'level', render: (v: string) => levelShort[v] ?? v },
    { title: '类型', dataIndex: 'kind', render: codeLabel(investigationKinds) },
    { title: '排查日期', dataIndex: 'conductedOn', ...sortable('conductedOn') },
    { title: '网格', dataIndex: 'grid', render: dash },
    { title: '排查人', dataIndex: 'investigators' },
    { title: '排查方式', dataIndex: 'method', render: dash },
    { title: '负责人', dataIndex: 'responsible' },
    { title: '上报日期', dataIndex: 'reportedOn', render: dash },
    { title: '发现纠纷', key: 'findings', render: (_: unknown, r) => <Findings row={r} awaiting={awaiting.includes(r.id)} /> },
    actionsColumn<InvestigationRow>({
      links: (r) => [
        { label: '查看', onClick: () => onOpen(r) },
        { label: '编辑', onClick: () => onEdit(r), method: 'investigation.update' },
      ],
      confirm: (r) => ({
        title: `确定删除${periodLabel(r.period)}的排查记录？`,
        description: r.findingsCount > 0 ? `其中登记的 ${r.findingsCount} 件纠纷将一并删除。` : '删除后该排查记录将从台账中移除。',
      }),
      onDelete,
      deleteMethod: 'investigation.delete',
    }),
  ];
}
