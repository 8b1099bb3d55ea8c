// The 保管期限 list as tags: add one, remove one, move one left or right (the order the close dialog offers them in).
import { ArrowLeftOutlined, ArrowRightOutlined, CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';

interface Props {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
}

export function RetentionEditor({ id, value = [], onChange }: Props) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const change = (next: string[]) => onChange?.(next);

  const add = () => {
    const label = text.trim();
    if (!label) return setProblem('请填写要添加的保管期限');
    if (value.includes(label)) return setProblem(`“${label}”已在列表中`);
    setProblem(null);
    setText('');
    change([...value, label]);
  };
  const move = (i: number, by: -1 | 1) => {
    const next = [...value];
    [next[i], next[i + by]] = [next[i + by]!, next[i]!];
    change(next);
  };

  return (
    <Flex vertical gap={8}>
      <Flex wrap gap={8} role="list" aria-label="保管期限列表">
        {value.map((label, i) => (
          <Tag
            key={label}
            role="listitem"
            style={{ paddingBlock: 2, fontSize: 14, marginInlineEnd: 0 }}
          >
            <Space size={2}>
              <Button type="text" size="small" icon={<ArrowLeftOutlined />} aria-label={`${label}前移`} disabled={i === 0} onClick={() => move(i, -1)} />
              {label}
              <Button type="text" size="small" icon={<ArrowRightOutlined />} aria-label={`${label}后移`} disabled={i === value.length - 1} onClick={() => move(i, 1)} />
              <Button type="text" size="small" danger icon={<CloseOutlined />} aria-label={`删除${label}`} onClick={() => change(value.filter((v) => v !== label))} />
            </Space>
          </Tag>
        ))}
        {value.length === 0 && <Typography.Text type="secondary">尚无保管期限，请至少添加一个</Typography.Text>}
      </Flex>
      <Space.Compact style={{ maxWidth: 320 }}>
        <Input
          id={id}
          placeholder="如：30年"
          maxLength={20}
          value={text}
          status={problem ? 'warning' : undefined}
          onChange={(e) => {
            setText(e.target.value);
            setProblem(null);
          }}
          onPressEnter={(e) => {
            e.preventDefault();
            add();
          }}
        />
        <Button icon={<PlusOutlined />} onClick={add}>
          添加
        </Button>
      </Space.Compact>
      {problem && <Typography.Text type="warning">{problem}</Typography.Text>}
    </Flex>
  );
}
