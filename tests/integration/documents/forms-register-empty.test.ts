// Register forms of records entered with only the required fields, before the office profile exists: blanks, never null.
import { afterAll, describe, expect, it } from 'vitest';
import { cpcMeetingForm } from '../../../electron/core/documents/forms/cpc-meeting';
import { investigationRoundForm } from '../../../electron/core/documents/forms/investigation-round';
import { jointActivityForm } from '../../../electron/core/documents/forms/joint-activity';
import { zeroReportForm } from '../../../electron/core/documents/forms/zero-report';
import type { RecordForm } from '../../../electron/core/documents/form-definition';
import type { FormDoc } from '../../../electron/shared/documents/form-doc';
import { BLANK_DATE } from '../../../electron/shared/documents/format';
import { ok, openTempCore } from '../../helpers/temp-core';
import { textsOf } from '../../helpers/pdf-text';
import { readCall } from './forms-r-helpers';

const core = openTempCore();
const call = readCall(core);
afterAll(() => core.cleanup());

const id = async (method: string, input: unknown) => (await ok<{ id: number }>(core, method, input)).id;

function printed(form: RecordForm, recordId: number) {
  const data = form.build(call, recordId);
  expect(form.data.parse(data)).toEqual(data);
  const doc = form.layout(data) as FormDoc;
  for (const t of textsOf(doc)) expect(t).not.toMatch(/undefined|null|NaN/);
  return { data, doc };
}

describe('register forms with every optional value empty', () => {
  it('prints a joint activity with empty 成效, 涉及案件, 备注 and no attachments', async () => {
    const partnerUnitId = await id('partnerUnit.create', { kind: 'policeStation', name: '城关派出所' });
    const activity = await id('jointActivity.create', {
      partnerUnitId, heldOn: '2026-11-02', kind: 'caseTransfer', place: '派出所调解室',
      ourParticipants: '李明', partnerParticipants: '赵警官', summary: '移交邻里纠纷一件',
    });
    const { data, doc } = printed(jointActivityForm, activity);
    expect(data).toEqual({
      单位名称: '', 共建类型: '所所共建', 合作单位: '城关派出所', 活动日期: '2026年11月2日', 活动类型: '案件移交',
      地点: '派出所调解室', 本所参加人员: '李明', 合作单位参加人员: '赵警官', 内容摘要: '移交邻里纠纷一件',
      涉及案件: '', 成效: '', 备注: '', 附件: [],
    });
    expect(doc.kicker).toBeUndefined();
    expect(doc.blocks).toContainEqual({ kind: 'seal', organ: '', date: BLANK_DATE });
  });

  it('prints a meeting without start time, guests, content or resolutions', async () => {
    const branchId = await id('cpcBranch.create', { name: '城关司法所党支部', foundedOn: '2020-07-01' });
    const meeting = await id('cpcMeeting.create', {
      branchId, kind: 'partyLecture', heldOn: '2026-11-05', place: '会议室', host: '张书记', recorder: '李明',
      expectedCount: 5, presentCount: 5, absentees: [], topics: '学习党章',
    });
    const { data } = printed(cpcMeetingForm, meeting);
    expect(data).toMatchObject({
      会议类型: '党课', 会议日期: '2026年11月5日', 开始时间: '', 会议时间: '2026年11月5日', 应到人数: '5', 实到人数: '5',
      缺席人数: '0', 缺席人员: [], 缺席人员及原因: '无', 列席人员: '', 会议内容: '', 决议: '', 附件: [],
    });
  });

  it('prints a district round without area, method, report date or findings, as a record and as a zero report', async () => {
    const round = await id('investigation.create', {
      level: 'district', period: '2026-10', kind: 'routine', conductedOn: '2026-10-20', investigators: '李明', responsible: '张所长',
    });
    const record = printed(investigationRoundForm, round);
    expect(record.data).toMatchObject({ 排查期间: '2026年10月', 期间起止: '2026年10月1日至2026年10月31日', 排查范围: '', 排查方式: '', 上报日期: '', 发现纠纷数: '0', 纠纷: [] });
    expect(textsOf(record.doc)).toContain('排查发现的矛盾纠纷：无（零报告）');
    const zero = printed(zeroReportForm, round);
    expect(zero.data).toMatchObject({ 排查单位: '', 排查结果: '本期经排查未发现矛盾纠纷', 备注: '' });
    expect(zero.doc.blocks).toContainEqual({ kind: 'seal', organ: '', date: BLANK_DATE });
    expect(zero.doc.blocks).toContainEqual({ kind: 'signatures', lines: [{ label: '报告人（签名）：' }, { label: '负责人（签名）：', date: '' }] });
  });
});
