// The mediator list's filters: committee, 专兼职, 专家库, and 在任/已离任/待培训.
import { mediatorEmployments } from '@shared/register-codes';
import { Select } from 'antd';
import { CommitteeSelect } from './committee-select';
import type { MediatorFilters, StatusFilter } from './mediator-view';

interface Props {
  value: MediatorFilters;
  onChange: (next: MediatorFilters) => void;
}

const statusOptions: { value: StatusFilter; label: string }[] = [
  { value: 'active', label: '在任' },
  { value: 'left', label: '已离任' },
  { value: 'trainingDue', label: '近一年未培训' },
];

export function MediatorFilterBar({ value, onChange }: Props) {
  return (
    <>
      <CommitteeSelect
        aria-label="按调委会筛选"
        allowClear
        placeholder="全部调委会"
        style={{ width: 220 }}
        value={value.committeeId}
        onChange={(committeeId) => onChange({ ...value, committeeId })}
      />
      <Select
        aria-label="按专兼职筛选"
        allowClear
        placeholder="专职/兼职"
        style={{ width: 110 }}
        value={value.employment}
        options={mediatorEmployments.map(({ code, label }) => ({ value: code, label }))}
        onChange={(employment) => onChange({ ...value, employment })}
      />
      <Select<'yes' | 'no'>
        aria-label="按专家库筛选"
        allowClear
        placeholder="专家库"
        style={{ width: 120 }}
        value={value.inExpertPool === undefined ? undefined : value.inExpertPool ? 'yes' : 'no'}
        options={[
          { value: 'yes', label: '专家库成员' },
          { value: 'no', label: '非专家库' },
        ]}
        onChange={(v) => onChange({ ...value, inExpertPool: v === undefined ? undefined : v === 'yes' })}
      />
      <Select<StatusFilter>
        aria-label="按状态筛选"
        allowClear
        placeholder="全部状态"
        style={{ width: 130 }}
        value={value.status}
        options={statusOptions}
        onChange={(status) => onChange({ ...value, status })}
      />
    </>
  );
}
