// One case's page (#/case?id=12): head, 当事人, 办理过程, 重要日期, 卷宗 and the case's files — from 受理 to 立卷.
import { ApiCallError } from '../../api/client';
import type { CaseDetail } from '@shared/schemas/case';
import { Button, Col, Result, Row, Skeleton } from 'antd';
import { QueryError } from '../../components/query-error';
import { navigate, useHashParam } from '../../shell/use-hash-route';
import { AttachmentsPanel } from '../attachments/attachments-panel';
import { CaseDates } from './case-page-dates';
import { CaseHeader, LockBanner } from './case-page-header';
import { CaseParties } from './case-page-parties';
import { DossierPanel } from './dossier-panel';
import { caseRoles, useCaseFollowsAttachments } from './dossier-scans';
import { StepTimeline } from './step-timeline';
import { useCase } from './use-cases';

function NotFound() {
  return (
    <Result
      status="404"
      title="该案件不存在或已被删除"
      extra={
        <Button type="primary" onClick={() => navigate('cases')}>
          返回案件列表
        </Button>
      }
    />
  );
}

function CaseBody({ detail }: { detail: CaseDetail }) {
  useCaseFollowsAttachments(detail.id);
  return (
    <div>
      <LockBanner detail={detail} />
      <CaseHeader detail={detail} />
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <CaseParties detail={detail} />
          <StepTimeline detail={detail} />
        </Col>
        <Col xs={24} xl={9}>
          <CaseDates detail={detail} />
        </Col>
      </Row>
      <div style={{ marginTop: 16 }}>
        <DossierPanel detail={detail} />
      </div>
      <AttachmentsPanel
        ownerType="case"
        ownerId={detail.id}
        roles={caseRoles}
        readOnly={detail.locked ? '卷宗已立卷归档，附件只能查看和下载；如需增删请先重新打开卷宗' : undefined}
      />
    </div>
  );
}

export function CasePage() {
  const raw = useHashParam('id');
  const id = raw !== null && /^\d+$/.test(raw) && Number(raw) > 0 ? Number(raw) : null;
  const query = useCase(id);
  if (id === null) return <NotFound />;
  if (query.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (query.isError) {
    if (query.error instanceof ApiCallError && query.error.code === 'NOT_FOUND') return <NotFound />;
    return <QueryError title="案件加载失败" error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <CaseBody key={query.data.id} detail={query.data} />;
}
