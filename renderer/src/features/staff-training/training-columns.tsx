// Columns of the training table in the drawer: kind labels, date range, row actions with confirmation.
import { labelOf, trainingKinds } from '@shared/codes';
import type { StaffTraining } from '@shared/schemas/staff-training';
import { Button, Popconfirm, Space, type TableColumnsType } from 'antd';
import { dateRange } from './training-view';

interface Options {
  onEdit: (t: StaffTraining) => void;
  onDelete: (t: StaffTraining) => Promise<void>;
}

const dash = (v: string | number | null) => (v === null || v === '' ? '—' : v);

export function trainingColumns({ onEdit, onDelete }: Options): TableColumnsType<StaffTraining> {
  return [
    { title: '培训名称', dataIndex: 'title' },
    { title: '培训类型', dataIndex: 'kind', render: (v: string) => labelOf(trainingKinds, v), width: 90 },
    { title: '起止日期', key: 'dates', render: (_: unknown, t: StaffTraining) => dateRange(t), width: 200 },
    { title: '学时', dataIndex: 'hours', render: dash, width: 60, align: 'right' },
    { title: '主办单位', dataIndex: 'organizer', render: dash, width: 150 },
    {
      title: '操作',
      key: 'actions',
      width: 110,
      render: (_: unknown, t: StaffTraining) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => onEdit(t)}>
            编辑
          </Button>
          <Popconfirm
            title={`确定删除培训记录“${t.title}”？`}
            okText="删除"
            cancelText="取消"
            okButtonProps={{ danger: true }}
            placement="topRight"
            onConfirm={() => onDelete(t)}
          >
            <Button type="link" size="small" danger>
              删除
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];
}
