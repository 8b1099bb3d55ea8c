// The case list's filters: 调委会, 状态, 纠纷类型, 来源, 年份, 卷宗状态, 逾期录入.
import { caseSources, caseStates } from '@shared/case-codes';
import { Select } from 'antd';
import { codeOptions } from '../../forms/field-inputs';
import { yearOptions } from '../../lib/dates';
import { useCommitteeOptions } from '../committee/use-committee';
import { categoryOptions, categorySelectedProp, dossierStatusLabels, type DossierStatus } from './case-labels';
import type { CaseFilters, CaseView } from './case-list-view';
import { useDisputeCategories } from './use-cases';

interface Props {
  view: CaseView;
  onChange: (update: (v: CaseView) => CaseView) => void;
}

const dossierOptions = (Object.keys(dossierStatusLabels) as DossierStatus[]).map((value) => ({
  value,
  label: dossierStatusLabels[value],
}));

const entryOptions = [
  { value: 'late', label: '逾期录入' },
  { value: 'onTime', label: '按期录入' },
];

export function CaseFilterBar({ view, onChange }: Props) {
  const set = (patch: CaseFilters) => onChange((v) => ({ ...v, ...patch, page: 1 }));
  const committees = useCommitteeOptions();
  const categories = useDisputeCategories();
  const common = { allowClear: true, virtual: false, popupMatchSelectWidth: false } as const;
  return (
    <>
      <Select
        {...common}
        aria-label="按调委会筛选"
        placeholder="全部调委会"
        style={{ width: 160 }}
        loading={committees.isPending}
        value={view.committeeId}
        options={(committees.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
        showSearch={{ optionFilterProp: 'label' }}
        onChange={(committeeId?: number) => set({ committeeId })}
      />
      <Select
        {...common}
        aria-label="按状态筛选"
        placeholder="全部状态"
        style={{ width: 120 }}
        value={view.state}
        options={codeOptions(caseStates)}
        onChange={(state?: CaseFilters['state']) => set({ state })}
      />
      <Select
        {...common}
        aria-label="按纠纷类型筛选"
        placeholder="全部纠纷类型"
        style={{ width: 150 }}
        loading={categories.isPending}
        value={view.category}
        optionLabelProp={categorySelectedProp}
          options={categoryOptions(categories.data?.items ?? [], view.category)}
        showSearch={{ optionFilterProp: 'label' }}
        onChange={(category?: string) => set({ category })}
      />
      <Select
        {...common}
        aria-label="按来源筛选"
        placeholder="全部来源"
        style={{ width: 140 }}
        value={view.source}
        options={codeOptions(caseSources)}
        onChange={(source?: CaseFilters['source']) => set({ source })}
      />
      <Select
        {...common}
        aria-label="按收案年份筛选"
        placeholder="全部年份"
        style={{ width: 110 }}
        value={view.year}
        options={yearOptions()}
        onChange={(year?: number) => set({ year })}
      />
      <Select
        {...common}
        aria-label="按卷宗状态筛选"
        placeholder="全部卷宗"
        style={{ width: 120 }}
        value={view.dossierStatus}
        options={dossierOptions}
        onChange={(dossierStatus?: DossierStatus) => set({ dossierStatus })}
      />
      <Select
        {...common}
        aria-label="按录入是否逾期筛选"
        placeholder="录入情况"
        style={{ width: 120 }}
        value={view.entryLate === undefined ? undefined : view.entryLate ? 'late' : 'onTime'}
        options={entryOptions}
        onChange={(v?: string) => set({ entryLate: v === undefined ? undefined : v === 'late' })}
      />
    </>
  );
}
