// 导出记录: every package exported (time, period, file, size, SHA-256, who), each downloadable while its file is in place.
import type { PackageExport } from '@shared/schemas/package';
import { Button, Card, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { QueryError } from '../../components/query-error';
import { formatSize } from '../attachments/file-bytes';
import { periodLabel } from '../case/month-periods';
import { useDownloadExport } from './use-download-export';
import { useExports } from './use-package';

export function ExportHistory() {
  const exports = useExports();
  const download = useDownloadExport();
  return (
    <Card title="导出记录" size="small">
      {exports.isError ? (
        <QueryError title="导出记录加载失败" error={exports.error} onRetry={() => void exports.refetch()} />
      ) : (
        <Table<PackageExport>
          size="small"
          rowKey="id"
          loading={exports.isPending}
          dataSource={exports.data?.items}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: '尚未导出过数据包' }}
          data-testid="export-history"
          columns={[
            { title: '导出时间', dataIndex: 'exportedAt', width: 150, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
            { title: '统计期间', dataIndex: 'period', width: 120, render: (v: string) => periodLabel(v) },
            { title: '文件', dataIndex: 'fileName', render: (v: string, r) => (r.present ? v : <Typography.Text delete>{v}</Typography.Text>) },
            { title: '大小', dataIndex: 'size', width: 90, align: 'right', render: (v: number) => formatSize(v) },
            {
              title: 'SHA-256',
              dataIndex: 'sha256',
              width: 150,
              render: (v: string) => (
                <Typography.Text code copyable={{ text: v, tooltips: ['复制完整校验值', '已复制'] }} title={v}>
                  {v.slice(0, 12)}…
                </Typography.Text>
              ),
            },
            { title: '导出人', dataIndex: 'actor', width: 90 },
            {
              title: '操作',
              key: 'download',
              width: 90,
              render: (_, r) =>
                r.present ? (
                  <Button size="small" loading={download.busy === r.id} aria-label={`下载 ${r.fileName}`} onClick={() => download.run(r)}>
                    下载
                  </Button>
                ) : (
                  <Tag>文件已移走</Tag>
                ),
            },
          ]}
        />
      )}
    </Card>
  );
}
