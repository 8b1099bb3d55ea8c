// The report's rule checks (工作提醒 titles with counts as of the period's end), each linking to the 工作台.
import { CheckCircleFilled } from '@ant-design/icons';
import type { Report } from '@shared/schemas/statistics';
import { Card, Empty, Flex, Tag, Typography } from 'antd';
import { severityMeta } from '../dashboard/rule-card';

const metaOf = (severity: string) => severityMeta[severity as keyof typeof severityMeta] ?? severityMeta.info;

export function ReportChecks({ checks, asOf }: { checks: Report['checks']; asOf: string }) {
  const open = checks.filter((c) => c.count > 0);
  const done = checks.length - open.length;
  return (
    <Card
      title="规范检查"
      size="small"
      extra={<Typography.Link href="#/dashboard">到工作台处理</Typography.Link>}
      data-testid="report-checks"
    >
      <Typography.Paragraph type="secondary">按 {asOf} 的台账数据检查；点击事项到工作台查看具体记录。</Typography.Paragraph>
      {checks.length === 0 ? (
        <Empty description="没有检查项" />
      ) : (
        <Flex vertical role="list" aria-label="规范检查">
          {open.map((c) => (
            <Flex key={c.code} role="listitem" gap={8} align="center" style={{ padding: '6px 0', borderTop: '1px solid rgba(5,5,5,0.06)' }}>
              <Tag color={metaOf(c.severity).color}>{metaOf(c.severity).label}</Tag>
              <Typography.Link href="#/dashboard">{c.title}</Typography.Link>
              <Typography.Text strong style={{ color: metaOf(c.severity).numberColor, marginLeft: 'auto' }}>
                {c.count}
              </Typography.Text>
            </Flex>
          ))}
          {done > 0 && (
            <Typography.Text type="success" style={{ paddingTop: 8, borderTop: '1px solid rgba(5,5,5,0.06)' }}>
              <CheckCircleFilled /> 其余 {done} 项已符合
            </Typography.Text>
          )}
        </Flex>
      )}
    </Card>
  );
}
