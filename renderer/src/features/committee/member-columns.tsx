// Columns of the members table in the committee drawer: role, term, in office or left, row actions.
import { genders } from '@shared/codes';
import { committeeRoles } from '@shared/register-codes';
import type { CommitteeMember } from '@shared/schemas/committee-member';
import { isActiveMember } from '@shared/rules/committee-composition';
import { Tag, type TableColumnsType } from 'antd';
import { actionsColumn, codeLabel, dash } from '../../components/table-columns';

interface Options {
  today: string;
  onEdit: (m: CommitteeMember) => void;
  onLeave: (m: CommitteeMember) => void;
  onDelete: (m: CommitteeMember) => Promise<void>;
}

function status(m: CommitteeMember, today: string) {
  if (m.leftOn !== null && m.leftOn <= today) return <Tag>{m.leftOn} 离任</Tag>;
  if (m.termStart > today) return <Tag color="processing">{m.termStart} 到任</Tag>;
  if (!isActiveMember(m, today)) return <Tag color="warning">任期已满</Tag>;
  return <Tag color="success">在任</Tag>;
}

export function memberColumns({ today, onEdit, onLeave, onDelete }: Options): TableColumnsType<CommitteeMember> {
  return [
    { title: '姓名', dataIndex: 'name', width: 90 },
    { title: '性别', dataIndex: 'gender', width: 56, render: codeLabel(genders) },
    { title: '职务', dataIndex: 'role', width: 76, render: codeLabel(committeeRoles) },
    { title: '任期', key: 'term', width: 200, render: (_: unknown, m) => `${m.termStart} 至 ${m.termEnd}` },
    { title: '状态', key: 'status', width: 130, render: (_: unknown, m) => status(m, today) },
    { title: '联系电话', dataIndex: 'phone', width: 120, render: dash },
    actionsColumn<CommitteeMember>({
      links: (m) => [{ label: '编辑', onClick: () => onEdit(m), method: 'committeeMember.update' }, m.leftOn === null && { label: '离任', onClick: () => onLeave(m), method: 'committeeMember.update' }],
      confirm: (m) => ({
        title: `确定删除成员“${m.name}”？`,
        description: '删除仅用于纠正误录；成员离任请用“离任”，以保留变动记录。',
      }),
      onDelete,
      deleteMethod: 'committeeMember.delete',
      compact: false,
      width: 140,
    }),
  ];
}
