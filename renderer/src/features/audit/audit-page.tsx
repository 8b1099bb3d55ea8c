// 审计日志 page: every recorded change, newest first, filtered and searchable, with a detail drawer and the chain check.
import { auditSortFields } from '@shared/schemas/audit';
import { Alert } from 'antd';
import { useState } from 'react';
import { RegisterList } from '../../components/register-list';
import { initialListView, toListInput } from '../../lib/list-view';
import { hrefOf, hrefTo, useHashParam } from '../../shell/use-hash-route';
import { auditColumns } from './audit-columns';
import { AuditDetail } from './audit-detail';
import { AuditFilters, type AuditFilter } from './audit-filters';
import { useVerifyPanel } from './audit-verify-panel';
import { useAuditList } from './use-audit';

export const auditPath = 'system/audit';
const defaultSort = { sort: 'id', order: 'desc' } as const;

function idParam(value: string | null): number | null {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n > 0 ? n : null;
}

export function AuditPage() {
  const [view, setView] = useState(() => initialListView<(typeof auditSortFields)[number]>('id', 'desc'));
  const [filter, setFilter] = useState<AuditFilter>({});
  const openId = idParam(useHashParam('open'));
  const list = useAuditList({ ...toListInput(view), ...filter });
  // replace, not push: opening and closing the drawer should not fill the back history.
  const show = (id: number | null) => window.location.replace(id === null ? hrefOf(auditPath) : hrefTo(auditPath, id));
  const verify = useVerifyPanel(show);
  const filtered = Object.values(filter).some((v) => v !== undefined);

  return (
    <>
      {verify.result ?? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="审计日志由程序在每次修改数据时自动写入，不能修改或删除；每条记录都含上一条的校验值，任何改动都会被“校验审计日志”发现。"
        />
      )}
      <RegisterList
        title="审计日志"
        noun="审计记录"
        unit="条"
        searchPlaceholder="操作人、记录编号或记录内容"
        view={view}
        onViewChange={setView}
        sortFields={auditSortFields}
        defaultSort={defaultSort}
        list={list}
        columns={auditColumns(view, (r) => show(r.id))}
        emptyText={filtered ? '没有符合筛选条件的审计记录' : '暂无审计记录：新增、修改或删除任何登记后，这里会记下谁在何时改了什么'}
        filters={
          <AuditFilters
            value={filter}
            onChange={(next) => {
              setFilter(next);
              setView((v) => ({ ...v, page: 1 }));
            }}
          />
        }
        actions={verify.button}
      >
        <AuditDetail id={openId} onClose={() => show(null)} />
      </RegisterList>
    </>
  );
}
