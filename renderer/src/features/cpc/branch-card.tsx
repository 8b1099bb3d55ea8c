// One Party branch: its details, member and meeting counts, and the committee (members holding posts).
import { dash } from '../../components/table-columns';
import { labelOf } from '@shared/codes';
import { partyPosts } from '@shared/register-codes';
import type { CpcBranch } from '@shared/schemas/cpc-branch';
import { Alert, Button, Card, Descriptions, Empty, Popconfirm, Space, Table, Typography } from 'antd';
import { hrefTo } from '../../shell/use-hash-route';
import { Can } from '../../auth/can';

interface Props {
  branch: CpcBranch;
  highlighted: boolean;
  onEdit: () => void;
  onDelete: () => Promise<void>;
}


/** 支部工作条例: 7 or more full members elect a committee of 3–5; fewer elect only a 书记 (and perhaps a 副书记). */
function committeeRule(b: CpcBranch): string {
  return b.fullMemberCount >= 7
    ? `正式党员 ${b.fullMemberCount} 名（7名以上），应设立支部委员会，委员一般3至5人`
    : `正式党员 ${b.fullMemberCount} 名（不足7名），不设支部委员会，设书记1名，必要时设副书记1名`;
}

export function BranchCard({ branch: b, highlighted, onEdit, onDelete }: Props) {
  return (
    <Card
      id={`cpc-branch-${b.id}`}
      title={b.name}
      style={highlighted ? { borderColor: '#1677ff', boxShadow: '0 0 0 2px rgba(22,119,255,0.2)' } : undefined}
      extra={
        <Space>
          <Can method="cpcBranch.update">
            <Button onClick={onEdit}>编辑</Button>
          </Can>
          <Can method="cpcBranch.delete">
            <Popconfirm
              title={`确定删除“${b.name}”？`}
              description="支部下还有党员或会议记录时不能删除。"
              okText="删除"
              cancelText="取消"
              okButtonProps={{ danger: true }}
              placement="topRight"
              onConfirm={onDelete}
            >
              <Button danger>删除</Button>
            </Popconfirm>
          </Can>
        </Space>
      }
    >
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
        <Descriptions.Item label="成立日期">{b.foundedOn}</Descriptions.Item>
        <Descriptions.Item label="批准机关">{dash(b.approvedBy)}</Descriptions.Item>
        <Descriptions.Item label="本届任期">
          {b.termStart ? `${b.termStart} 至 ${b.termEnd ?? '—'}` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="党员">
          <a href={`#/cpc/members?branch=${b.id}`}>
            {b.memberCount} 名（正式 {b.fullMemberCount}，预备 {b.memberCount - b.fullMemberCount}）
          </a>
        </Descriptions.Item>
        <Descriptions.Item label="会议记录">
          <a href="#/cpc/meetings">{b.meetingCount} 次</a>
        </Descriptions.Item>
        <Descriptions.Item label="备注">{dash(b.note)}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 20 }}>
        支部委员
      </Typography.Title>
      <Alert type="info" showIcon title={committeeRule(b)} style={{ marginBottom: 12 }} />
      <Table
        rowKey="memberId"
        size="small"
        pagination={false}
        dataSource={b.committee}
        columns={[
          { title: '党内职务', dataIndex: 'partyPost', width: 160, render: (v: string) => labelOf(partyPosts, v) },
          {
            title: '姓名',
            dataIndex: 'name',
            render: (name: string, seat) => <a href={hrefTo('cpc/members', seat.memberId)}>{name}</a>,
          },
        ]}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未登记书记、委员：在“党员”页面编辑党员的党内职务" />
          ),
        }}
      />
    </Card>
  );
}
