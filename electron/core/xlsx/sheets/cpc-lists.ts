// Export-only sheet specs of Party work: branches (党支部) and 三会一课 meetings.
import { labelOf } from '../../../shared/codes';
import { cpcMeetingKinds, partyPosts } from '../../../shared/register-codes';
import type { CpcBranch } from '../../../shared/schemas/cpc-branch';
import { cpcMeetingListInput, type CpcMeeting } from '../../../shared/schemas/cpc-meeting';
import { xlsxListTitles } from '../../../shared/schemas/xlsx';
import { cpcBranchHandlers } from '../../services/cpc-branch';
import { cpcMeetingHandlers } from '../../services/cpc-meeting';
import { allPages, listInput, syncHandler, type SheetSpec } from '../sheet-spec';

const branches = syncHandler(cpcBranchHandlers['cpcBranch.list']);
const meetings = syncHandler(cpcMeetingHandlers['cpcMeeting.list']);

/** 书记：张三；组织委员：李四 */
function seatsText(b: CpcBranch): string | null {
  return b.committee.map((s) => `${labelOf(partyPosts, s.partyPost)}：${s.name}`).join('；') || null;
}

/** 张三（出差）；李四（病假） */
export function absenteesText(m: Pick<CpcMeeting, 'absentees'>): string | null {
  return m.absentees.map((a) => `${a.name}（${a.reason}）`).join('；') || null;
}

export const cpcBranchSheet: SheetSpec<CpcBranch> = {
  title: xlsxListTitles.cpcBranch,
  columns: [
    { header: '支部名称', width: 28, kind: 'text', value: (b) => b.name },
    { header: '成立日期', width: 12, kind: 'date', value: (b) => b.foundedOn },
    { header: '批准机关', width: 20, kind: 'text', value: (b) => b.approvedBy },
    { header: '本届任期开始', width: 14, kind: 'date', value: (b) => b.termStart },
    { header: '本届任期届满', width: 14, kind: 'date', value: (b) => b.termEnd },
    { header: '党员人数', width: 10, kind: 'text', value: (b) => String(b.memberCount) },
    { header: '正式党员人数', width: 12, kind: 'text', value: (b) => String(b.fullMemberCount) },
    { header: '会议次数', width: 10, kind: 'text', value: (b) => String(b.meetingCount) },
    { header: '支部委员会', width: 40, kind: 'text', value: seatsText },
    { header: '备注', width: 30, kind: 'text', value: (b) => b.note },
  ],
  // The branch list has no filters: every branch.
  rows: (call) => branches({}, call).items,
};

export const cpcMeetingSheet: SheetSpec<CpcMeeting> = {
  title: xlsxListTitles.cpcMeeting,
  columns: [
    { header: '党支部', width: 24, kind: 'text', value: (m) => m.branchName },
    { header: '会议类型', width: 12, kind: 'code', codes: cpcMeetingKinds, value: (m) => m.kind },
    { header: '会议日期', width: 12, kind: 'date', value: (m) => m.heldOn },
    { header: '开始时间', width: 10, kind: 'text', value: (m) => m.startTime },
    { header: '会议地点', width: 20, kind: 'text', value: (m) => m.place },
    { header: '主持人', width: 10, kind: 'text', value: (m) => m.host },
    { header: '记录人', width: 10, kind: 'text', value: (m) => m.recorder },
    { header: '应到人数', width: 10, kind: 'text', value: (m) => String(m.expectedCount) },
    { header: '实到人数', width: 10, kind: 'text', value: (m) => String(m.presentCount) },
    { header: '缺席人员及原因', width: 30, kind: 'text', value: absenteesText },
    { header: '列席人员', width: 20, kind: 'text', value: (m) => m.guests },
    { header: '会议议题', width: 40, kind: 'text', value: (m) => m.topics },
    { header: '内容摘要', width: 50, kind: 'text', value: (m) => m.summary },
    { header: '决议或表决结果', width: 40, kind: 'text', value: (m) => m.resolutions },
  ],
  rows: (call, filters) => allPages((page) => meetings(listInput(cpcMeetingListInput, filters, page), call)),
};
