// The month's concluded cases with their entry date, deadline and whether they were entered late.
import type { CaseMonth } from '@shared/schemas/case';
import { Empty, Table, Tag, type TableColumnsType } from 'antd';
import { PlainHeaderCell } from '../../components/plain-header-cell';
import { dash } from '../../components/table-columns';

type MonthRow = CaseMonth['rows'][number];

const byText = (pick: (r: MonthRow) => string | null) => (a: MonthRow, b: MonthRow) => (pick(a) ?? '').localeCompare(pick(b) ?? '');

const columns: TableColumnsType<MonthRow> = [
  { title: '卷号', dataIndex: 'number', key: 'number', width: 210, render: (v: string | null) => v ?? '未建卷', sorter: byText((r) => r.number) },
  {
    title: '卷名',
    dataIndex: 'title',
    key: 'title',
    render: (title: string, row) => <a href={`#/case?id=${row.id}`}>{title}</a>,
  },
  { title: '调委会', dataIndex: 'committeeName', key: 'committee', sorter: byText((r) => r.committeeName) },
  { title: '结案日期', dataIndex: 'concludedOn', key: 'concludedOn', width: 110, render: dash, sorter: byText((r) => r.concludedOn), defaultSortOrder: 'ascend' },
  { title: '录入日期', key: 'enteredOn', width: 110, render: (_: unknown, r) => r.entry.enteredOn ?? '未录入', sorter: byText((r) => r.entry.enteredOn) },
  { title: '截止日', key: 'deadline', width: 110, render: (_: unknown, r) => r.entry.deadline },
  {
    title: '逾期',
    key: 'late',
    width: 90,
    render: (_: unknown, r) =>
      r.entry.late ? <Tag color="error">逾期录入</Tag> : r.entry.enteredOn ? <Tag color="success">按期</Tag> : <Tag>未录入</Tag>,
    sorter: (a, b) => Number(a.entry.late) - Number(b.entry.late),
  },
];

export function MonthCasesTable({ rows, loading, monthName }: { rows: MonthRow[]; loading: boolean; monthName: string }) {
  return (
    <Table<MonthRow>
      rowKey="id"
      size="middle"
      components={{ header: { cell: PlainHeaderCell } }}
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 件` }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={`${monthName}没有结案的案件`} /> }}
      scroll={{ x: 900 }}
    />
  );
}
