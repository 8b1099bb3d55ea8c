// Columns of the mediator table: committee, 专兼职, 专家库, 职称, latest training, row actions.
import type { MediatorListItem } from '@shared/schemas/mediator';
import type { TableColumnsType } from 'antd';
import { actionsColumn, dash, sortableBy } from '../../components/table-columns';
import type { ListView } from '../../lib/list-view';
import { EmploymentTag, ExpertTag, LastTrainingCell, NameCell } from './mediator-tags';
import type { MediatorSortField } from './mediator-view';

interface Options {
  sort: Pick<ListView<MediatorSortField>, 'sort' | 'order'>;
  onOpen: (m: MediatorListItem) => void;
  onEdit: (m: MediatorListItem) => void;
  onDelete: (m: MediatorListItem) => Promise<void>;
}


export function mediatorColumns({ sort, onOpen, onEdit, onDelete }: Options): TableColumnsType<MediatorListItem> {
  const sortable = sortableBy(sort);
  return [
    { title: '姓名', dataIndex: 'name', ...sortable('name'), fixed: 'left', render: (_: string, m) => <NameCell m={m} onOpen={() => onOpen(m)} /> },
    { title: '所属调委会', dataIndex: 'committeeName' },
    { title: '专兼职', dataIndex: 'employment', render: (_: string, m) => <EmploymentTag employment={m.employment} /> },
    { title: '专家库', dataIndex: 'inExpertPool', render: (_: boolean, m) => <ExpertTag {...m} /> },
    { title: '职称', dataIndex: 'title', render: dash },
    { title: '任职日期', dataIndex: 'startedOn', ...sortable('startedOn'), render: dash },
    { title: '最近培训', dataIndex: 'lastTrainingOn', ...sortable('lastTrainingOn'), render: (_: string | null, m) => <LastTrainingCell m={m} /> },
    { title: '联系电话', dataIndex: 'phone', render: dash },
    actionsColumn<MediatorListItem>({
      links: (m) => [
        { label: '详情', onClick: () => onOpen(m) },
        { label: '编辑', onClick: () => onEdit(m), method: 'mediator.update' },
      ],
      confirm: (m) => ({
        title: `确定删除调解员“${m.name}”？`,
        description: '其培训记录和奖惩记录将一并删除；已离任的调解员可填写离任日期而不必删除。',
      }),
      onDelete,
      deleteMethod: 'mediator.delete',
    }),
  ];
}
