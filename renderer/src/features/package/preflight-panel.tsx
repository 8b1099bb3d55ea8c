// 导出前检查 of a period: 三统一, incomplete dossiers (both refuse the export), late entries (a warning), and what the package holds.
import type { PackagePreflight } from '@shared/schemas/package';
import { Alert, Card, Col, Row, Typography } from 'antd';
import { ThreeCountsPanel } from '../case/month-three-counts';
import { CaseIssues } from './case-issues';
import { RecordCounts } from './record-counts';

export function PreflightPanel({ preflight }: { preflight: PackagePreflight }) {
  const { label, threeCounts, incomplete, late, ready } = preflight;
  const reasons = [!threeCounts.agree && '三统一不一致', incomplete.length > 0 && `${incomplete.length}件案件卷宗不完整`].filter(Boolean).join('，');
  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        {ready ? (
          <Alert type="success" showIcon data-testid="preflight-state" title={`${label}的数据可以导出。`} description={late.length > 0 ? `有${late.length}件案件逾期录入，导出后区司法局可以看到。` : undefined} />
        ) : (
          <Alert type="error" showIcon data-testid="preflight-state" title={`${label}的数据暂不能导出：${reasons}。`} description="请逐件打开下列案件改正，改正后回到本页重新检查。" />
        )}
      </Col>
      <Col xs={24} xxl={12}>
        <Card title={`${label}三统一`} size="small">
          <ThreeCountsPanel counts={threeCounts} periodName={label} />
        </Card>
      </Col>
      <Col xs={24} xxl={12}>
        <Card title="卷宗完整性" size="small" style={{ marginBottom: 16 }}>
          {incomplete.length === 0 ? (
            <Typography.Text type="success">调解结案案件的卷宗都已齐全。</Typography.Text>
          ) : (
            <CaseIssues issues={incomplete} label="卷宗不完整的案件" />
          )}
        </Card>
        <Card title="逾期录入" size="small">
          {late.length === 0 ? (
            <Typography.Text type="success">没有逾期录入的案件。</Typography.Text>
          ) : (
            <>
              <Alert type="warning" showIcon title={`${late.length}件案件逾期录入（不影响导出）`} style={{ marginBottom: 8 }} />
              <CaseIssues issues={late} label="逾期录入的案件" />
            </>
          )}
        </Card>
      </Col>
      <Col span={24}>
        <Card title="数据包将包含的记录" size="small">
          <RecordCounts counts={preflight.counts} dossierPdfs={preflight.dossierPdfs} />
        </Card>
      </Col>
    </Row>
  );
}
