// Detail drawer of one audit row: who, when, what, and the record before and after side by side (field table or JSON).
import type { AuditRow } from '@shared/schemas/audit';
import { Descriptions, Drawer, Flex, Segmented, Spin, Table, Typography } from 'antd';
import { useState } from 'react';
import { QueryError } from '../../components/query-error';
import { fieldChanges, prettyJson, type FieldChange } from './audit-diff';
import { beijingTime, entityIdLabel, entityLabel, fieldLabel, methodLabel } from './audit-labels';
import { useAuditRow } from './use-audit';

export function AuditDetail({ id, onClose }: { id: number | null; onClose: () => void }) {
  const row = useAuditRow(id);
  return (
    <Drawer open={id !== null} onClose={onClose} size={860} title={id === null ? '审计记录' : `第 ${id} 号审计记录`} destroyOnHidden>
      {row.isLoading ? (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin description="正在加载…" />
        </Flex>
      ) : row.isError ? (
        <QueryError title="审计记录加载失败" error={row.error} onRetry={() => void row.refetch()} />
      ) : row.data ? (
        <AuditRowView row={row.data} />
      ) : null}
    </Drawer>
  );
}

function AuditRowView({ row }: { row: AuditRow }) {
  const changes = fieldChanges(row.before, row.after);
  const [mode, setMode] = useState<'fields' | 'json'>(changes ? 'fields' : 'json');
  return (
    <>
      <Descriptions
        size="small"
        column={2}
        bordered
        items={[
          { key: 'at', label: '时间（北京时间）', children: beijingTime(row.at) },
          { key: 'actor', label: '操作人', children: row.actor },
          { key: 'method', label: '操作', children: methodLabel(row.method) },
          { key: 'entity', label: '对象', children: `${entityLabel(row.entity)}${row.entityId ? `（编号 ${entityIdLabel(row.entity, row.entityId)}）` : ''}` },
        ]}
      />
      <Flex justify="space-between" align="center" style={{ margin: '16px 0 8px' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          修改前后对照
        </Typography.Title>
        <Segmented<'fields' | 'json'>
          aria-label="对照方式"
          value={mode}
          onChange={(v) => setMode(v)}
          options={[
            { value: 'fields', label: '逐项对照', disabled: !changes },
            { value: 'json', label: '原始数据' },
          ]}
        />
      </Flex>
      {mode === 'fields' && changes ? <FieldTable changes={changes} /> : <JsonSideBySide row={row} />}
    </>
  );
}

function FieldTable({ changes }: { changes: FieldChange[] }) {
  return (
    <Table<FieldChange>
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={changes}
      locale={{ emptyText: '没有字段' }}
      rowClassName={(c) => (c.changed ? 'audit-changed' : '')}
      onRow={(c) => ({ style: c.changed ? { background: 'var(--ant-color-warning-bg, #fffbe6)' } : undefined })}
      columns={[
        { title: '字段', key: 'key', width: 200, render: (_, c) => fieldLabel(c.key) },
        { title: '修改前', dataIndex: 'before', key: 'before', render: (v: string) => <Cell text={v} /> },
        { title: '修改后', dataIndex: 'after', key: 'after', render: (v: string) => <Cell text={v} /> },
        { title: '', key: 'changed', width: 70, render: (_, c) => (c.changed ? <Typography.Text type="warning">有变化</Typography.Text> : null) },
      ]}
    />
  );
}

const Cell = ({ text }: { text: string }) => <span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{text}</span>;

function JsonSideBySide({ row }: { row: AuditRow }) {
  const pane = (title: string, value: unknown) => (
    <div style={{ flex: 1, minWidth: 0 }}>
      <Typography.Text strong>{title}</Typography.Text>
      <pre style={{ background: '#fafafa', padding: 12, borderRadius: 6, overflow: 'auto', maxHeight: 480, fontSize: 12 }}>
        {prettyJson(value)}
      </pre>
    </div>
  );
  return (
    <Flex gap={12}>
      {pane('修改前', row.before)}
      {pane('修改后', row.after)}
    </Flex>
  );
}
