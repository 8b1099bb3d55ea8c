// Columns of the 三会一课 table: date and time, kind, attendance, topics, row actions.
import { labelOf } from '@shared/codes';
import { cpcMeetingKinds } from '@shared/register-codes';
import { cpcMeetingSortFields, type CpcMeeting } from '@shared/schemas/cpc-meeting';
import type { TableColumnsType } from 'antd';
import { actionsColumn, codeLabel, EllipsisText, sortableBy } from '../../components/table-columns';
import type { ListView } from '../../lib/list-view';

export type MeetingSortField = (typeof cpcMeetingSortFields)[number];

interface Options {
  sort: Pick<ListView<MeetingSortField>, 'sort' | 'order'>;
  onView: (m: CpcMeeting) => void;
  onEdit: (m: CpcMeeting) => void;
  onDelete: (m: CpcMeeting) => Promise<void>;
}

export function attendance(m: Pick<CpcMeeting, 'expectedCount' | 'presentCount'>): string {
  const absent = m.expectedCount - m.presentCount;
  return `应到 ${m.expectedCount}，实到 ${m.presentCount}${absent > 0 ? `，缺席 ${absent}` : ''}`;
}

export function meetingColumns({ sort, onView, onEdit, onDelete }: Options): TableColumnsType<CpcMeeting> {
  const sortable = sortableBy(sort);
  return [
    {
      title: '会议日期',
      dataIndex: 'heldOn',
      ...sortable('heldOn'),
      fixed: 'left',
      render: (v: string, m: CpcMeeting) => (m.startTime ? `${v} ${m.startTime}` : v),
    },
    { title: '会议类型', dataIndex: 'kind', ...sortable('kind'), render: codeLabel(cpcMeetingKinds) },
    { title: '会议议题', dataIndex: 'topics', render: (v: string) => <EllipsisText text={v} /> },
    { title: '主持人', dataIndex: 'host' },
    { title: '出席情况', key: 'attendance', render: (_: unknown, m: CpcMeeting) => attendance(m) },
    { title: '党支部', dataIndex: 'branchName' },
    actionsColumn<CpcMeeting>({
      links: (m) => [
        { label: '查看', onClick: () => onView(m) },
        { label: '编辑', onClick: () => onEdit(m), method: 'cpcMeeting.update' },
      ],
      confirm: (m) => ({ title: `确定删除 ${m.heldOn} 的${labelOf(cpcMeetingKinds, m.kind)}记录？` }),
      onDelete,
      deleteMethod: 'cpcMeeting.delete',
    }),
  ];
}
