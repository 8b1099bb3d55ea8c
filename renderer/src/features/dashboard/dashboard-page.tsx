// 工作台: every rule check (工作提醒) as a card, those needing action first; re-checked on focus and on each visit.
import { ReloadOutlined } from '@ant-design/icons';
import { dashboardOrder } from '@shared/rules/order';
import { Alert, Button, Card, Col, Flex, Row, Skeleton, Typography } from 'antd';
import { QueryError } from '../../components/query-error';
import { RuleCard, severityMeta } from './rule-card';
import { useReminderSummary } from './use-reminders';

function Header({ today, pending, onReload, loading }: { today?: string; pending?: string; onReload: () => void; loading: boolean }) {
  return (
    <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
      <div>
        <Typography.Title level={4} style={{ margin: 0 }}>
          工作台
        </Typography.Title>
        <Typography.Text type="secondary">
          {today ? `按 ${today} 的台账数据检查` : '正在检查台账数据…'}
          {pending ? ` · ${pending}` : ''}
        </Typography.Text>
      </div>
      <Button icon={<ReloadOutlined />} onClick={onReload} loading={loading}>
        重新检查
      </Button>
    </Flex>
  );
}

export function DashboardPage() {
  const summary = useReminderSummary();
  const reload = () => void summary.refetch();

  if (summary.isPending) {
    return (
      <div>
        <Header onReload={reload} loading />
        <Row gutter={[16, 16]}>
          {[0, 1, 2, 3].map((i) => (
            <Col key={i} xs={24} xl={12}>
              <Card size="small">
                <Skeleton active paragraph={{ rows: 3 }} />
              </Card>
            </Col>
          ))}
        </Row>
      </div>
    );
  }
  if (summary.isError) {
    return <QueryError title="工作提醒加载失败" error={summary.error} onRetry={reload} />;
  }

  const rules = dashboardOrder(summary.data.rules);
  const open = rules.filter((r) => r.count > 0);
  const done = rules.filter((r) => r.count === 0);
  const bySeverity = (['error', 'warning', 'info'] as const)
    .map((s) => ({ s, n: open.filter((r) => r.severity === s).length }))
    .filter(({ n }) => n > 0)
    .map(({ s, n }) => `${severityMeta[s].label}${n}类`)
    .join('、');
  const pending = open.length > 0 ? `${open.length}类事项待处理（${bySeverity}）` : undefined;

  return (
    <div>
      <Header today={summary.data.today} pending={pending} onReload={reload} loading={summary.isFetching} />
      {open.length === 0 && (
        <Alert type="success" showIcon style={{ marginBottom: 16 }} title="各项检查均已符合" description="目前台账中没有需要处理的事项。登记新的数据后，工作台会自动重新检查。" />
      )}
      <Row gutter={[16, 16]}>
        {open.map((rule) => (
          <Col key={rule.code} xs={24} xl={12}>
            <RuleCard rule={rule} />
          </Col>
        ))}
      </Row>
      {done.length > 0 && (
        <>
          <Typography.Title level={5} style={{ margin: open.length > 0 ? '24px 0 12px' : '0 0 12px' }}>
            已符合的检查（{done.length}项）
          </Typography.Title>
          <Row gutter={[16, 16]}>
            {done.map((rule) => (
              <Col key={rule.code} xs={24} lg={12} xxl={8}>
                <RuleCard rule={rule} />
              </Col>
            ))}
          </Row>
        </>
      )}
    </div>
  );
}
