// The 三统一 panel: cases entered, dossiers and cases in the report side by side, agreed or not, and the cases that differ.
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import type { ThreeCounts } from '@shared/schemas/case';
import { Alert, Col, Flex, Row, Statistic, Tag, Typography } from 'antd';
import { dateLabel } from './month-periods';

/** Short tags for the core's problem codes (electron/core/services/dossier-counts.ts). */
const problemLabels: Record<string, string> = {
  noDossier: '未建卷',
  dossierOpen: '未立卷',
  notEntered: '未录入',
  deletedWithDossier: '已删除仍有卷宗',
};

/** The core's message, unless the tag already says it all (未建卷 · 未建卷宗). */
const detailOf = (problem: string, message: string) => {
  const tag = problemLabels[problem];
  return tag && message.length <= tag.length + 2 ? null : message;
};

export function AgreementTag({ agree }: { agree: boolean }) {
  return agree ? (
    <Tag color="success" icon={<CheckCircleFilled />} data-testid="three-state">
      三统一
    </Tag>
  ) : (
    <Tag color="error" icon={<CloseCircleFilled />} data-testid="three-state">
      不一致
    </Tag>
  );
}

export function ThreeCountsPanel({ counts, periodName }: { counts: ThreeCounts; periodName: string }) {
  return (
    <div aria-label={`${periodName}三统一`} role="region">
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">
          统计期间：{dateLabel(counts.start)}至{dateLabel(counts.end)}
        </Typography.Text>
        <AgreementTag agree={counts.agree} />
      </Flex>
      <Row gutter={16}>
        <Col span={8}>
          <Statistic title="录入案件数" value={counts.entered} suffix="件" />
        </Col>
        <Col span={8}>
          <Statistic title="卷宗数" value={counts.dossiers} suffix="卷" />
        </Col>
        <Col span={8}>
          <Statistic title="报表统计数" value={counts.reported} suffix="件" />
        </Col>
      </Row>
      {counts.agree ? (
        <Alert
          type="success"
          showIcon
          style={{ marginTop: 16 }}
          title={counts.reported === 0 ? `${periodName}没有调解结案的案件。` : `${periodName}录入的案件、卷宗和报表统计的案件数一致。`}
        />
      ) : (
        <>
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 16 }}
            title={`${periodName}三个数不一致，请逐件核对下列${new Set(counts.differences.map((d) => d.caseId)).size}件案件。`}
          />
          <Flex vertical role="list" aria-label="不一致的案件" style={{ marginTop: 8 }}>
            {counts.differences.map((d) => (
              <Flex key={`${d.caseId}-${d.problem}`} role="listitem" gap={8} wrap align="baseline" style={{ padding: '8px 16px', borderBottom: '1px solid rgba(5,5,5,0.06)' }}>
                {problemLabels[d.problem] && <Tag color="warning">{problemLabels[d.problem]}</Tag>}
                <a href={`#/case?id=${d.caseId}`}>{d.title}</a>
                <Typography.Text type="secondary">{d.number ?? '尚无卷号'}</Typography.Text>
                {detailOf(d.problem, d.message) && <Typography.Text>{d.message}</Typography.Text>}
              </Flex>
            ))}
          </Flex>
        </>
      )}
    </div>
  );
}
