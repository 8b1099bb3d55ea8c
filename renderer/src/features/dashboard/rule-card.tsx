// One rule on the 工作台: title, severity, count (0 → 已符合), its source, and the first hits as links; 查看全部 expands.
import { CheckCircleFilled } from '@ant-design/icons';
import type { ReminderItem, ReminderRule } from '@shared/schemas/reminder';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../api/client';
import { useReminderRule } from './use-reminders';

const FIRST_ITEMS = 5;

export const severityMeta = {
  error: { label: '须整改', color: 'red', numberColor: '#cf1322' },
  warning: { label: '需关注', color: 'orange', numberColor: '#d46b08' },
  info: { label: '提示', color: 'blue', numberColor: '#0958d9' },
} as const;

function ItemRow({ item }: { item: ReminderItem }) {
  return (
    <li style={{ padding: '6px 0', borderTop: '1px solid rgba(5,5,5,0.06)' }}>
      <Typography.Link href={`#/${item.path}`}>{item.label}</Typography.Link>
      <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
        {item.detail}
      </Typography.Text>
    </li>
  );
}

export function RuleCard({ rule }: { rule: ReminderRule }) {
  const [expanded, setExpanded] = useState(false);
  const needsFull = expanded && rule.count > rule.items.length;
  const full = useReminderRule(rule.code, needsFull);
  const meta = severityMeta[rule.severity];
  const items = expanded ? (needsFull && full.data ? full.data.items : rule.items) : rule.items.slice(0, FIRST_ITEMS);
  const more = rule.count > FIRST_ITEMS;

  return (
    <Card size="small" role="region" data-rule={rule.code} aria-label={rule.title} styles={{ body: { paddingTop: 8 } }}>
      <Flex justify="space-between" align="flex-start" gap={12}>
        <div style={{ minWidth: 0 }}>
          <Flex align="center" gap={8}>
            <Typography.Text strong style={{ fontSize: 15 }}>
              {rule.title}
            </Typography.Text>
            {rule.count > 0 && <Tag color={meta.color}>{meta.label}</Tag>}
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginTop: 2 }}>
            依据：{rule.source}
          </Typography.Text>
        </div>
        {rule.count > 0 ? (
          <span data-count={rule.count} style={{ fontSize: 28, lineHeight: '32px', fontWeight: 600, color: meta.numberColor, whiteSpace: 'nowrap' }}>
            {rule.count}
            <span style={{ fontSize: 13, fontWeight: 400, marginLeft: 2 }}>项</span>
          </span>
        ) : (
          <Typography.Text data-count={0} style={{ color: '#389e0d', whiteSpace: 'nowrap' }}>
            <CheckCircleFilled /> 已符合
          </Typography.Text>
        )}
      </Flex>
      {rule.count > 0 && (
        <ul style={{ listStyle: 'none', margin: '8px 0 0', padding: 0 }}>
          {items.map((item) => (
            <ItemRow key={item.id} item={item} />
          ))}
        </ul>
      )}
      {needsFull && full.isPending && <Typography.Text type="secondary">正在加载其余各项…</Typography.Text>}
      {needsFull && full.isError && <Typography.Text type="danger">其余各项加载失败：{errorMessage(full.error)}</Typography.Text>}
      {more && (
        <Button type="link" size="small" style={{ paddingInline: 0, marginTop: 4 }} onClick={() => setExpanded((v) => !v)}>
          {expanded ? '收起' : `查看全部（${rule.count}项）`}
        </Button>
      )}
    </Card>
  );
}
