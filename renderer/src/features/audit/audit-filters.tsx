// Filters of the audit log: object type, operation, actor, record number and a date range (Beijing dates).
import { DatePicker, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { entityLabel, methodLabel } from './audit-labels';
import { useAuditFacets } from './use-audit';

export interface AuditFilter {
  entity?: string;
  method?: string;
  actor?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

export function AuditFilters({ value, onChange }: { value: AuditFilter; onChange: (next: AuditFilter) => void }) {
  const facets = useAuditFacets();
  const set = (patch: AuditFilter) => onChange({ ...value, ...patch });
  const options = (list: readonly string[] | undefined, label: (v: string) => string) =>
    (list ?? []).map((v) => ({ value: v, label: label(v) }));
  return (
    <>
      <Select
        aria-label="对象类型筛选"
        placeholder="全部对象"
        allowClear
        style={{ width: 150 }}
        virtual={false}
        loading={facets.isLoading}
        showSearch={{ optionFilterProp: 'label' }}
        options={options(facets.data?.entities, entityLabel)}
        value={value.entity}
        onChange={(entity?: string) => set({ entity })}
      />
      <Select
        aria-label="操作筛选"
        placeholder="全部操作"
        allowClear
        style={{ width: 220 }}
        virtual={false}
        loading={facets.isLoading}
        showSearch={{ optionFilterProp: 'label' }}
        options={options(facets.data?.methods, methodLabel)}
        value={value.method}
        onChange={(method?: string) => set({ method })}
      />
      <Select
        aria-label="操作人筛选"
        placeholder="全部操作人"
        allowClear
        style={{ width: 130 }}
        virtual={false}
        options={options(facets.data?.actors, (v) => v)}
        value={value.actor}
        onChange={(actor?: string) => set({ actor })}
      />
      <Input
        aria-label="记录编号筛选"
        placeholder="记录编号"
        allowClear
        maxLength={40}
        style={{ width: 110 }}
        value={value.entityId ?? ''}
        onChange={(e) => set({ entityId: e.target.value.trim() || undefined })}
      />
      <DatePicker.RangePicker
        aria-label="日期范围筛选"
        placeholder={['开始日期', '结束日期']}
        allowEmpty={[true, true]}
        value={[value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null]}
        onChange={(range) =>
          set({ from: range?.[0]?.format('YYYY-MM-DD') ?? undefined, to: range?.[1]?.format('YYYY-MM-DD') ?? undefined })
        }
      />
    </>
  );
}
