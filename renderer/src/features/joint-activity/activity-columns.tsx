// Columns of the joint-activity table: date (sortable), partner, kind label, place, summary, cases, row actions.
import { labelOf } from '@shared/codes';
import { jointActivityKinds } from '@shared/register-codes';
import type { JointActivity } from '@shared/schemas/joint-activity';
import type { TableColumnsType } from 'antd';
import { actionsColumn, codeLabel, dash, EllipsisText, sortableBy } from '../../components/table-columns';
import type { ListView } from '../../lib/list-view';
import type { ActivitySortField } from './joint-view';

interface Options {
  sort: Pick<ListView<ActivitySortField>, 'sort' | 'order'>;
  onView: (a: JointActivity) => void;
  onEdit: (a: JointActivity) => void;
  onDelete: (a: JointActivity) => Promise<void>;
}

export function activityTitle(a: Pick<JointActivity, 'heldOn' | 'kind'>): string {
  return `${a.heldOn} ${labelOf(jointActivityKinds, a.kind)}`;
}

export function activityColumns({ sort, onView, onEdit, onDelete }: Options): TableColumnsType<JointActivity> {
  return [
    { title: '活动日期', dataIndex: 'heldOn', ...sortableBy(sort)('heldOn'), fixed: 'left' },
    { title: '共建单位', dataIndex: 'partnerName' },
    { title: '活动类型', dataIndex: 'kind', render: codeLabel(jointActivityKinds) },
    { title: '地点', dataIndex: 'place' },
    { title: '内容摘要', dataIndex: 'summary', render: (v: string) => <EllipsisText text={v} /> },
    { title: '涉及案件数', dataIndex: 'casesCount', align: 'right', render: dash },
    actionsColumn<JointActivity>({
      links: (a) => [
        { label: '查看', onClick: () => onView(a) },
        { label: '编辑', onClick: () => onEdit(a), method: 'jointActivity.update' },
      ],
      confirm: (a) => ({ title: `确定删除“${activityTitle(a)}”？`, description: '删除后该活动记录将从台账中移除。' }),
      onDelete,
      deleteMethod: 'jointActivity.delete',
    }),
  ];
}
