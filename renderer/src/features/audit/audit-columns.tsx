// Columns of the audit log table: number, Beijing time, actor, operation, object and record number, and a 详情 link.
import type { AuditRow } from '@shared/schemas/audit';
import { Button, type TableColumnsType } from 'antd';
import { sortOrderOf, type ListView } from '../../lib/list-view';
import { beijingTime, entityIdLabel, entityLabel, methodLabel } from './audit-labels';

export function auditColumns(view: ListView<'id'>, onView: (row: AuditRow) => void): TableColumnsType<AuditRow> {
  return [
    { title: '序号', key: 'id', dataIndex: 'id', width: 90, sorter: true, sortOrder: sortOrderOf(view, 'id') },
    { title: '时间（北京时间）', key: 'at', width: 180, render: (_, r) => beijingTime(r.at) },
    { title: '操作人', dataIndex: 'actor', key: 'actor', width: 110 },
    { title: '操作', key: 'method', render: (_, r) => methodLabel(r.method) },
    { title: '对象', key: 'entity', render: (_, r) => entityLabel(r.entity) },
    { title: '记录编号', key: 'entityId', width: 150, render: (_, r) => entityIdLabel(r.entity, r.entityId) },
    {
      title: '查看',
      key: 'actions',
      width: 80,
      render: (_, r) => (
        <Button type="link" size="small" onClick={() => onView(r)} aria-label={`查看第 ${r.id} 号审计记录详情`}>
          详情
        </Button>
      ),
    },
  ];
}
