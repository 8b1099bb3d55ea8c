// 统计报表: the period's figures, charts and rule checks, its Excel and report document, and the monthly 预防成效 form.
import { Alert, Card, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../components/query-error';
import { todayIso } from '../../lib/dates';
import { useHashParam } from '../../shell/use-hash-route';
import { previousMonth } from '../case/month-periods';
import { PreventionCard } from './prevention-form';
import { ReportCharts } from './report-charts';
import { ReportChecks } from './report-checks';
import { ReportExport } from './report-export';
import { CaseFigureTables, OtherFigureTables, ShareTables } from './report-figures';
import { isPeriodCode, PeriodPicker } from './period-picker';
import { useReport } from './use-statistics';

export function ReportPage() {
  const today = todayIso();
  const linked = useHashParam('period');
  // Last month by default: the one being reported now.
  const [period, setPeriod] = useState(() => (isPeriodCode(linked) ? linked : previousMonth(today)));
  const [month, setMonth] = useState(() => (isPeriodCode(linked) && linked.length === 7 ? linked : previousMonth(today)));
  const answer = useReport(period);
  const report = answer.data?.period === period ? answer.data : undefined;
  const pickPeriod = (p: string) => {
    setPeriod(p);
    if (p.length === 7) setMonth(p);
  };

  let body;
  if (answer.isError && !report) {
    body = <QueryError title="统计报表加载失败" error={answer.error} onRetry={() => void answer.refetch()} />;
  } else if (!report) {
    body = (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  } else {
    body = (
      <Flex vertical gap={16} aria-busy={answer.isFetching}>
        {report.figures.cases.received + report.figures.cases.mediated === 0 && (
          <Alert type="info" showIcon title={`${report.label}没有受理或调解结案的案件。`} />
        )}
        <CaseFigureTables figures={report.figures} />
        <ReportCharts report={report} extra={<ReportChecks checks={report.checks} asOf={report.end < today ? report.end : today} />} />
        <ShareTables figures={report.figures} />
        <OtherFigureTables figures={report.figures} />
      </Flex>
    );
  }

  return (
    <div>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            统计报表{report ? `：${report.label}` : ''}
          </Typography.Title>
          <Typography.Text type="secondary">
            {report?.office ? `${report.office.name} · ` : ''}按台账记录统计；调解成功率 = 调解成功 ÷ 调解纠纷数。
          </Typography.Text>
        </div>
        <Flex gap={8} wrap align="center">
          <PeriodPicker value={period} onChange={pickPeriod} today={today} />
          <ReportExport period={period} disabled={!report} />
        </Flex>
      </Flex>
      {body}
      <div style={{ marginTop: 16 }}>
        <PreventionCard month={month} onMonth={setMonth} today={today} />
      </div>
    </div>
  );
}
