// The 统计期间 picker of the report, upload and district pages: 月/季/年 and a date picker of that kind, over period codes.
import { DatePicker, Flex, Segmented } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { periodLabel } from '../case/month-periods';

export type PeriodKind = 'month' | 'quarter' | 'year';

const kindLabels: { value: PeriodKind; label: string }[] = [
  { value: 'month', label: '月' },
  { value: 'quarter', label: '季' },
  { value: 'year', label: '年' },
];

export const isPeriodCode = (v: string | null): v is string => v !== null && /^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/.test(v);

export const kindOf = (period: string): PeriodKind => (period.length === 4 ? 'year' : period.includes('Q') ? 'quarter' : 'month');

/** The first day of the period, for the picker. */
function dayOf(period: string): Dayjs {
  const year = period.slice(0, 4);
  const kind = kindOf(period);
  if (kind === 'year') return dayjs(`${year}-01-01`);
  if (kind === 'quarter') return dayjs(`${year}-${String((Number(period.slice(6)) - 1) * 3 + 1).padStart(2, '0')}-01`);
  return dayjs(`${period}-01`);
}

export function codeOf(day: Dayjs, kind: PeriodKind): string {
  if (kind === 'year') return String(day.year());
  if (kind === 'quarter') return `${day.year()}-Q${Math.floor(day.month() / 3) + 1}`;
  return day.format('YYYY-MM');
}

interface Props {
  value: string;
  onChange: (period: string) => void;
  /** The last day that may be picked (YYYY-MM-DD): periods starting after it are disabled. */
  today: string;
}

/** Switching 月/季/年 keeps the period that holds the current one's first day. */
export function PeriodPicker({ value, onChange, today }: Props) {
  const kind = kindOf(value);
  const day = dayOf(value);
  return (
    <Flex gap={8} align="center" wrap>
      <Segmented<PeriodKind> aria-label="统计期间类型" options={kindLabels} value={kind} onChange={(k) => onChange(codeOf(day, k))} />
      <DatePicker
        picker={kind}
        aria-label="统计期间"
        allowClear={false}
        value={day}
        format={(d) => periodLabel(codeOf(d, kind))}
        disabledDate={(d) => d.format('YYYY-MM-DD') > today}
        onChange={(d: Dayjs | null) => d && onChange(codeOf(d, kind))}
        style={{ width: 170 }}
      />
    </Flex>
  );
}
