// 导出数据包: starts the period's export, shows its stage and progress (polled every 400 ms), cancels it, and offers the file.
import type { PackageExport } from '@shared/schemas/package';
import { useState } from 'react';
import { Alert, Button, Checkbox, Descriptions, Modal, Progress, Result, Space, Typography } from 'antd';
import { QueryError } from '../../components/query-error';
import { formatSize } from '../attachments/file-bytes';
import { useExportCancel, useExports, useExportStart, useExportStatus } from './use-package';
import { useDownloadExport } from './use-download-export';

interface Props {
  open: boolean;
  period: string;
  label: string;
  jobId: string | null;
  onJob: (jobId: string | null) => void;
  onClose: () => void;
}

function Written({ record }: { record: PackageExport }) {
  const download = useDownloadExport();
  return (
    <Descriptions size="small" column={1} bordered styles={{ label: { width: 110 } }}>
      <Descriptions.Item label="文件">
        <Typography.Text copyable={{ text: record.path }} data-testid="export-file">
          {record.fileName}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label="大小">{formatSize(record.size)}</Descriptions.Item>
      <Descriptions.Item label="SHA-256">
        <Typography.Text copyable code style={{ wordBreak: 'break-all' }}>
          {record.sha256}
        </Typography.Text>
      </Descriptions.Item>
      <Descriptions.Item label="下载">
        <Button type="primary" loading={download.busy === record.id} onClick={() => download.run(record)}>
          下载数据包
        </Button>
      </Descriptions.Item>
    </Descriptions>
  );
}

export function ExportDialog({ open, period, label, jobId, onJob, onClose }: Props) {
  const start = useExportStart();
  const [dataOnly, setDataOnly] = useState(false);
  const cancel = useExportCancel();
  const status = useExportStatus(jobId);
  const exports = useExports();
  const job = status.data && status.data.jobId === jobId ? status.data : undefined;
  const running = job?.state === 'running';
  const percent = !job ? 0 : job.total > 0 ? Math.floor((job.done / job.total) * 100) : running ? 0 : 100;
  const record = job?.exportId != null ? exports.data?.items.find((e) => e.id === job.exportId) : undefined;

  const begin = () => {
    cancel.reset();
    start.mutate({ period, dataOnly }, { onSuccess: (j) => onJob(j.jobId) });
  };
  let body;
  if (jobId === null) {
    body = (
      <>
        <Typography.Paragraph>
          把{label}的台账数据、统计报表和已立卷案件的卷宗 PDF 写成一个数据包（.zip），用本所的密钥签名后报送区司法局。导出期间可以取消；未完成的文件不会留下。
        </Typography.Paragraph>
        <Checkbox checked={dataOnly} onChange={(e) => setDataOnly(e.target.checked)}>
          仅导出数据和报表，不含卷宗 PDF（文件小，适合全年数据）
        </Checkbox>
        {start.isError && <Alert type="error" showIcon title={start.error.message} />}
      </>
    );
  } else if (status.isError && !job) {
    body = <QueryError title="无法获取导出进度" error={status.error} onRetry={() => void status.refetch()} />;
  } else if (!job || running) {
    body = (
      <div role="status" aria-live="polite">
        <Progress percent={percent} status="active" aria-label="导出进度" />
        <Typography.Text data-testid="export-stage">{job ? `${job.stage}（${job.done} / ${job.total}）` : '正在准备……'}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          关闭此窗口不会停止导出，可稍后再打开查看进度。
        </Typography.Paragraph>
      </div>
    );
  } else {
    const failed = job.state === 'failed';
    const cancelled = job.state === 'cancelled';
    body = (
      <>
        <Progress percent={percent} status={job.state === 'done' ? 'success' : 'exception'} aria-label="导出进度" />
        <Result
          status={failed ? 'error' : cancelled ? 'warning' : 'success'}
          title={failed ? '导出失败' : cancelled ? '已取消导出，没有留下数据包' : `${label}的数据包已导出`}
          subTitle={failed ? job.error : undefined}
          style={{ padding: '16px 0' }}
        />
        {record && <Written record={record} />}
      </>
    );
  }

  const footer = (
    <Space>
      {jobId === null && (
        <Button type="primary" loading={start.isPending} onClick={begin}>
          开始导出
        </Button>
      )}
      {running && (
        <Button danger loading={cancel.isPending} disabled={cancel.isSuccess} onClick={() => cancel.mutate(job.jobId)}>
          {cancel.isSuccess ? '正在取消……' : '取消'}
        </Button>
      )}
      {job && !running && <Button onClick={() => onJob(null)}>重新导出</Button>}
      <Button onClick={onClose}>关闭</Button>
    </Space>
  );
  return (
    <Modal open={open} title={`导出${label}数据包`} width={720} onCancel={onClose} footer={footer} destroyOnHidden>
      {body}
    </Modal>
  );
}
