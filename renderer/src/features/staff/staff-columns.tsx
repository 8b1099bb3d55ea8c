// Columns of the staff table: Chinese labels for codes, server-side sortable columns, row actions.
import { educations, ethnicities, genders, politicalStatuses, staffingTypes } from '@shared/codes';
import type { Staff } from '@shared/schemas/staff';
import type { TableColumnsType } from 'antd';
import { actionsColumn, codeLabel, dash, sortableBy } from '../../components/table-columns';
import type { ListView } from '../../lib/list-view';
import type { SortField } from './staff-view';

interface Options {
  sort: Pick<ListView<SortField>, 'sort' | 'order'>;
  onEdit: (s: Staff) => void;
  onTraining: (s: Staff) => void;
  onDelete: (s: Staff) => Promise<void>;
}

/** Long posts (社区矫正工作人员) wrap after four characters, so the table fits a 1280px window. */
const wrapPost = (v: string) => <span style={{ display: 'inline-block', maxWidth: '4.5em' }}>{v}</span>;

export function staffColumns({ sort, onEdit, onTraining, onDelete }: Options): TableColumnsType<Staff> {
  const sortable = sortableBy(sort);
  return [
    { title: '姓名', dataIndex: 'name', ...sortable('name'), fixed: 'left' },
    { title: '性别', dataIndex: 'gender', render: codeLabel(genders) },
    { title: '出生日期', dataIndex: 'birthDate', ...sortable('birthDate') },
    { title: '民族', dataIndex: 'ethnicity', render: codeLabel(ethnicities) },
    { title: '政治面貌', dataIndex: 'politicalStatus', render: codeLabel(politicalStatuses) },
    { title: '学历', dataIndex: 'education', render: codeLabel(educations) },
    { title: '职务', dataIndex: 'post', ...sortable('post'), render: wrapPost },
    { title: '编制类型', dataIndex: 'staffingType', render: codeLabel(staffingTypes) },
    { title: '到所工作时间', dataIndex: 'startDate', ...sortable('startDate'), render: dash },
    { title: '联系电话', dataIndex: 'phone', render: dash },
    actionsColumn<Staff>({
      links: (s) => [
        { label: '编辑', onClick: () => onEdit(s), method: 'staff.update' },
        { label: '培训', onClick: () => onTraining(s) },
      ],
      confirm: (s) => ({ title: `确定删除“${s.name}”？`, description: '删除后该工作人员将从台账中移除。' }),
      onDelete,
      deleteMethod: 'staff.delete',
    }),
  ];
}
