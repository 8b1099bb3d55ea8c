// 全区统计: a period's figures per office with the district total, the district-wide checks naming offices, and offices with no package.
import type { DistrictReport } from '@shared/schemas/package';
import type { Report } from '@shared/schemas/statistics';
import { Alert, Card, Empty, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import { QueryError } from '../../components/query-error';
import { severityMeta } from '../dashboard/rule-card';
import { useDistrictReport } from './use-district';

const pct = (v: number | null) => (v === null ? '—' : `${v.toFixed(1)}%`);
type Row = Report & { key: string; isTotal?: boolean };
const metaOf = (severity: string) => severityMeta[severity as keyof typeof severityMeta] ?? severityMeta.info;

const columns = [
  { title: '司法所', key: 'office', render: (_: unknown, r: Row) => (r.isTotal ? <Typography.Text strong>全区合计</Typography.Text> : (r.office?.name ?? '—')) },
  { title: '受理', key: 'received', align: 'right' as const, render: (_: unknown, r: Row) => r.figures.cases.received },
  { title: '调解', key: 'mediated', align: 'right' as const, render: (_: unknown, r: Row) => r.figures.cases.mediated },
  { title: '成功', key: 'succeeded', align: 'right' as const, render: (_: unknown, r: Row) => r.figures.cases.succeeded },
  { title: '成功率', key: 'rate', align: 'right' as const, render: (_: unknown, r: Row) => pct(r.figures.cases.successRate) },
  { title: '涉及金额（万元）', key: 'wan', align: 'right' as const, render: (_: unknown, r: Row) => r.figures.cases.disputeWan.toFixed(2) },
  { title: '排查 / 零报告', key: 'rounds', align: 'right' as const, render: (_: unknown, r: Row) => `${r.figures.investigation.rounds} / ${r.figures.investigation.zeroReports}` },
  { title: '调委会', key: 'committees', align: 'right' as const, render: (_: unknown, r: Row) => r.figures.organisation.committeesTotal },
  { title: '调解员（专职）', key: 'mediators', align: 'right' as const, render: (_: unknown, r: Row) => `${r.figures.organisation.mediators}（${r.figures.organisation.fullTime}）` },
  { title: '培训覆盖率', key: 'training', align: 'right' as const, render: (_: unknown, r: Row) => pct(r.figures.training.coverage) },
];

function Checks({ checks }: { checks: DistrictReport['checks'] }) {
  if (checks.length === 0) return <Empty description="没有检查项" />;
  return (
    <Flex vertical role="list" aria-label="全区规范检查">
      {checks.map((c) => (
        <Flex key={c.code} role="listitem" vertical gap={4} style={{ padding: '8px 0', borderBottom: '1px solid rgba(5,5,5,0.06)' }}>
          <Flex gap={8} align="center">
            {c.count > 0 ? <Tag color={metaOf(c.severity).color}>{metaOf(c.severity).label}</Tag> : <Tag color="success">已符合</Tag>}
            <Typography.Text strong>{c.title}</Typography.Text>
            <Typography.Text style={{ marginLeft: 'auto' }}>{c.count}</Typography.Text>
          </Flex>
          {c.offices.map((o) => (
            <Typography.Text key={o.code} type="secondary" style={{ paddingLeft: 16 }}>
              {o.name}：{o.detail}
            </Typography.Text>
          ))}
        </Flex>
      ))}
    </Flex>
  );
}

export function DistrictReportView({ period }: { period: string }) {
  const answer = useDistrictReport(period);
  const report = answer.data?.period === period ? answer.data : undefined;
  if (answer.isError && !report) return <QueryError title="全区统计加载失败" error={answer.error} onRetry={() => void answer.refetch()} />;
  if (!report) return <Skeleton active paragraph={{ rows: 6 }} />;
  const rows: Row[] = [...report.offices.map((r) => ({ ...r, key: r.office?.code ?? r.period })), { ...report.total, key: 'total', isTotal: true }];
  return (
    <Flex vertical gap={16} aria-busy={answer.isFetching}>
      {report.missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="district-missing"
          title={`${report.missing.length}个登记的司法所没有${report.label}的数据包`}
          description={report.missing.map((m) => `${m.name}（${m.code}）`).join('、')}
        />
      )}
      <Card title={`${report.label}各司法所统计`} size="small">
        <Table<Row> size="small" rowKey="key" pagination={false} dataSource={rows} columns={columns} data-testid="district-report" locale={{ emptyText: '本期间没有数据' }} />
      </Card>
      <Card title="全区规范检查" size="small">
        <Checks checks={report.checks} />
      </Card>
    </Flex>
  );
}
