// The meeting form's 缺席人员 list: one row (name, reason) per absentee, rows added and removed by the user.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { CpcAbsentee } from '@shared/schemas/cpc-meeting';
import { Button, Flex, Input, Typography, type FormInstance } from 'antd';
import { useEffect, useRef, type FocusEvent } from 'react';
import type { IssueFilter } from '../../forms/zod-form';

/**
 * Rows added but not yet left by the cursor: their issues wait until the user moves out of the row or submits, so a
 * new row is not red before anything is typed. Rows of a loaded record count as finished.
 */
export function useAbsenteeRows(form: FormInstance) {
  const fresh = useRef<boolean[]>([]);
  // A row's own issues wait for that row; the count (应到 − 实到) waits while any row is being filled in.
  const defer: IssueFilter = (issue) => {
    const [field, row] = issue.path;
    if (field !== 'absentees') return false;
    return typeof row === 'number' ? fresh.current[row] === true : fresh.current.includes(true);
  };
  return {
    defer,
    added: (row: number) => {
      fresh.current[row] = true;
    },
    removed: (row: number) => {
      fresh.current.splice(row, 1);
    },
    /** The cursor left the row: from now on its issues show, starting now. */
    left: (row: number) => {
      if (!fresh.current[row]) return;
      fresh.current[row] = false;
      void form.validateFields(['absentees']).catch(() => undefined);
    },
    /** On submit every row is checked. */
    finishAll: () => {
      fresh.current = [];
    },
  };
}

export type AbsenteeRows = ReturnType<typeof useAbsenteeRows>;

interface Props {
  id?: string;
  value?: CpcAbsentee[];
  onChange?: (value: CpcAbsentee[]) => void;
  /** 应到 − 实到, when both are known. */
  expectedAbsent: number | null;
  rows: AbsenteeRows;
}

export function AbsenteesInput({ id, value = [], onChange, expectedAbsent, rows }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const focusRow = useRef<number | null>(null);
  useEffect(() => {
    if (focusRow.current === null) return;
    list.current?.querySelector<HTMLInputElement>(`[aria-label="第${focusRow.current + 1}位缺席人员姓名"]`)?.focus();
    focusRow.current = null;
  });
  const set = (next: CpcAbsentee[]) => onChange?.(next);
  const edit = (i: number, patch: Partial<CpcAbsentee>) => set(value.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  const add = () => {
    rows.added(value.length);
    focusRow.current = value.length;
    set([...value, { name: '', reason: '' }]);
  };
  const remove = (i: number) => {
    rows.removed(i);
    set(value.filter((_, j) => j !== i));
  };
  const leaveRow = (i: number) => (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) rows.left(i);
  };
  return (
    <Flex vertical gap={8} id={id} role="group" aria-label="缺席人员及原因" ref={list}>
      {value.map((a, i) => (
        <Flex key={i} gap={8} align="center" onBlur={leaveRow(i)}>
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
          <Button aria-label={`删除第${i + 1}位缺席人员`} icon={<DeleteOutlined />} onClick={() => remove(i)} />
        </Flex>
      ))}
      <Flex gap={12} align="center">
        <Button icon={<PlusOutlined />} onClick={add}>
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
