// A term's end date that follows its start (start + N years − 1 day) until the user types an end of their own.
import { addYears } from '@shared/schemas/committee-member';
import type { FormInstance } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useRef } from 'react';

/** The last day of a term of `years` from `start`: the same day `years` later, less one day (inside the schema's limit). */
export function termEndFor(start: string, years: number): string {
  return dayjs(addYears(start, years)).subtract(1, 'day').format('YYYY-MM-DD');
}

interface Options {
  /** The form's values when it opened: an end equal to termEndFor(start) counts as filled in automatically. */
  initial: Record<string, unknown>;
  years: number;
  start?: string;
  end?: string;
}

const asDate = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/**
 * Returns a handler for the Form's onValuesChange: when the start changes and the end is empty or still the one set
 * here, the end becomes start + `years` − 1 day (or empty with the start). An end the user typed is left alone.
 */
export function useAutoTermEnd(form: FormInstance, { initial, years, start = 'termStart', end = 'termEnd' }: Options) {
  const initialStart = asDate(initial[start]);
  const initialEnd = asDate(initial[end]);
  const auto = useRef<string | null>(initialStart && initialEnd === termEndFor(initialStart, years) ? initialEnd : null);

  return useCallback(
    (changed: Record<string, unknown>, all: Record<string, unknown>) => {
      if (!(start in changed)) return;
      const current = asDate(all[end]);
      if (current !== null && current !== auto.current) return;
      const from = asDate(changed[start]);
      const next = from ? termEndFor(from, years) : null;
      auto.current = next;
      // setFieldValue fires no onValuesChange; the end's `dependencies` on the start re-validate it.
      if (next !== current) form.setFieldValue(end, next);
    },
    [form, start, end, years],
  );
}
