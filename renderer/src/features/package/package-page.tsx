// 数据上报: a period's preflight (三统一, dossiers, late entries), 导出数据包 with progress, the export history and the office key.
import { CloudUploadOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../components/query-error';
import { todayIso } from '../../lib/dates';
import { useHashParam } from '../../shell/use-hash-route';
import { periodLabel, previousMonth } from '../case/month-periods';
import { isPeriodCode, PeriodPicker } from '../statistics/period-picker';
import { ExportDialog } from './export-dialog';
import { ExportHistory } from './export-history';
import { OfficeKeyCard } from './office-key-card';
import { PreflightPanel } from './preflight-panel';
import { usePreflight } from './use-package';

export function PackagePage() {
  const today = todayIso();
  const linked = useHashParam('period');
  const [period, setPeriod] = useState(() => (isPeriodCode(linked) ? linked : previousMonth(today)));
  const [dialog, setDialog] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const preflight = usePreflight(period);
  const data = preflight.data?.period === period ? preflight.data : undefined;
  const label = periodLabel(period);

  let body;
  if (preflight.isError && !data) {
    body = <QueryError title={`${label}的导出前检查失败`} error={preflight.error} onRetry={() => void preflight.refetch()} />;
  } else if (!data) {
    body = (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  } else {
    body = <PreflightPanel preflight={data} />;
  }

  return (
    <div>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            数据上报
          </Typography.Title>
          <Typography.Text type="secondary">按统计期间导出签名的数据包，报送区司法局；三统一不一致或卷宗不全时不能导出。</Typography.Text>
        </div>
        <Flex gap={8} wrap align="center">
          <PeriodPicker
            value={period}
            today={today}
            onChange={(p) => {
              setPeriod(p);
              setJobId(null);
            }}
          />
          <Button icon={<ReloadOutlined />} loading={preflight.isFetching} onClick={() => void preflight.refetch()}>
            重新检查
          </Button>
          <Button type="primary" icon={<CloudUploadOutlined />} disabled={!data?.ready} onClick={() => setDialog(true)}>
            导出数据包
          </Button>
        </Flex>
      </Flex>
      {body}
      <Flex vertical gap={16} style={{ marginTop: 16 }}>
        <ExportHistory />
        <OfficeKeyCard />
      </Flex>
      <ExportDialog open={dialog} period={period} label={label} jobId={jobId} onJob={setJobId} onClose={() => setDialog(false)} />
    </div>
  );
}
