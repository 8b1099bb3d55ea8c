// “三会一课”会议记录 (domain-reference §7.2): one branch meeting with attendance, topics, content and resolutions.
import { labelOf } from '../../../shared/codes';
import { formData, list, text } from '../../../shared/documents/fields';
import { dateCn } from '../../../shared/documents/format';
import type { FormDoc } from '../../../shared/documents/form-doc';
import { cpcMeetingKinds } from '../../../shared/register-codes';
import type { CallContext } from '../../services/context';
import { findMeeting } from '../../services/cpc-meeting';
import type { RecordForm } from '../form-definition';
import { attachmentLines, attachmentList, attachmentsOf, fourColumns, pairRow, wideRow } from './r-common';

export const cpcMeetingData = formData({
  支部名称: text('党支部名称'),
  会议类型: text('支部党员大会、支委会、党小组会、党课、主题党日或组织生活会'),
  会议日期: text('会议日期，如2026年11月7日'),
  开始时间: text('开始时间，如14:30；未登记为空'),
  会议时间: text('日期和开始时间，如2026年11月7日 14:30'),
  地点: text('会议地点'),
  主持人: text('主持人'),
  记录人: text('记录人'),
  应到人数: text('应到人数'),
  实到人数: text('实到人数'),
  缺席人数: text('缺席人数（应到减实到）'),
  缺席人员: list('缺席人员，每人一组', { 姓名: text('姓名'), 原因: text('缺席原因') }),
  缺席人员及原因: text('如“张三（出差）、李四（病假）”；全部到会为“无”'),
  列席人员: text('列席人员'),
  议题: text('会议议题'),
  会议内容: text('会议内容摘要'),
  决议: text('决议或表决结果'),
  附件: attachmentList,
});
export type CpcMeetingData = typeof cpcMeetingData._output;

function build(call: CallContext, id: number): CpcMeetingData {
  const m = findMeeting(call, id);
  const absentees = m.absentees.map((a) => ({ 姓名: a.name, 原因: a.reason }));
  const listed = absentees.map((a) => (a.原因 ? `${a.姓名}（${a.原因}）` : a.姓名)).join('、');
  const date = dateCn(m.heldOn);
  return {
    支部名称: m.branchName,
    会议类型: labelOf(cpcMeetingKinds, m.kind),
    会议日期: date,
    开始时间: m.startTime ?? '',
    会议时间: m.startTime ? `${date} ${m.startTime}` : date,
    地点: m.place,
    主持人: m.host,
    记录人: m.recorder,
    应到人数: String(m.expectedCount),
    实到人数: String(m.presentCount),
    缺席人数: String(Math.max(0, m.expectedCount - m.presentCount)),
    缺席人员: absentees,
    缺席人员及原因: listed || (m.presentCount >= m.expectedCount ? '无' : ''),
    列席人员: m.guests ?? '',
    议题: m.topics,
    会议内容: m.summary ?? '',
    决议: m.resolutions ?? '',
    附件: attachmentsOf(call, 'cpcMeeting', id),
  };
}

function layout(d: CpcMeetingData): FormDoc {
  return {
    title: '“三会一课”会议记录',
    kicker: d.支部名称 || undefined,
    blocks: [
      fourColumns([
        wideRow('支部名称', d.支部名称),
        pairRow('会议类型', d.会议类型, '会议时间', d.会议时间),
        pairRow('会议地点', d.地点, '主持人', d.主持人),
        pairRow('记录人', d.记录人, '列席人员', d.列席人员),
        pairRow('应到人数', d.应到人数, '实到人数', d.实到人数),
        wideRow('缺席人员及原因', d.缺席人员及原因),
        wideRow('会议议题', d.议题),
        wideRow('会议内容', d.会议内容, 6),
        wideRow('决议或表决结果', d.决议, 3),
        wideRow('附件', attachmentLines(d.附件)),
      ]),
      { kind: 'signatures', lines: [{ label: '主持人（签名）：' }, { label: '记录人（签名）：' }] },
    ],
  };
}

export const cpcMeetingForm: RecordForm<typeof cpcMeetingData> = {
  code: 'cpcMeeting',
  data: cpcMeetingData,
  build,
  layout,
};
