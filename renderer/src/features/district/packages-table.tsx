// 已导入的数据包: office, period, file, SHA-256, when exported and imported, and whether a newer package replaced it.
import type { MethodOutput } from '@shared/contract';
import { Card, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { QueryError } from '../../components/query-error';
import { useDistrictPackages } from './use-district';

type Row = MethodOutput<'district.packages'>['items'][number];

const total = (counts: Record<string, number>) => counts.cases ?? 0;

export function PackagesTable() {
  const packages = useDistrictPackages();
  return (
    <Card title="已导入的数据包" size="small">
      {packages.isError ? (
        <QueryError title="数据包列表加载失败" error={packages.error} onRetry={() => void packages.refetch()} />
      ) : (
        <Table<Row>
          size="small"
          rowKey="id"
          loading={packages.isPending}
          dataSource={packages.data?.items}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: '尚未导入数据包' }}
          data-testid="district-packages"
          columns={[
            { title: '司法所', dataIndex: 'officeName', render: (v: string, r) => `${v}（${r.officeCode}）` },
            { title: '统计期间', dataIndex: 'period', width: 100 },
            { title: '文件', dataIndex: 'fileName' },
            { title: '案件', key: 'cases', width: 70, align: 'right', render: (_, r) => total(r.counts) },
            { title: 'SHA-256', dataIndex: 'sha256', width: 170, render: (v: string) => <Typography.Text code copyable={{ text: v }}>{v.slice(0, 12)}…</Typography.Text> },
            { title: '导入时间', dataIndex: 'importedAt', width: 150, render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
            {
              title: '状态',
              key: 'state',
              width: 150,
              render: (_, r) => (r.replacedAt ? <Tag>已被替换 {dayjs(r.replacedAt).format('MM-DD HH:mm')}</Tag> : <Tag color="success">有效</Tag>),
            },
          ]}
        />
      )}
    </Card>
  );
}
