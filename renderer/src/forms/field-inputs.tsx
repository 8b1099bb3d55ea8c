// Inputs shared by the forms: code lists as searchable Selects, and DatePickers over 'YYYY-MM-DD' strings.
import type { CodeItem } from '@shared/codes';
import { DatePicker, Select, type DatePickerProps, type GetRef, type SelectProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useState, type Ref } from 'react';

type PickerHandle = GetRef<typeof DatePicker>;

export function codeOptions(list: readonly CodeItem[]) {
  return list.map(({ code, label }) => ({ value: code, label }));
}

/** Props that let a DatePicker edit a 'YYYY-MM-DD' string kept in the form store. */
export const isoDateItemProps = {
  getValueProps: (value: unknown) => ({ value: typeof value === 'string' && value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null),
};

function setRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}

/**
 * The picker's clear × is a <button> the picker renders only while there is a date, with no way to pass it tabIndex.
 * Taking it out of the tab order keeps Tab going from the typed date to the next field, and Enter from erasing the
 * date there; the mouse and deleting the text still clear it. `ref` is Form.Item's (focusField, scrollToField).
 */
function useClearButtonOutOfTabOrder(ref: Ref<PickerHandle> | undefined) {
  return useCallback(
    (picker: PickerHandle | null) => {
      setRef(ref, picker);
      const root = picker?.nativeElement;
      if (!root) return;
      const skip = () => root.querySelectorAll('button').forEach((button) => (button.tabIndex = -1));
      skip();
      const watch = new MutationObserver(skip);
      watch.observe(root, { childList: true, subtree: true });
      return () => {
        watch.disconnect();
        setRef(ref, null);
      };
    },
    [ref],
  );
}

/**
 * Form.Item injects value/onChange/id/ref; they pass straight through. Enter while the calendar is open only
 * takes the typed date: without preventDefault the browser would also submit the form.
 */
export function IsoDatePicker({ ref, onOpenChange, onKeyDown, ...props }: DatePickerProps) {
  const [open, setOpen] = useState(false);
  const pickerRef = useClearButtonOutOfTabOrder(ref);
  return (
    <DatePicker
      {...props}
      ref={pickerRef}
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
