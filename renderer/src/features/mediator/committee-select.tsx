// A Select over committee.options: the committees a mediator can belong to, searchable by name.
import { Select, type SelectProps } from 'antd';
import { useCommitteeOptions } from './use-mediator';

export function CommitteeSelect(props: Omit<SelectProps<number>, 'options'>) {
  const options = useCommitteeOptions();
  return (
    <Select<number>
      {...props}
      loading={options.isPending}
      status={options.isError ? 'error' : props.status}
      options={(options.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
      placeholder={options.isError ? '调委会列表加载失败' : (props.placeholder ?? '请选择调委会')}
      notFoundContent={options.isPending ? '加载中…' : '暂无调委会，请先在“调委会”中登记'}
      virtual={false}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}
