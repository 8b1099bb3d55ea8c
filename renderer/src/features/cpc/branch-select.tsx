// A Select over the office's Party branches (cpcBranch.list), for forms and list filters.
import { Select, type SelectProps } from 'antd';
import { useCpcBranches } from './use-cpc';

export function BranchSelect(props: SelectProps<number>) {
  const branches = useCpcBranches();
  return (
    <Select<number>
      {...props}
      loading={branches.isPending}
      placeholder={props.placeholder ?? '请选择党支部'}
      notFoundContent={branches.isError ? '党支部列表加载失败' : '暂无党支部，请先在“党支部”页面新增'}
      options={(branches.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}
