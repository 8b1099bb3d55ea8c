// Register forms over the demo office: every 共建活动, 三会一课 meeting and 排查 round builds data that parses and prints.
import { afterAll, describe, expect, it } from 'vitest';
import { cpcMeetingForm } from '../../../electron/core/documents/forms/cpc-meeting';
import { investigationRoundForm } from '../../../electron/core/documents/forms/investigation-round';
import { jointActivityForm } from '../../../electron/core/documents/forms/joint-activity';
import { registerForms } from '../../../electron/core/documents/forms/register-forms';
import { zeroReportForm } from '../../../electron/core/documents/forms/zero-report';
import type { RecordForm } from '../../../electron/core/documents/form-definition';
import type { CpcMeeting } from '../../../electron/shared/schemas/cpc-meeting';
import type { InvestigationRow } from '../../../electron/shared/schemas/investigation';
import type { JointActivity } from '../../../electron/shared/schemas/joint-activity';
import { png } from '../../unit/attachment-fixtures';
import { openDemoCore } from '../../helpers/demo-core';
import { ok } from '../../helpers/temp-core';
import { textsOf } from '../../helpers/pdf-text';
import { appErrorOf, readCall } from './forms-r-helpers';

const core = openDemoCore();
const call = readCall(core);
afterAll(() => core.cleanup());

const items = async <T>(method: string) => (await ok<{ items: T[] }>(core, method, { pageSize: 100 })).items;

function printed(form: RecordForm, id: number): { data: Record<string, unknown>; texts: string[] } {
  const data = form.build(call, id);
  expect(form.data.parse(data)).toEqual(data);
  const texts = textsOf(form.layout(data));
  for (const t of texts) expect(t).not.toMatch(/undefined|null|NaN|\[object/);
  return { data, texts };
}

describe('register forms on the demo office', () => {
  it('prints every joint activity with its partner, date, place and summary', async () => {
    const activities = await items<JointActivity>('jointActivity.list');
    expect(activities.length).toBeGreaterThan(3);
    for (const a of activities) {
      const { data, texts } = printed(jointActivityForm, a.id);
      expect(data).toMatchObject({ 合作单位: a.partnerName, 地点: a.place, 内容摘要: a.summary, 本所参加人员: a.ourParticipants });
      expect(data.共建类型).toBe(a.partnerKind === 'court' ? '庭所共建' : '所所共建');
      expect(texts).toEqual(expect.arrayContaining([a.partnerName, a.summary]));
      expect(data.单位名称).not.toBe('');
    }
  });

  it('prints every meeting with its branch, people, counts and absentees', async () => {
    const meetings = await items<CpcMeeting>('cpcMeeting.list');
    expect(meetings.length).toBeGreaterThan(3);
    for (const m of meetings) {
      const { data } = printed(cpcMeetingForm, m.id);
      expect(data).toMatchObject({
        支部名称: m.branchName, 主持人: m.host, 记录人: m.recorder, 议题: m.topics,
        应到人数: String(m.expectedCount), 实到人数: String(m.presentCount), 会议内容: m.summary ?? '',
      });
      expect(data.缺席人员).toEqual(m.absentees.map((a) => ({ 姓名: a.name, 原因: a.reason })));
    }
  });

  it('prints every round with one table row per finding, and the zero report only for rounds without findings', async () => {
    const rounds = await items<InvestigationRow>('investigation.list');
    const zero = rounds.filter((r) => r.zeroReport);
    expect(zero.length).toBeGreaterThan(0);
    expect(rounds.length).toBeGreaterThan(zero.length);
    for (const r of rounds) {
      const { data } = printed(investigationRoundForm, r.id);
      expect(data.纠纷).toHaveLength(r.findingsCount);
      expect(data.负责人).toBe(r.responsible);
      if (r.zeroReport) {
        const report = printed(zeroReportForm, r.id);
        expect(report.texts.join('')).toContain('本期经排查未发现矛盾纠纷');
      } else {
        expect(appErrorOf(() => zeroReportForm.build(call, r.id))).toEqual({
          code: 'VALIDATION_FAILED',
          message: `该次排查发现了${r.findingsCount}件矛盾纠纷，不是零报告，不能打印零报告表；请打印“矛盾纠纷排查记录”`,
        });
      }
    }
  });

  it('lists the attachments of a record by name and kind', async () => {
    const [a] = await items<JointActivity>('jointActivity.list');
    const add = (name: string, role: string) =>
      ok(core, 'attachment.add', { ownerType: 'jointActivity', ownerId: a!.id, role, name, dataBase64: png(3, 3).toString('base64') });
    await add('签到表.png', 'signIn');
    await add('现场照片.png', 'photo');
    const { data, texts } = printed(jointActivityForm, a!.id);
    expect(data.附件).toEqual([
      { 序号: '1', 名称: '签到表.png', 类别: '签到表' },
      { 序号: '2', 名称: '现场照片.png', 类别: '照片' },
    ]);
    expect(texts).toContain('1. 签到表.png（签到表）\n2. 现场照片.png（照片）');
  });

  it('says the record is missing for an unknown id', () => {
    const messages = Object.values(registerForms).map((form) => appErrorOf(() => form.build(call, 999_999)));
    expect(messages).toEqual([
      { code: 'NOT_FOUND', message: '该共建活动不存在或已被删除' },
      { code: 'NOT_FOUND', message: '该会议记录不存在或已被删除' },
      { code: 'NOT_FOUND', message: '该排查记录不存在或已被删除' },
      { code: 'NOT_FOUND', message: '该排查记录不存在或已被删除' },
    ]);
  });
});
