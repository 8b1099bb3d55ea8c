// A Select of investigation periods for one level: this year's and last year's, up to the current one, newest first.
import { isPeriodFor, periodLabel, periodsOfYear, type InvestigationLevel } from '@shared/investigation-period';
import { Select, type SelectProps } from 'antd';

/** The periods offered for `level`, plus `current` when it is an older period of that level. */
export function periodOptions(level: InvestigationLevel, today: string, current?: unknown) {
  const year = Number(today.slice(0, 4));
  const periods = [...periodsOfYear(level, year - 1), ...periodsOfYear(level, year, today)].reverse();
  if (typeof current === 'string' && isPeriodFor(level, current) && !periods.includes(current)) periods.push(current);
  return periods.map((value) => ({ value, label: periodLabel(value) }));
}

export function PeriodSelect(props: SelectProps & { level: InvestigationLevel; today: string }) {
  const { level, today, ...rest } = props;
  return (
    <Select
      {...rest}
      options={periodOptions(level, today, rest.value)}
      placeholder="请选择排查期间"
      virtual={false}
      showSearch={{ optionFilterProp: 'label' }}
    />
  );
}
