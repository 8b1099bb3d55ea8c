// 导出 Excel and 生成报告 (PDF / Word) of the period's report, saved through the browser's download or the save dialog.
import { DownloadOutlined, FileTextOutlined } from '@ant-design/icons';
import type { DocumentFile } from '@shared/schemas/document';
import { App, Button, Dropdown, Space } from 'antd';
import { errorMessage } from '../../api/client';
import { saveDocument } from '../documents/document-file';
import { useReportDocument, useReportXlsx } from './use-statistics';

export function ReportExport({ period, disabled }: { period: string; disabled: boolean }) {
  const { message } = App.useApp();
  const xlsx = useReportXlsx();
  const document = useReportDocument();
  const save = (promise: Promise<DocumentFile>) =>
    void promise.then(saveDocument, (err: unknown) => void message.error(`生成失败：${errorMessage(err)}`));

  return (
    <Space wrap>
      <Button icon={<DownloadOutlined />} disabled={disabled} loading={xlsx.isPending} onClick={() => save(xlsx.mutateAsync(period))}>
        导出 Excel
      </Button>
      <Dropdown
        disabled={disabled || document.isPending}
        menu={{
          items: [
            { key: 'pdf', label: '生成 PDF' },
            { key: 'docx', label: '生成 Word' },
          ],
          onClick: ({ key }) => save(document.mutateAsync({ period, format: key === 'docx' ? 'docx' : 'pdf' })),
        }}
      >
        <Button icon={<FileTextOutlined />} loading={document.isPending}>
          生成报告
        </Button>
      </Dropdown>
    </Space>
  );
}
