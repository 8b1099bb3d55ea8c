// A Select that finds a mediator by name, pinyin initials or ID number through mediator.list.
import { Select, type SelectProps } from 'antd';
import { useState } from 'react';
import { useDebouncedCallback } from '../../lib/use-debounced-callback';
import { useMediatorList } from './use-mediator';

export function MediatorSelect(props: Omit<SelectProps<number>, 'options' | 'showSearch'>) {
  const [q, setQ] = useState('');
  const search = useDebouncedCallback((text: string) => setQ(text.trim()), 250);
  const list = useMediatorList({ q, pageSize: 20, sort: 'name', order: 'asc' });
  const options = (list.data?.items ?? []).map((m) => ({
    value: m.id,
    label: `${m.name}（${m.committeeName}${m.leftOn ? '，已离任' : ''}）`,
  }));
  return (
    <Select<number>
      {...props}
      options={options}
      loading={list.isFetching}
      showSearch={{ onSearch: search, filterOption: false }}
      placeholder="输入姓名、拼音首字母或身份证号查找"
      notFoundContent={list.isPending ? '加载中…' : list.isError ? '调解员列表加载失败' : '没有找到调解员'}
      virtual={false}
    />
  );
}
