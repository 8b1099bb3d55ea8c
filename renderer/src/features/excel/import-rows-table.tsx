// The rows of an import preview or result: sheet row number, what will happen, and each problem with its column.
import type { XlsxPreviewRow } from '@shared/schemas/xlsx';
import { Table, Tag, Typography } from 'antd';

const actionTags = {
  create: <Tag color="green">新增</Tag>,
  update: <Tag color="blue">更新</Tag>,
  error: <Tag color="red">有错误</Tag>,
} as const;

export function ImportRowsTable({ rows, keyLabel }: { rows: XlsxPreviewRow[]; keyLabel: string }) {
  return (
    <Table<XlsxPreviewRow>
      size="small"
      rowKey="rowNumber"
      dataSource={rows}
      pagination={rows.length > 8 ? { pageSize: 8, showSizeChanger: false, size: 'small' } : false}
      columns={[
        { title: '行号', dataIndex: 'rowNumber', width: 64, render: (n: number) => `第 ${n} 行` },
        { title: '处理', dataIndex: 'action', width: 76, render: (a: XlsxPreviewRow['action']) => actionTags[a] },
        { title: '姓名/名称', dataIndex: 'name', width: 110, ellipsis: true },
        { title: keyLabel, dataIndex: 'key', width: 180, ellipsis: true },
        {
          title: '问题',
          dataIndex: 'errors',
          render: (errors: XlsxPreviewRow['errors']) =>
            errors.length === 0 ? (
              <Typography.Text type="secondary">—</Typography.Text>
            ) : (
              errors.map((e, i) => (
                <div key={i}>
                  <Typography.Text type="danger">
                    {e.column}：{e.message}
                  </Typography.Text>
                </div>
              ))
            ),
        },
      ]}
    />
  );
}
