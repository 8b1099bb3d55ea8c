// Read-only drawer of one 三会一课 meeting: every field, the absentees with reasons, and the attachments spot.
import { AttachmentsPanel } from '../attachments/attachments-panel';
import { labelOf } from '@shared/codes';
import { cpcMeetingKinds } from '@shared/register-codes';
import type { CpcMeeting } from '@shared/schemas/cpc-meeting';
import { Descriptions, Drawer, Skeleton, Typography } from 'antd';
import { QueryError } from '../../components/query-error';
import { attendance } from './meeting-columns';
import { useCpcMeeting } from './use-cpc';
import { PrintMenu } from '../documents/print-menu';

const text = (v: string | null) => (v ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{v}</Typography.Paragraph> : '—');

function absenteeList(m: CpcMeeting) {
  if (m.absentees.length === 0) return '无';
  return (
    <ol style={{ margin: 0, paddingInlineStart: 20 }}>
      {m.absentees.map((a) => (
        <li key={a.name}>
          {a.name}（{a.reason}）
        </li>
      ))}
    </ol>
  );
}

function Body({ id }: { id: number }) {
  const meeting = useCpcMeeting(id);
  if (meeting.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (meeting.isError) return <QueryError title="会议记录加载失败" error={meeting.error} onRetry={() => void meeting.refetch()} />;
  const m = meeting.data;
  return (
    <>
      <Descriptions
        column={1}
        bordered
        size="small"
        styles={{ label: { width: 130 } }}
        extra={<PrintMenu items={[{ key: 'cpcMeeting', title: '“三会一课”会议记录', target: { form: 'cpcMeeting', id: m.id } }]} />}
      >
        <Descriptions.Item label="会议类型">{labelOf(cpcMeetingKinds, m.kind)}</Descriptions.Item>
        <Descriptions.Item label="党支部">{m.branchName}</Descriptions.Item>
        <Descriptions.Item label="会议时间">{m.startTime ? `${m.heldOn} ${m.startTime}` : m.heldOn}</Descriptions.Item>
        <Descriptions.Item label="会议地点">{m.place}</Descriptions.Item>
        <Descriptions.Item label="主持人">{m.host}</Descriptions.Item>
        <Descriptions.Item label="记录人">{m.recorder}</Descriptions.Item>
        <Descriptions.Item label="出席情况">{attendance(m)}</Descriptions.Item>
        <Descriptions.Item label="缺席人员及原因">{absenteeList(m)}</Descriptions.Item>
        <Descriptions.Item label="列席人员">{m.guests ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="会议议题">{text(m.topics)}</Descriptions.Item>
        <Descriptions.Item label="内容摘要">{text(m.summary)}</Descriptions.Item>
        <Descriptions.Item label="决议或表决结果">{text(m.resolutions)}</Descriptions.Item>
      </Descriptions>
      <AttachmentsPanel ownerType="cpcMeeting" ownerId={m.id} roles={['signIn', 'photo', 'minutes', 'other']} />
    </>
  );
}

export function MeetingDetail({ id, onClose }: { id: number | null; onClose: () => void }) {
  return (
    <Drawer open={id !== null} title="会议记录" size={640} onClose={onClose} destroyOnHidden>
      {id !== null && <Body key={id} id={id} />}
    </Drawer>
  );
}
