// The dispute categories: the national 15 (内置) with each one's local sub-types indented under it, 启用/停用 and 改名.
import type { DisputeCategory } from '@shared/schemas/setting';
import { App, Button, Space, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { PlainHeaderCell } from '../../components/plain-header-cell';
import { useUpdateDisputeCategory } from '../case/use-cases';
import type { CategoryTarget } from './category-dialog';
import { Can } from '../../auth/can';

/** National categories in their order, each followed by its sub-types. */
export function categoryTree(items: readonly DisputeCategory[]): DisputeCategory[] {
  const order = (a: DisputeCategory, b: DisputeCategory) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code);
  const nationals = items.filter((c) => c.parentCode === null).sort(order);
  const subs = items.filter((c) => c.parentCode !== null).sort(order);
  const known = new Set(nationals.map((c) => c.code));
  return [
    ...nationals.flatMap((n) => [n, ...subs.filter((s) => s.parentCode === n.code)]),
    ...subs.filter((s) => !known.has(s.parentCode ?? '')),
  ];
}

interface Props {
  items: readonly DisputeCategory[];
  loading: boolean;
  onEdit: (target: CategoryTarget) => void;
}

export function CategoryTable({ items, loading, onEdit }: Props) {
  const update = useUpdateDisputeCategory();
  const { message } = App.useApp();
  const [switching, setSwitching] = useState<string | null>(null);

  const toggle = async (c: DisputeCategory, active: boolean) => {
    setSwitching(c.code);
    try {
      await update.mutateAsync({ code: c.code, active, ...(c.builtin ? {} : { label: c.label }) });
      void message.success(`已${active ? '启用' : '停用'}“${c.label}”`);
    } catch (err) {
      void message.error(errorMessage(err));
    } finally {
      setSwitching(null);
    }
  };

  const columns: TableColumnsType<DisputeCategory> = [
    { title: '代码', dataIndex: 'code', key: 'code', width: 90 },
    {
      title: '名称',
      dataIndex: 'label',
      key: 'label',
      render: (label: string, c) =>
        c.parentCode === null ? (
          <Typography.Text strong={c.active} type={c.active ? undefined : 'secondary'}>{label}</Typography.Text>
        ) : (
          <Typography.Text type={c.active ? undefined : 'secondary'} style={{ paddingInlineStart: 28 }}>
            └ {label}
          </Typography.Text>
        ),
    },
    {
      title: '类别',
      key: 'kind',
      width: 150,
      render: (_: unknown, c) => (c.builtin ? <Tag color="blue">内置 · 不可改名</Tag> : <Tag>本地子类</Tag>),
    },
    {
      title: '启用',
      key: 'active',
      width: 100,
      render: (_: unknown, c) => (
        <Switch
          aria-label={`启用${c.label}`}
          checked={c.active}
          checkedChildren="启用"
          unCheckedChildren="停用"
          loading={switching === c.code}
          onChange={(on) => void toggle(c, on)}
        />
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 120,
      render: (_: unknown, c) => (
        <Space size={10}>
          {c.parentCode === null ? (
            <Can method="disputeCategory.create">
              <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => onEdit({ mode: 'create', parentCode: c.code })}>
                新增子类
              </Button>
            </Can>
          ) : (
            <Can method="disputeCategory.update">
              <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => onEdit({ mode: 'rename', category: c })}>
                改名
              </Button>
            </Can>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Table<DisputeCategory>
      rowKey="code"
      size="small"
      components={{ header: { cell: PlainHeaderCell } }}
      columns={columns}
      dataSource={categoryTree(items)}
      loading={loading}
      pagination={false}
    />
  );
}
