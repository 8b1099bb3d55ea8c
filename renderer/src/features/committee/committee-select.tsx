// A Select over committee.options for the enterprise form: the committee an enterprise has, searchable by name.
import { Select, type SelectProps } from 'antd';
import { useCommitteeOptions } from './use-committee';

export function CommitteeSelect(props: Omit<SelectProps<number | null>, 'options'>) {
  const options = useCommitteeOptions();
  return (
    <Select<number | null>
      {...props}
      allowClear
      loading={options.isPending}
      status={options.isError ? 'error' : props.status}
      options={(options.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
      placeholder={options.isError ? '调委会列表加载失败' : '尚无调委会可不选'}
      notFoundContent={options.isPending ? '加载中…' : '暂无调委会，请先在“调委会”中登记'}
      virtual={false}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}
