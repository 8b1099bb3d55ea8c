// Inputs shared by the forms: code lists as searchable Selects, and DatePickers over 'YYYY-MM-DD' strings.
import type { CodeItem } from '@shared/codes';
import { DatePicker, Select, type DatePickerProps, type SelectProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';

export function codeOptions(list: readonly CodeItem[]) {
  return list.map(({ code, label }) => ({ value: code, label }));
}

/** Props that let a DatePicker edit a 'YYYY-MM-DD' string kept in the form store. */
export const isoDateItemProps = {
  getValueProps: (value: unknown) => ({ value: typeof value === 'string' && value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null),
};

/**
 * Form.Item injects value/onChange/id; they pass straight through. Enter while the calendar is open only
 * takes the typed date: without preventDefault the browser would also submit the form.
 */
export function IsoDatePicker({ onOpenChange, onKeyDown, ...props }: DatePickerProps) {
  const [open, setOpen] = useState(false);
  return (
    <DatePicker
      {...props}
      style={{ width: '100%' }}
      format="YYYY-MM-DD"
      onOpenChange={(next) => {
        setOpen(next);
        onOpenChange?.(next);
      }}
      onKeyDown={(event, preventDefault) => {
        if (event.key === 'Enter' && open) event.preventDefault();
        onKeyDown?.(event, preventDefault);
      }}
    />
  );
}

/**
 * A code list as a Select; typing filters by the Chinese label (e.g. 群 → 群众). The lists are short,
 * so every option stays in the DOM (no virtual scrolling).
 */
export function CodeSelect(props: SelectProps & { list: readonly CodeItem[] }) {
  const { list, ...rest } = props;
  return (
    <Select
      {...rest}
      options={codeOptions(list)}
      placeholder="请选择"
      virtual={false}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}
