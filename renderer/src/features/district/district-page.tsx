// 数据接收（区司法局）: verify and import packages, the packages held, the registered offices, and the district's statistics.
import { Flex, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { todayIso } from '../../lib/dates';
import { useHashParam } from '../../shell/use-hash-route';
import { previousMonth } from '../case/month-periods';
import { isPeriodCode, PeriodPicker } from '../statistics/period-picker';
import { DistrictReportView } from './district-report';
import { OfficesPanel } from './offices-panel';
import { PackagesTable } from './packages-table';
import { VerifyPanel } from './verify-panel';

function ReportTab() {
  const today = todayIso();
  const linked = useHashParam('period');
  const [period, setPeriod] = useState(() => (isPeriodCode(linked) ? linked : previousMonth(today)));
  return (
    <Flex vertical gap={16}>
      <PeriodPicker value={period} onChange={setPeriod} today={today} />
      <DistrictReportView period={period} />
    </Flex>
  );
}

export function DistrictPage() {
  return (
    <div>
      <div style={{ marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          数据接收（区司法局）
        </Typography.Title>
        <Typography.Text type="secondary">校验并导入各司法所报送的数据包，汇总全区统计。</Typography.Text>
      </div>
      <Tabs
        items={[
          {
            key: 'receive',
            label: '校验与导入',
            children: (
              <Flex vertical gap={16}>
                <VerifyPanel />
                <PackagesTable />
              </Flex>
            ),
          },
          { key: 'report', label: '全区统计', children: <ReportTab /> },
          { key: 'offices', label: '登记的司法所', children: <OfficesPanel /> },
        ]}
      />
    </div>
  );
}
