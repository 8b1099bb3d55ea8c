// The rounds list's filters: level, year, kind and 零报告.
import { investigationKinds } from '@shared/register-codes';
import { Select } from 'antd';
import { codeOptions } from '../../forms/field-inputs';
import { levelShort } from './investigation-columns';
import { yearOptions } from '../../lib/dates';
import type { InvestigationFilters, InvestigationView } from './investigation-view';

interface Props {
  view: InvestigationView;
  onChange: (update: (v: InvestigationView) => InvestigationView) => void;
}

const zeroOptions = [
  { value: 'zero', label: '零报告' },
  { value: 'found', label: '发现纠纷' },
];

export function InvestigationFilterBar({ view, onChange }: Props) {
  const set = (patch: InvestigationFilters) => onChange((v) => ({ ...v, ...patch, page: 1 }));
  const years = yearOptions();
  return (
    <>
      <Select
        aria-label="按层级筛选"
        placeholder="全部层级"
        allowClear
        style={{ width: 110 }}
        value={view.level}
        options={Object.entries(levelShort).map(([value, label]) => ({ value, label }))}
        onChange={(level?: 'street' | 'district') => set({ level })}
      />
      <Select
        aria-label="按年份筛选"
        placeholder="全部年份"
        allowClear
        style={{ width: 110 }}
        value={view.year}
        options={years}
        onChange={(year?: number) => set({ year })}
      />
      <Select
        aria-label="按类型筛选"
        placeholder="全部类型"
        allowClear
        style={{ width: 140 }}
        value={view.kind}
        options={codeOptions(investigationKinds)}
        onChange={(kind?: InvestigationFilters['kind']) => set({ kind })}
      />
      <Select
        aria-label="按排查结果筛选"
        placeholder="全部结果"
        allowClear
        style={{ width: 120 }}
        value={view.zeroReport === undefined ? undefined : view.zeroReport ? 'zero' : 'found'}
        options={zeroOptions}
        onChange={(v?: string) => set({ zeroReport: v === undefined ? undefined : v === 'zero' })}
      />
    </>
  );
}
