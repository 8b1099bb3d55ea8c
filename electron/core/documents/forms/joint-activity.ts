// 共建活动记录 (domain-reference §7.3): one 庭所共建 / 所所共建 activity with its partner unit and attachments.
import { eq } from 'drizzle-orm';
import { jointActivity, partnerUnit } from '../../../../drizzle/schema';
import { labelOf } from '../../../shared/codes';
import { formData, text } from '../../../shared/documents/fields';
import { BLANK_DATE, dateCn } from '../../../shared/documents/format';
import type { FormDoc } from '../../../shared/documents/form-doc';
import { AppError } from '../../../shared/errors';
import { jointActivityKinds } from '../../../shared/register-codes';
import type { CallContext } from '../../services/context';
import type { RecordForm } from '../form-definition';
import { attachmentLines, attachmentList, attachmentsOf, fourColumns, officeName, pairRow, wideRow } from './r-common';

export const jointActivityData = formData({
  单位名称: text('本司法所名称'),
  共建类型: text('庭所共建或所所共建'),
  合作单位: text('合作单位名称，如某人民法庭、某派出所'),
  活动日期: text('活动日期，如2026年11月7日'),
  活动类型: text('活动类型，如联席会议、联合调解'),
  地点: text('活动地点'),
  本所参加人员: text('司法所一方参加人员'),
  合作单位参加人员: text('合作单位一方参加人员'),
  内容摘要: text('活动内容摘要'),
  涉及案件: text('通过活动移交或调处的案件数，如“3件”；未统计为空'),
  成效: text('活动成效'),
  备注: text('备注'),
  附件: attachmentList,
});
export type JointActivityData = typeof jointActivityData._output;

const kindOfBuilding = { court: '庭所共建', policeStation: '所所共建' } as const;

function build(call: CallContext, id: number): JointActivityData {
  const row = call.db
    .select({ activity: jointActivity, partner: { name: partnerUnit.name, kind: partnerUnit.kind } })
    .from(jointActivity)
    .innerJoin(partnerUnit, eq(partnerUnit.id, jointActivity.partnerUnitId))
    .where(eq(jointActivity.id, id))
    .get();
  if (!row) throw new AppError('NOT_FOUND', '该共建活动不存在或已被删除');
  const a = row.activity;
  return {
    单位名称: officeName(call),
    共建类型: kindOfBuilding[row.partner.kind],
    合作单位: row.partner.name,
    活动日期: dateCn(a.heldOn),
    活动类型: labelOf(jointActivityKinds, a.kind),
    地点: a.place,
    本所参加人员: a.ourParticipants,
    合作单位参加人员: a.partnerParticipants,
    内容摘要: a.summary,
    涉及案件: a.casesCount === null ? '' : `${a.casesCount}件`,
    成效: a.results ?? '',
    备注: a.note ?? '',
    附件: attachmentsOf(call, 'jointActivity', id),
  };
}

function layout(d: JointActivityData): FormDoc {
  return {
    title: '共建活动记录',
    kicker: d.单位名称 || undefined,
    blocks: [
      fourColumns([
        pairRow('共建类型', d.共建类型, '活动日期', d.活动日期),
        wideRow('合作单位', d.合作单位),
        pairRow('活动类型', d.活动类型, '活动地点', d.地点),
        wideRow('本所参加人员', d.本所参加人员),
        wideRow('合作单位参加人员', d.合作单位参加人员),
        wideRow('内容摘要', d.内容摘要, 4),
        wideRow('涉及案件', d.涉及案件),
        wideRow('成效', d.成效, 2),
        wideRow('附件', attachmentLines(d.附件)),
        wideRow('备注', d.备注),
      ]),
      { kind: 'signatures', lines: [{ label: '记录人（签名）：', date: '' }] },
      { kind: 'seal', organ: d.单位名称, date: BLANK_DATE },
    ],
  };
}

export const jointActivityForm: RecordForm<typeof jointActivityData> = {
  code: 'jointActivity',
  data: jointActivityData,
  build,
  layout,
};
