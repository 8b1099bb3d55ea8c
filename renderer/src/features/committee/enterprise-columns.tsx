// Columns of the enterprise table: credit code, employees, its committee or the ≥300 “应建未建” marker, row actions.
import { COMMITTEE_REQUIRED_EMPLOYEES, lacksCommittee, type Enterprise } from '@shared/schemas/enterprise';
import { Button, Tag, Tooltip, type TableColumnsType } from 'antd';
import { actionsColumn, dash, sortableBy } from '../../components/table-columns';
import type { ListView } from '../../lib/list-view';
import type { EnterpriseSort } from './committee-view';

interface Options {
  sort: Pick<ListView<EnterpriseSort>, 'sort' | 'order'>;
  onOpen: (e: Enterprise) => void;
  onEdit: (e: Enterprise) => void;
  onDelete: (e: Enterprise) => Promise<void>;
}

const actionStyle = { paddingInline: 0 };

/** The committee an enterprise has, or a red marker when it has ≥ 300 employees and none. */
export function committeeCell(e: Enterprise) {
  if (e.committeeName) return e.committeeName;
  if (lacksCommittee(e)) {
    return (
      <Tooltip title={`职工${COMMITTEE_REQUIRED_EMPLOYEES}人以上的企业应当设立人民调解委员会`}>
        <Tag color="error">应建未建调委会</Tag>
      </Tooltip>
    );
  }
  return '—';
}

export function enterpriseColumns({ sort, onOpen, onEdit, onDelete }: Options): TableColumnsType<Enterprise> {
  const sortable = sortableBy(sort);
  return [
    {
      title: '企业名称',
      dataIndex: 'name',
      ...sortable('name'),
      fixed: 'left',
      render: (v: string, e) => (
        <Button type="link" style={actionStyle} onClick={() => onOpen(e)}>
          {v}
        </Button>
      ),
    },
    { title: '统一社会信用代码', dataIndex: 'creditCode', render: (v: string) => <span style={{ fontFamily: 'monospace' }}>{v}</span> },
    { title: '职工人数', dataIndex: 'employees', ...sortable('employees'), align: 'right', render: (n: number) => n.toLocaleString('zh-CN') },
    { title: '调委会', key: 'committee', render: (_: unknown, e) => committeeCell(e) },
    { title: '联系人', dataIndex: 'contact', render: dash },
    { title: '联系电话', dataIndex: 'phone', render: dash },
    actionsColumn<Enterprise>({
      links: (e) => [{ label: '编辑', onClick: () => onEdit(e), method: 'enterprise.update' }],
      confirm: (e) => ({ title: `确定删除“${e.name}”？`, description: '删除后该企业将从台账中移除，其调委会不受影响。' }),
      onDelete,
      deleteMethod: 'enterprise.delete',
    }),
  ];
}
