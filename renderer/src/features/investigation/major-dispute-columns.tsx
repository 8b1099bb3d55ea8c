// Columns of the 重大矛盾纠纷 list: status first, the round it was found in (a link), and 更新状态 while still open.
import { periodLabel } from '@shared/investigation-period';
import { disputeCategories } from '@shared/register-codes';
import { isOpenStatus, type FindingRow, findingSortFields } from '@shared/schemas/investigation-finding';
import { Button, type TableColumnsType } from 'antd';
import { codeLabel, dash, sortableBy } from '../../components/table-columns';
import type { ListView } from '../../lib/list-view';
import { hrefTo } from '../../shell/use-hash-route';
import { RiskTag, StatusTag } from './investigation-tags';
import { Can } from '../../auth/can';

export type FindingSortField = (typeof findingSortFields)[number];

interface Options {
  sort: Pick<ListView<FindingSortField>, 'sort' | 'order'>;
  onUpdateStatus: (f: FindingRow) => void;
}

export function majorDisputeColumns({ sort, onUpdateStatus }: Options): TableColumnsType<FindingRow> {
  const sortable = sortableBy(sort);
  return [
    { title: '状态', dataIndex: 'status', ...sortable('status'), fixed: 'left', render: (v: string) => <StatusTag status={v} /> },
    { title: '纠纷类型', dataIndex: 'category', render: codeLabel(disputeCategories) },
    { title: '纠纷简要情况', dataIndex: 'summary', render: (v: string) => <span style={{ display: 'inline-block', maxWidth: 220 }}>{v}</span> },
    { title: '当事人', dataIndex: 'parties', render: (v: string) => <span style={{ display: 'inline-block', maxWidth: '8em' }}>{v}</span> },
    { title: '风险等级', dataIndex: 'riskLevel', ...sortable('riskLevel'), render: (v: string) => <RiskTag risk={v} /> },
    { title: '网格', dataIndex: 'grid', render: dash },
    { title: '责任人', dataIndex: 'responsible' },
    {
      title: '发现于',
      dataIndex: 'conductedOn',
      ...sortable('conductedOn'),
      render: (v: string, f) => (
        <a href={hrefTo('investigations', f.investigationId)} title="查看该次排查">
          {periodLabel(f.period)}
          <br />
          <span style={{ fontSize: 12 }}>{v}</span>
        </a>
      ),
    },
    { title: '化解日期', dataIndex: 'resolvedOn', render: dash },
    {
      title: '操作',
      key: 'actions',
      fixed: 'right',
      render: (_: unknown, f) =>
        isOpenStatus(f.status) ? (
          <Can method="investigationFinding.update">
            <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => onUpdateStatus(f)}>
              更新状态
            </Button>
          </Can>
        ) : (
          <span style={{ color: '#999' }}>已办结</span>
        ),
    },
  ];
}
