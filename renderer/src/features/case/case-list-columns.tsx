// Columns of the case list: 卷号, 卷名 (link to the case page, with the search hit), 调委会, 纠纷类型, dates, 状态, 卷宗, 录入.
import type { CaseRow } from '@shared/schemas/case';
import { Tag, Typography, type TableColumnsType } from 'antd';
import { dash, sortableBy } from '../../components/table-columns';
import type { ListView } from '../../lib/list-view';
import { hrefOf } from '../../shell/use-hash-route';
import { dossierStatusColors, dossierStatusLabels, stateColors, stateLabel } from './case-labels';
import { CaseSnippet } from './case-list-snippet';
import type { CaseSortField } from './case-list-view';

interface Options {
  sort: Pick<ListView<CaseSortField>, 'sort' | 'order'>;
  categoryLabel: (code: string) => string;
}

export const caseHref = (id: number) => `${hrefOf('case')}?id=${id}`;

function EntryCell({ late }: { late: boolean | null }) {
  if (late === null) return <>—</>;
  return late ? <Tag color="red">逾期录入</Tag> : <Typography.Text type="secondary">按期录入</Typography.Text>;
}

export function caseListColumns({ sort, categoryLabel }: Options): TableColumnsType<CaseRow> {
  const sortable = sortableBy(sort);
  return [
    {
      title: '卷号',
      dataIndex: 'number',
      ...sortable('number'),
      render: (v: string | null) => v ?? <Typography.Text type="secondary">未建卷</Typography.Text>,
    },
    {
      title: '卷名',
      dataIndex: 'title',
      render: (title: string, row) => (
        <>
          <a href={caseHref(row.id)}>{title}</a>
          {row.snippet ? <CaseSnippet snippet={row.snippet} /> : null}
        </>
      ),
    },
    { title: '调委会', dataIndex: 'committeeName' },
    { title: '纠纷类型', dataIndex: 'category', render: (code: string) => categoryLabel(code) },
    { title: '收案日期', dataIndex: 'receivedOn', ...sortable('receivedOn') },
    {
      title: '状态',
      dataIndex: 'state',
      render: (state: CaseRow['state']) => <Tag color={stateColors[state]}>{stateLabel(state)}</Tag>,
    },
    { title: '结案日期', dataIndex: 'concludedOn', ...sortable('concludedOn'), render: dash },
    {
      title: '卷宗',
      dataIndex: 'dossierStatus',
      render: (s: CaseRow['dossierStatus']) => <Tag color={dossierStatusColors[s]}>{dossierStatusLabels[s]}</Tag>,
    },
    { title: '录入', dataIndex: 'entryLate', render: (late: boolean | null) => <EntryCell late={late} /> },
  ];
}
