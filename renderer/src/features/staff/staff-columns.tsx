// Columns of the staff table: Chinese labels for codes, server-side sortable columns, row actions.
import { educations, ethnicities, genders, labelOf, politicalStatuses, staffingTypes } from '@shared/codes';
import type { Staff } from '@shared/schemas/staff';
import { Button, Popconfirm, Space, type TableColumnsType } from 'antd';
import { sortOrderOf, type ListView } from '../../lib/list-view';
import type { SortField } from './staff-view';

interface Options {
  sort: Pick<ListView<SortField>, 'sort' | 'order'>;
  onEdit: (s: Staff) => void;
  onTraining: (s: Staff) => void;
  onDelete: (s: Staff) => Promise<void>;
}

const dash = (v: string | null) => v || '—';

/** Long posts (社区矫正工作人员) wrap after four characters, so the table fits a 1280px window. */
const wrapPost = (v: string) => <span style={{ display: 'inline-block', maxWidth: '4.5em' }}>{v}</span>;

/** Compact link buttons: three actions in a narrow fixed column. */
const actionStyle = { paddingInline: 0 };

export function staffColumns({ sort, onEdit, onTraining, onDelete }: Options): TableColumnsType<Staff> {
  const sortable = (key: SortField) => ({ key, sorter: true, sortOrder: sortOrderOf(sort, key) });
  return [
    { title: '姓名', dataIndex: 'name', ...sortable('name'), fixed: 'left' },
    { title: '性别', dataIndex: 'gender', render: (v: string) => labelOf(genders, v) },
    { title: '出生日期', dataIndex: 'birthDate', ...sortable('birthDate') },
    { title: '民族', dataIndex: 'ethnicity', render: (v: string) => labelOf(ethnicities, v) },
    { title: '政治面貌', dataIndex: 'politicalStatus', render: (v: string) => labelOf(politicalStatuses, v) },
    { title: '学历', dataIndex: 'education', render: (v: string) => labelOf(educations, v) },
    { title: '职务', dataIndex: 'post', ...sortable('post'), render: wrapPost },
    { title: '编制类型', dataIndex: 'staffingType', render: (v: string) => labelOf(staffingTypes, v) },
    { title: '到所工作时间', dataIndex: 'startDate', ...sortable('startDate'), render: dash },
    { title: '联系电话', dataIndex: 'phone', render: dash },
    {
      title: '操作',
      key: 'actions',
      fixed: 'right',
      render: (_: unknown, s: Staff) => (
        <Space size={10}>
          <Button type="link" size="small" style={actionStyle} onClick={() => onEdit(s)}>
            编辑
          </Button>
          <Button type="link" size="small" style={actionStyle} onClick={() => onTraining(s)}>
            培训
          </Button>
          <Popconfirm
            title={`确定删除“${s.name}”？`}
            description="删除后该工作人员将从台账中移除。"
            okText="删除"
            cancelText="取消"
            okButtonProps={{ danger: true }}
            placement="topRight"
            onConfirm={() => onDelete(s)}
          >
            <Button type="link" size="small" style={actionStyle} danger>
              删除
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];
}
