// 月度录入与三统一: one month's concluded cases against the entry deadline, the month's 三统一, and quarter/year checks.
import { Alert, Card, Checkbox, Col, DatePicker, Flex, Row, Skeleton, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { QueryError } from '../../components/query-error';
import { todayIso } from '../../lib/dates';
import { useHashParam } from '../../shell/use-hash-route';
import { MonthDocuments } from '../documents/month-documents';
import { MonthCasesTable } from './month-cases-table';
import { PeriodCheck } from './month-period-check';
import { deadlineSentence, periodLabel, previousMonth } from './month-periods';
import { ThreeCountsPanel } from './month-three-counts';
import { useCaseMonth } from './use-cases';

const isMonth = (v: string | null): v is string => v !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(v);

export function CaseMonthPage() {
  const today = todayIso();
  const linked = useHashParam('month');
  // Last month by default: its cases are the ones the entry deadline of this month is about.
  const [month, setMonth] = useState(() => (isMonth(linked) ? linked : previousMonth(today)));
  const [lateOnly, setLateOnly] = useState(false);
  const answer = useCaseMonth(month);
  const name = periodLabel(month);
  const data = answer.data?.month === month ? answer.data : undefined;

  let body;
  if (answer.isError && !data) {
    body = <QueryError title={`${name}的案件加载失败`} error={answer.error} onRetry={() => void answer.refetch()} />;
  } else if (!data) {
    body = (
      <Card>
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  } else {
    const rows = lateOnly ? data.rows.filter((r) => r.entry.late) : data.rows;
    body = (
      <>
        <Alert type={data.late > 0 ? 'warning' : 'info'} showIcon style={{ marginBottom: 16 }} title={deadlineSentence(month, data.deadline)} description={data.late > 0 ? `其中${data.late}件逾期录入。` : undefined} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xxl={15}>
            <Card
              title={`${name}结案的案件`}
              extra={
                <Flex gap={12} align="center">
                  <Tag color={data.late > 0 ? 'error' : 'success'} data-testid="late-count">
                    逾期录入 {data.late} 件
                  </Tag>
                  <Checkbox checked={lateOnly} onChange={(e) => setLateOnly(e.target.checked)}>
                    只看逾期
                  </Checkbox>
                </Flex>
              }
            >
              <MonthCasesTable rows={rows} loading={answer.isFetching} monthName={name} />
            </Card>
          </Col>
          <Col xs={24} xxl={9}>
            <Card title={`${name}三统一`}>
              <ThreeCountsPanel counts={data.counts} periodName={name} />
            </Card>
          </Col>
        </Row>
      </>
    );
  }

  return (
    <div>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            月度录入与三统一
          </Typography.Title>
          <Typography.Text type="secondary">结案后须在次月截止日前录入；录入的案件、卷宗和报表统计的案件应当一致（三统一）。</Typography.Text>
        </div>
        <Flex gap={8} wrap align="center">
          <MonthDocuments month={month} />
          <DatePicker
            picker="month"
            aria-label="结案月份"
            allowClear={false}
            value={dayjs(`${month}-01`)}
            format="YYYY年M月"
            disabledDate={(d) => d.format('YYYY-MM') > today.slice(0, 7)}
            onChange={(d) => d && setMonth(d.format('YYYY-MM'))}
          />
        </Flex>
      </Flex>
      {body}
      <div style={{ marginTop: 16 }}>
        <PeriodCheck />
      </div>
    </div>
  );
}
