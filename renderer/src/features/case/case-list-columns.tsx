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

/**
 * Fixed widths keep 状态/结案日期/卷宗/录入 in view at 1366 px; long text ends in … with the whole text as its tooltip.
 * The list scrolls sideways at max-content, so the text itself is capped (column width less the cell padding).
 */
const oneLine = (column: number) =>
  ({ display: 'block', maxWidth: column - 16, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }) as const;

const OneLine = ({ text, column }: { text: string; column: number }) => (
  <span title={text} style={oneLine(column)}>
    {text}
  </span>
);

const width = { number: 176, title: 190, committee: 126, category: 104 };

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
      width: width.number,
      ...sortable('number'),
      // The whole 卷号, wrapped if need be: its sequence number at the end is what a clerk looks for.
      render: (v: string | null) => (v ? <span style={{ wordBreak: 'break-all' }}>{v}</span> : <Typography.Text type="secondary">未建卷</Typography.Text>),
    },
    {
      title: '卷名',
      dataIndex: 'title',
      width: width.title,
      render: (title: string, row) => (
        <>
          <a href={caseHref(row.id)} title={title} style={oneLine(width.title)}>
            {title}
          </a>
          {row.snippet ? <CaseSnippet snippet={row.snippet} maxWidth={width.title - 16} /> : null}
        </>
      ),
    },
    { title: '调委会', dataIndex: 'committeeName', width: width.committee, render: (name: string) => <OneLine text={name} column={width.committee} /> },
    { title: '纠纷类型', dataIndex: 'category', width: width.category, render: (code: string) => <OneLine text={categoryLabel(code)} column={width.category} /> },
    { title: '收案日期', dataIndex: 'receivedOn', width: 106, ...sortable('receivedOn') },
    {
      title: '状态',
      dataIndex: 'state',
      width: 80,
      render: (state: CaseRow['state']) => <Tag color={stateColors[state]}>{stateLabel(state)}</Tag>,
    },
    { title: '结案日期', dataIndex: 'concludedOn', width: 106, ...sortable('concludedOn'), render: dash },
    {
      title: '卷宗',
      dataIndex: 'dossierStatus',
      width: 80,
      render: (s: CaseRow['dossierStatus']) => <Tag color={dossierStatusColors[s]}>{dossierStatusLabels[s]}</Tag>,
    },
    { title: '录入', dataIndex: 'entryLate', width: 94, render: (late: boolean | null) => <EntryCell late={late} /> },
  ];
}
