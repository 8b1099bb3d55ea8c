// 批量生成本月卷宗: starts the month's batch, shows its progress (polled every 400 ms), cancels it, and reports the result.
import type { BatchJob } from '@shared/schemas/document';
import { Alert, Button, Descriptions, Modal, Progress, Result, Space, Table, Typography } from 'antd';
import { QueryError } from '../../components/query-error';
import { useBatchCancel, useBatchStart, useBatchStatus } from './use-documents';

interface Props {
  open: boolean;
  period: string;
  periodName: string;
  jobId: string | null;
  onJob: (jobId: string | null) => void;
  onClose: () => void;
}

type Failure = BatchJob['failed'][number];

function Outcome({ job }: { job: BatchJob }) {
  const cancelled = job.state === 'cancelled';
  return (
    <>
      <Result
        status={job.failed.length > 0 || cancelled ? 'warning' : 'success'}
        title={cancelled ? `已取消：已生成 ${job.written.length} 件卷宗` : `生成完成：共 ${job.written.length} 件卷宗`}
        subTitle={job.failed.length > 0 ? `${job.failed.length} 件生成失败，原因见下表` : undefined}
        style={{ padding: '16px 0' }}
      />
      <Descriptions size="small" column={1} bordered styles={{ label: { width: 110 } }}>
        <Descriptions.Item label="保存位置">
          <Typography.Text copyable data-testid="batch-folder">
            {job.folder}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="已生成">{job.written.length} 件</Descriptions.Item>
        <Descriptions.Item label="本月已立卷">{job.total} 件</Descriptions.Item>
      </Descriptions>
      {job.failed.length > 0 && (
        <Table<Failure>
          style={{ marginTop: 12 }}
          size="small"
          rowKey="caseId"
          pagination={false}
          dataSource={job.failed}
          columns={[
            { title: '案件', dataIndex: 'title', render: (t: string, f) => <a href={`#/case?id=${f.caseId}`}>{t}</a> },
            { title: '失败原因', dataIndex: 'message' },
          ]}
        />
      )}
    </>
  );
}

export function BatchDialog({ open, period, periodName, jobId, onJob, onClose }: Props) {
  const start = useBatchStart();
  const cancel = useBatchCancel();
  const status = useBatchStatus(jobId);
  const job = status.data && status.data.jobId === jobId ? status.data : undefined;
  const running = job?.state === 'running';
  const percent = !job ? 0 : job.total > 0 ? Math.floor((job.done / job.total) * 100) : running ? 0 : 100;

  const begin = () => {
    cancel.reset();
    start.mutate(period, { onSuccess: (j) => onJob(j.jobId) });
  };
  let body;
  if (jobId === null) {
    body = (
      <>
        <Typography.Paragraph>把{periodName}结案且已立卷归档的案件卷宗（与三统一的“卷宗数”一致）逐件生成整卷 PDF，保存到一个文件夹中。生成期间可以取消，已生成的文件会保留。</Typography.Paragraph>
        {start.isError && <Alert type="error" showIcon title={start.error.message} />}
      </>
    );
  } else if (status.isError && !job) {
    body = <QueryError title="无法获取生成进度" error={status.error} onRetry={() => void status.refetch()} />;
  } else if (!job || running) {
    body = (
      <div role="status" aria-live="polite">
        <Progress percent={percent} status="active" aria-label="生成进度" />
        <Typography.Text>{job ? `已处理 ${job.done} / ${job.total} 件` : '正在准备……'}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          关闭此窗口不会停止生成，可稍后再打开查看进度。
        </Typography.Paragraph>
      </div>
    );
  } else {
    body = (
      <>
        <Progress percent={percent} status={job.state === 'cancelled' ? 'exception' : 'success'} aria-label="生成进度" />
        <Outcome job={job} />
      </>
    );
  }

  const footer = (
    <Space>
      {jobId === null && (
        <Button type="primary" loading={start.isPending} onClick={begin}>
          开始生成
        </Button>
      )}
      {running && (
        // Cancelling waits for the dossier in hand; until then the button says so instead of inviting a second click.
        <Button danger loading={cancel.isPending} disabled={cancel.isSuccess} onClick={() => cancel.mutate(job.jobId)}>
          {cancel.isSuccess ? '正在取消……' : '取消'}
        </Button>
      )}
      {job && !running && <Button onClick={() => onJob(null)}>重新生成</Button>}
      <Button onClick={onClose}>关闭</Button>
    </Space>
  );
  return (
    <Modal open={open} title={`批量生成${periodName}卷宗`} width={720} onCancel={onClose} footer={footer} destroyOnHidden>
      {body}
    </Modal>
  );
}
