// 三统一 for a quarter or a year: pick the period, the core counts it (case.threeCounts), the panel shows the answer.
import { Card, Flex, Segmented, Select, Skeleton } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../components/query-error';
import { todayIso } from '../../lib/dates';
import { periodChoices, periodLabel, type PeriodKind } from './month-periods';
import { ThreeCountsPanel } from './month-three-counts';
import { useThreeCounts } from './use-cases';

export function PeriodCheck() {
  const today = todayIso();
  const [kind, setKind] = useState<PeriodKind>('quarter');
  const [period, setPeriod] = useState(() => periodChoices('quarter', today)[0]!.value);
  const counts = useThreeCounts(period);

  const changeKind = (next: PeriodKind) => {
    setKind(next);
    setPeriod(periodChoices(next, today)[0]!.value);
  };

  let body;
  if (counts.isPending) body = <Skeleton active paragraph={{ rows: 3 }} />;
  else if (counts.isError) body = <QueryError title="三统一核对失败" error={counts.error} onRetry={() => void counts.refetch()} />;
  else body = <ThreeCountsPanel counts={counts.data} periodName={periodLabel(period)} />;

  return (
    <Card
      title="按季度、年度核对三统一"
      extra={
        <Flex gap={8} align="center">
          <Segmented<PeriodKind>
            aria-label="核对期间类型"
            value={kind}
            onChange={changeKind}
            options={[
              { value: 'quarter', label: '季度' },
              { value: 'year', label: '年度' },
            ]}
          />
          <Select
            aria-label="核对期间"
            value={period}
            onChange={setPeriod}
            options={periodChoices(kind, today)}
            style={{ width: 160 }}
            virtual={false}
          />
        </Flex>
      }
    >
      {body}
    </Card>
  );
}
