// 重要日期: the dates that matter for the case with their status, and the monthly entry line (录入截止日, 录入日期, 逾期).
import type { CaseDate, CaseDetail } from '@shared/schemas/case';
import { Card, Empty, List, Space, Tag, Typography } from 'antd';

const statusTag: Record<CaseDate['status'], { color: string; text: string }> = {
  done: { color: 'success', text: '已完成' },
  open: { color: 'processing', text: '未到期' },
  dueSoon: { color: 'warning', text: '即将到期' },
  overdue: { color: 'error', text: '已逾期' },
  missed: { color: 'magenta', text: '已错过' },
};

function EntryLine({ detail }: { detail: CaseDetail }) {
  const entry = detail.entry;
  if (!entry) return <Typography.Text type="secondary">结案后按月录入：结案次月规定日期前录入。</Typography.Text>;
  return (
    <Space wrap size={[16, 4]} aria-label="月度录入">
      <span>
        <Typography.Text type="secondary">录入截止日 </Typography.Text>
        {entry.deadline}
      </span>
      <span>
        <Typography.Text type="secondary">录入日期 </Typography.Text>
        {entry.enteredOn ?? '未录入'}
      </span>
      {entry.late ? <Tag color="error">逾期录入</Tag> : entry.enteredOn ? <Tag color="success">按时录入</Tag> : null}
    </Space>
  );
}

export function CaseDates({ detail }: { detail: CaseDetail }) {
  return (
    <Card title="重要日期" size="small">
      {detail.dates.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={detail.state === 'rejected' ? '案件不予受理，无调解期限' : '受理后显示调解期限、司法确认和回访期限'}
        />
      ) : (
        <List<CaseDate>
          size="small"
          dataSource={detail.dates}
          renderItem={(d) => (
            <List.Item key={d.code}>
              <div style={{ width: '100%' }}>
                <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
                  <Typography.Text strong>{d.label}</Typography.Text>
                  <Space size={8}>
                    <span>{d.date}</span>
                    <Tag color={statusTag[d.status].color}>{statusTag[d.status].text}</Tag>
                  </Space>
                </Space>
                {d.detail && (
                  <Typography.Paragraph type="secondary" style={{ margin: '2px 0 0' }}>
                    {d.detail}
                  </Typography.Paragraph>
                )}
              </div>
            </List.Item>
          )}
        />
      )}
      <div style={{ borderTop: '1px solid rgba(5,5,5,0.06)', paddingTop: 8, marginTop: 4 }}>
        <EntryLine detail={detail} />
      </div>
    </Card>
  );
}
