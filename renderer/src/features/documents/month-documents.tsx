// The month page's document actions: 批量生成本月卷宗 (batch dialog; writers only) and 月度工作报告 (PDF preview / Word download).
import { FolderOpenOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useCan } from '../../auth/use-can';
import { BatchDialog } from './batch-dialog';
import { PrintMenu } from './print-menu';

const monthName = (period: string) => `${period.slice(0, 4)}年${Number(period.slice(5, 7))}月`;

export function MonthDocuments({ month }: { month: string }) {
  const [open, setOpen] = useState(false);
  // One job per month: switching months starts from the start dialog again.
  const [job, setJob] = useState<{ period: string; jobId: string } | null>(null);
  const jobId = job?.period === month ? job.jobId : null;
  const name = monthName(month);
  // The batch writes PDFs into the exports folder (over staff's full dossiers): a 只读 account gets no button.
  const canBatch = useCan('document.batchStart');
  return (
    <Space wrap>
      {canBatch && (
        <Button icon={<FolderOpenOutlined />} onClick={() => setOpen(true)}>
          批量生成本月卷宗
        </Button>
      )}
      <PrintMenu label="月度工作报告" items={[{ key: 'monthlyReport', title: `${name}工作报告`, target: { form: 'monthlyReport', period: month } }]} />
      {canBatch && (
        <BatchDialog
          open={open}
          period={month}
          periodName={name}
          jobId={jobId}
          onJob={(id) => setJob(id === null ? null : { period: month, jobId: id })}
          onClose={() => setOpen(false)}
        />
      )}
    </Space>
  );
}
