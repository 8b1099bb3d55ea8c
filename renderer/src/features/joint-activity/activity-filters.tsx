// The activity list's filters: activity kind, year and partner unit (only partners of the page's kind).
import type { CodeItem } from '@shared/codes';
import type { JointActivityListInput } from '@shared/schemas/joint-activity';
import type { PartnerUnitOption } from '@shared/schemas/partner-unit';
import { Select } from 'antd';
import { codeOptions } from '../../forms/field-inputs';
import { yearOptions } from '../../lib/dates';

export interface ActivityFilter {
  kind?: JointActivityListInput['kind'];
  year?: number;
  partnerUnitId?: number;
}

interface Props {
  value: ActivityFilter;
  onChange: (next: ActivityFilter) => void;
  partners: readonly PartnerUnitOption[];
  /** Kinds offered (庭审观摩 only with courts). */
  kinds: readonly CodeItem[];
}

export function ActivityFilters({ value, onChange, partners, kinds }: Props) {
  const set = (patch: ActivityFilter) => onChange({ ...value, ...patch });
  return (
    <>
      <Select
        aria-label="共建单位筛选"
        placeholder="全部单位"
        allowClear
        style={{ width: 170 }}
        virtual={false}
        showSearch={{ optionFilterProp: 'label' }}
        options={partners.map((p) => ({ value: p.id, label: p.name }))}
        value={value.partnerUnitId}
        onChange={(partnerUnitId?: number) => set({ partnerUnitId })}
      />
      <Select
        aria-label="活动类型筛选"
        placeholder="全部类型"
        allowClear
        style={{ width: 130 }}
        virtual={false}
        options={codeOptions(kinds)}
        value={value.kind}
        onChange={(kind?: ActivityFilter['kind']) => set({ kind })}
      />
      <Select
        aria-label="年度筛选"
        placeholder="全部年度"
        allowClear
        style={{ width: 110 }}
        options={yearOptions()}
        value={value.year}
        onChange={(year?: number) => set({ year })}
      />
    </>
  );
}
