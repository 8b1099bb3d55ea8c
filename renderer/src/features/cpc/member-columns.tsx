// Columns of the Party member table: code labels, sortable dates, a 已转出 tag, row actions.
import { genders, labelOf } from '@shared/codes';
import { cpcMemberTypes, partyPosts } from '@shared/register-codes';
import type { CpcMember } from '@shared/schemas/cpc-member';
import { cpcMemberSortFields } from '@shared/schemas/cpc-member';
import { Space, Tag, type TableColumnsType } from 'antd';
import { actionsColumn, codeLabel, dash, sortableBy } from '../../components/table-columns';
import type { ListView } from '../../lib/list-view';

export type MemberSortField = (typeof cpcMemberSortFields)[number];

interface Options {
  sort: Pick<ListView<MemberSortField>, 'sort' | 'order'>;
  onView: (m: CpcMember) => void;
  onEdit: (m: CpcMember) => void;
  onDelete: (m: CpcMember) => Promise<void>;
}


export function memberColumns({ sort, onView, onEdit, onDelete }: Options): TableColumnsType<CpcMember> {
  const sortable = sortableBy(sort);
  return [
    {
      title: '姓名',
      dataIndex: 'name',
      ...sortable('name'),
      fixed: 'left',
      render: (name: string, m: CpcMember) => (
        <Space size={4}>
          {name}
          {m.transferredOutOn && <Tag>已转出</Tag>}
        </Space>
      ),
    },
    { title: '性别', dataIndex: 'gender', render: codeLabel(genders) },
    { title: '出生日期', dataIndex: 'birthDate', ...sortable('birthDate') },
    {
      title: '党员类型',
      dataIndex: 'memberType',
      render: (v: string) => <Tag color={v === 'full' ? 'red' : 'orange'}>{labelOf(cpcMemberTypes, v)}</Tag>,
    },
    { title: '入党时间', dataIndex: 'joinedOn', ...sortable('joinedOn') },
    { title: '转正时间', dataIndex: 'fullOn', render: dash },
    { title: '党内职务', dataIndex: 'partyPost', render: codeLabel(partyPosts) },
    { title: '所在支部', dataIndex: 'branchName' },
    actionsColumn<CpcMember>({
      links: (m) => [
        { label: '查看', onClick: () => onView(m) },
        { label: '编辑', onClick: () => onEdit(m), method: 'cpcMember.update' },
      ],
      confirm: (m) => ({ title: `确定删除党员“${m.name}”？`, description: '组织关系转出的党员请填写转出时间，不必删除。' }),
      onDelete,
      deleteMethod: 'cpcMember.delete',
    }),
  ];
}
