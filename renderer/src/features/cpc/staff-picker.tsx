// “从工作人员中选择”: a searchable Select over staff.list (name, pinyin initials, ID number); picking fills the member form.
import type { Staff } from '@shared/schemas/staff';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { call } from '../../api/client';
import { useDebouncedCallback } from '../../lib/use-debounced-callback';

interface Props {
  id?: string;
  /** The linked staff id (Form.Item value). */
  value?: number | null;
  /** The linked person's name, shown before the search has loaded. */
  currentName?: string;
  onPick: (person: Staff | null) => void;
}

export function StaffPicker({ id, value, currentName, onPick }: Props) {
  const [q, setQ] = useState('');
  const search = useDebouncedCallback((text: string) => setQ(text.trim()), 250);
  const list = useQuery({
    queryKey: ['staff', 'list', { q, pageSize: 20, sort: 'name' }],
    queryFn: () => call('staff.list', { q, pageSize: 20, sort: 'name' }),
    placeholderData: keepPreviousData,
  });
  const items = list.data?.items ?? [];
  const options = items.map((s) => ({ value: s.id, label: `${s.name}（${s.post}）` }));
  if (value && currentName && !items.some((s) => s.id === value)) options.unshift({ value, label: currentName });
  return (
    <Select<number>
      id={id}
      value={value ?? undefined}
      allowClear
      showSearch={{ filterOption: false, onSearch: search }}
      placeholder="输入姓名、拼音首字母或身份证号查找"
      loading={list.isFetching}
      notFoundContent={list.isError ? '工作人员列表加载失败' : '没有匹配的工作人员'}
      options={options}
      onChange={(picked) => onPick(items.find((s) => s.id === picked) ?? null)}
      onClear={() => onPick(null)}
    />
  );
}
