// Columns of the committee table: kind with field, filing state, members in office, row actions.
import type { CommitteeListItem } from '@shared/schemas/committee';
import { Button, Tag, type TableColumnsType } from 'antd';
import { actionsColumn, dash, sortableBy } from '../../components/table-columns';
import type { ListView } from '../../lib/list-view';
import { kindText, type CommitteeSort } from './committee-view';

interface Options {
  sort: Pick<ListView<CommitteeSort>, 'sort' | 'order'>;
  onOpen: (c: CommitteeListItem) => void;
  onEdit: (c: CommitteeListItem) => void;
  onDelete: (c: CommitteeListItem) => Promise<void>;
}

/** What deleting does, said before it is done. */
export function deleteText(c: Pick<CommitteeListItem, 'mediatorCount' | 'enterpriseCount'>): string {
  if (c.mediatorCount > 0) return `该调委会还有${c.mediatorCount}名调解员，删除将被拒绝；请先调整调解员。`;
  const unlink = c.enterpriseCount > 0 ? `${c.enterpriseCount}家企业将解除与它的关联。` : '登记在它名下的企业将解除关联。';
  return `其成员记录将一并删除，${unlink}`;
}

const actionStyle = { paddingInline: 0 };

export function committeeColumns({ sort, onOpen, onEdit, onDelete }: Options): TableColumnsType<CommitteeListItem> {
  const sortable = sortableBy(sort);
  return [
    {
      title: '名称',
      dataIndex: 'name',
      ...sortable('name'),
      fixed: 'left',
      render: (v: string, c) => (
        <Button type="link" style={actionStyle} onClick={() => onOpen(c)}>
          {v}
        </Button>
      ),
    },
    { title: '类型', dataIndex: 'kind', ...sortable('kind'), render: (_: unknown, c) => kindText(c) },
    {
      title: '备案',
      ...sortable('filedOn'),
      render: (_: unknown, c) =>
        c.filingNumber ? (
          <span>
            {c.filingNumber}（{c.filedOn}）
          </span>
        ) : (
          <Tag color="warning">未备案</Tag>
        ),
    },
    { title: '成立日期', dataIndex: 'foundedOn', ...sortable('foundedOn'), render: dash },
    { title: '在任成员', dataIndex: 'activeMemberCount', align: 'right', render: (n: number) => `${n} 人` },
    { title: '调解员', dataIndex: 'mediatorCount', align: 'right', render: (n: number) => `${n} 人` },
    { title: '联系电话', dataIndex: 'phone', render: dash },
    actionsColumn<CommitteeListItem>({
      links: (c) => [
        { label: '成员', onClick: () => onOpen(c) },
        { label: '编辑', onClick: () => onEdit(c), method: 'committee.update' },
      ],
      confirm: (c) => ({ title: `确定删除“${c.name}”？`, description: deleteText(c) }),
      onDelete,
      deleteMethod: 'committee.delete',
    }),
  ];
}
