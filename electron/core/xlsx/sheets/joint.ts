// Export-only sheet specs of joint building: partner units (共建单位) and joint activities (共建活动, both kinds).
import { jointActivityKinds, partnerKinds } from '../../../shared/register-codes';
import { jointActivityListInput, type JointActivity } from '../../../shared/schemas/joint-activity';
import { partnerUnitListInput, type PartnerUnit } from '../../../shared/schemas/partner-unit';
import { xlsxListTitles } from '../../../shared/schemas/xlsx';
import { jointActivityHandlers } from '../../services/joint-activity';
import { partnerUnitHandlers } from '../../services/partner-unit';
import { allPages, listInput, syncHandler, type SheetSpec } from '../sheet-spec';

const partners = syncHandler(partnerUnitHandlers['partnerUnit.list']);
const activities = syncHandler(jointActivityHandlers['jointActivity.list']);

export const partnerUnitSheet: SheetSpec<PartnerUnit> = {
  title: xlsxListTitles.partnerUnit,
  columns: [
    { header: '共建单位类型', width: 12, kind: 'code', codes: partnerKinds, value: (p) => p.kind },
    { header: '单位名称', width: 28, kind: 'text', value: (p) => p.name },
    { header: '地址', width: 30, kind: 'text', value: (p) => p.address },
    { header: '联系人', width: 10, kind: 'text', value: (p) => p.contact },
    { header: '联系电话', width: 16, kind: 'text', value: (p) => p.phone },
    { header: '共建协议签订日期', width: 16, kind: 'date', value: (p) => p.agreementOn },
    { header: '活动次数', width: 10, kind: 'text', value: (p) => String(p.activityCount) },
    { header: '备注', width: 30, kind: 'text', value: (p) => p.note },
  ],
  rows: (call, filters) => allPages((page) => partners(listInput(partnerUnitListInput, filters, page), call)),
};

export const jointActivitySheet: SheetSpec<JointActivity> = {
  title: xlsxListTitles.jointActivity,
  columns: [
    { header: '共建类型', width: 12, kind: 'code', codes: partnerKinds, value: (a) => a.partnerKind },
    { header: '共建单位', width: 26, kind: 'text', value: (a) => a.partnerName },
    { header: '活动日期', width: 12, kind: 'date', value: (a) => a.heldOn },
    { header: '活动类型', width: 14, kind: 'code', codes: jointActivityKinds, value: (a) => a.kind },
    { header: '活动地点', width: 20, kind: 'text', value: (a) => a.place },
    { header: '本所参加人员', width: 24, kind: 'text', value: (a) => a.ourParticipants },
    { header: '对方参加人员', width: 24, kind: 'text', value: (a) => a.partnerParticipants },
    { header: '内容摘要', width: 50, kind: 'text', value: (a) => a.summary },
    { header: '成效', width: 30, kind: 'text', value: (a) => a.results },
    { header: '涉及案件数', width: 10, kind: 'text', value: (a) => (a.casesCount === null ? null : String(a.casesCount)) },
    { header: '备注', width: 30, kind: 'text', value: (a) => a.note },
  ],
  // The page's partnerKind filter decides 庭所共建, 所所共建 or both.
  rows: (call, filters) => allPages((page) => activities(listInput(jointActivityListInput, filters, page), call)),
};
