// The meeting form's 缺席人员 list: one row (name, reason) per absentee, rows added and removed by the user.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { CpcAbsentee } from '@shared/schemas/cpc-meeting';
import { Button, Flex, Input, Typography } from 'antd';

interface Props {
  id?: string;
  value?: CpcAbsentee[];
  onChange?: (value: CpcAbsentee[]) => void;
  /** 应到 − 实到, when both are known. */
  expectedAbsent: number | null;
}

export function AbsenteesInput({ id, value = [], onChange, expectedAbsent }: Props) {
  const set = (next: CpcAbsentee[]) => onChange?.(next);
  const edit = (i: number, patch: Partial<CpcAbsentee>) => set(value.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  return (
    <Flex vertical gap={8} id={id} role="group" aria-label="缺席人员及原因">
      {value.map((a, i) => (
        <Flex key={i} gap={8} align="center">
          <Typography.Text type="secondary" style={{ width: 24 }}>
            {i + 1}.
          </Typography.Text>
          <Input
            aria-label={`第${i + 1}位缺席人员姓名`}
            placeholder="姓名"
            maxLength={30}
            style={{ width: 160 }}
            value={a.name}
            onChange={(e) => edit(i, { name: e.target.value })}
          />
          <Input
            aria-label={`第${i + 1}位缺席原因`}
            placeholder="缺席原因（如：公出、病假）"
            maxLength={100}
            value={a.reason}
            onChange={(e) => edit(i, { reason: e.target.value })}
          />
          <Button
            aria-label={`删除第${i + 1}位缺席人员`}
            icon={<DeleteOutlined />}
            onClick={() => set(value.filter((_, j) => j !== i))}
          />
        </Flex>
      ))}
      <Flex gap={12} align="center">
        <Button icon={<PlusOutlined />} onClick={() => set([...value, { name: '', reason: '' }])}>
          添加缺席人员
        </Button>
        {expectedAbsent !== null && expectedAbsent >= 0 && (
          <Typography.Text type="secondary">
            按应到、实到人数，应登记缺席 {expectedAbsent} 人，已登记 {value.length} 人
          </Typography.Text>
        )}
      </Flex>
    </Flex>
  );
}
