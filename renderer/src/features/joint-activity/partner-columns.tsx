// Columns of the partner-unit table: kind labels, sortable name and agreement date, activity count, row actions.
import { partnerKinds } from '@shared/register-codes';
import type { PartnerUnit } from '@shared/schemas/partner-unit';
import type { TableColumnsType } from 'antd';
import { actionsColumn, codeLabel, dash, sortableBy } from '../../components/table-columns';
import type { ListView } from '../../lib/list-view';
import type { PartnerSortField } from './joint-view';

interface Options {
  sort: Pick<ListView<PartnerSortField>, 'sort' | 'order'>;
  onView: (p: PartnerUnit) => void;
  onEdit: (p: PartnerUnit) => void;
  onDelete: (p: PartnerUnit) => Promise<void>;
}

export function partnerColumns({ sort, onView, onEdit, onDelete }: Options): TableColumnsType<PartnerUnit> {
  const sortable = sortableBy(sort);
  return [
    { title: '单位名称', dataIndex: 'name', ...sortable('name'), fixed: 'left' },
    { title: '单位类型', dataIndex: 'kind', render: codeLabel(partnerKinds) },
    { title: '联系人', dataIndex: 'contact', render: dash },
    { title: '联系电话', dataIndex: 'phone', render: dash },
    { title: '共建协议签订日期', dataIndex: 'agreementOn', ...sortable('agreementOn'), render: dash },
    { title: '共建活动（次）', dataIndex: 'activityCount', align: 'right' },
    actionsColumn<PartnerUnit>({
      links: (p) => [
        { label: '查看', onClick: () => onView(p) },
        { label: '编辑', onClick: () => onEdit(p), method: 'partnerUnit.update' },
      ],
      confirm: (p) => ({
        title: `确定删除“${p.name}”？`,
        description: p.activityCount > 0 ? `该单位已有${p.activityCount}条共建活动，需先删除这些活动。` : '删除后该单位将从台账中移除。',
      }),
      onDelete,
      deleteMethod: 'partnerUnit.delete',
    }),
  ];
}
