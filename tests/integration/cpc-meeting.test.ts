// 三会一课 meetings through dispatch on a real SQLite file: CRUD, absentees as an array, attendance rules, filters, audit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CpcMeeting, CpcMeetingInput } from '../../electron/shared/schemas/cpc-meeting';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';

let core: TempCore;
let branchId: number;
beforeEach(async () => {
  core = openTempCore(); // today is 2026-11-27 in Shanghai
  ({ id: branchId } = await ok<{ id: number }>(core, 'cpcBranch.create', { name: '司法所支部', foundedOn: '2015-07-01' }));
});
afterEach(() => core.cleanup());

const meeting = (o: Partial<CpcMeetingInput> = {}): CpcMeetingInput => ({
  branchId,
  kind: 'memberAssembly',
  heldOn: '2026-03-28',
  startTime: '09:30',
  place: '司法所会议室',
  host: '赵六',
  recorder: '王五',
  expectedCount: 5,
  presentCount: 4,
  absentees: [{ name: '钱七', reason: '公出' }],
  guests: '街道党工委组织委员',
  topics: '学习新修订的《中国共产党支部工作条例》',
  summary: null,
  resolutions: '全体通过',
  ...o,
});

const one = (sql: string) => core.handle.sqlite.prepare(sql).pluck().get() as number;
const counts = () => ({ meetings: one('SELECT COUNT(*) FROM cpc_meeting'), audit: one('SELECT COUNT(*) FROM audit_log') });

describe('cpcMeeting', () => {
  it('creates, reads, updates and deletes; absentees go out as an array; each change audited', async () => {
    const created = await ok<CpcMeeting>(core, 'cpcMeeting.create', meeting());
    expect(created).toMatchObject({ id: 1, branchName: '司法所支部', absentees: [{ name: '钱七', reason: '公出' }], startTime: '09:30' });
    expect(core.handle.sqlite.prepare('SELECT absentees FROM cpc_meeting').pluck().get()).toBe('[{"name":"钱七","reason":"公出"}]');
    expect(await ok(core, 'cpcMeeting.get', { id: 1 })).toEqual(created);
    const updated = await ok<CpcMeeting>(core, 'cpcMeeting.update', { id: 1, data: meeting({ presentCount: 5, absentees: [], startTime: '' }) });
    expect(updated).toMatchObject({ presentCount: 5, absentees: [], startTime: null });
    await ok(core, 'cpcMeeting.delete', { id: 1 });
    const rows = core.handle.sqlite.prepare("SELECT method, before, after FROM audit_log WHERE entity = 'cpcMeeting' ORDER BY id").all() as {
      method: string; before: string | null; after: string | null;
    }[];
    expect(rows.map((r) => r.method)).toEqual(['cpcMeeting.create', 'cpcMeeting.update', 'cpcMeeting.delete']);
    expect(JSON.parse(rows[1]!.before!)).toMatchObject({ absentees: [{ name: '钱七', reason: '公出' }] });
    expect(JSON.parse(rows[2]!.before!)).toMatchObject({ id: 1, topics: '学习新修订的《中国共产党支部工作条例》', absentees: [] });
    expect(rows[2]!.after).toBeNull();
  });

  it.each([
    [{ kind: 'party' as 'memberAssembly' }, 'kind', '请选择会议类型'],
    [{ heldOn: '2026-13-01' }, 'heldOn', '会议日期应为有效日期（如 2026-01-31）'],
    [{ heldOn: '2026-11-28' }, 'heldOn', '会议日期不能晚于今天'],
    [{ heldOn: '2015-06-30' }, 'heldOn', '会议日期不能早于支部成立日期（2015-07-01）'],
    [{ startTime: '24:00' }, 'startTime', '开始时间应为“时:分”（如 09:30）'],
    [{ place: '' }, 'place', '请填写会议地点'],
    [{ host: ' ' }, 'host', '请填写主持人'],
    [{ topics: '' }, 'topics', '请填写会议议题'],
    [{ expectedCount: 0, presentCount: 0, absentees: [] }, 'expectedCount', '应到人数至少为1人'],
    [{ presentCount: 1.5 }, 'presentCount', '实到人数应为整数'],
    [{ presentCount: 6 }, 'presentCount', '实到人数不能多于应到人数'],
    [{ absentees: [] }, 'absentees', '缺席人员应为 1 人（应到减实到），现填写了 0 人'],
    [{ absentees: [{ name: '钱七', reason: ' ' }] }, 'absentees.0.reason', '请填写“钱七”的缺席原因'],
    [{ absentees: [{ name: '', reason: '病假' }] }, 'absentees.0.name', '请填写第1位缺席人员的姓名'],
    [{ presentCount: 3, absentees: [{ name: '钱七', reason: '病假' }, { name: '钱七', reason: '公出' }] }, 'absentees.1.name', '缺席人员“钱七”重复填写'],
    [{ branchId: 42 }, 'branchId', '该党支部不存在或已被删除'],
  ] as [Partial<CpcMeetingInput>, string, string][])('rejects %j with a Chinese error on the field and writes nothing', async (bad, field, message) => {
    const before = counts();
    const result = await core.dispatch('cpcMeeting.create', meeting(bad));
    expect(result).toEqual({ ok: false, error: { code: bad.branchId ? 'NOT_FOUND' : 'VALIDATION_FAILED', field, message } });
    expect(counts()).toEqual(before);
  });

  it('lists by date with the branch, kind and year filters and a search over topics, host and place', async () => {
    const other = await ok<{ id: number }>(core, 'cpcBranch.create', { name: '联合支部', foundedOn: '2018-01-01' });
    await ok(core, 'cpcMeeting.create', meeting({ heldOn: '2025-12-20', kind: 'partyLecture', topics: '党课：党章' }));
    await ok(core, 'cpcMeeting.create', meeting({ heldOn: '2026-01-15', kind: 'committeeMeeting', topics: '研究发展党员' }));
    await ok(core, 'cpcMeeting.create', meeting({ heldOn: '2026-02-10', branchId: other.id, topics: '换届', host: '孙八' }));
    const topics = async (input: object) =>
      (await ok<{ items: CpcMeeting[]; total: number }>(core, 'cpcMeeting.list', input)).items.map((m) => m.topics);
    expect(await topics({ order: 'desc' })).toEqual(['换届', '研究发展党员', '党课：党章']);
    expect(await topics({ year: 2026 })).toEqual(['研究发展党员', '换届']);
    expect(await topics({ kind: 'partyLecture' })).toEqual(['党课：党章']);
    expect(await topics({ branchId: other.id })).toEqual(['换届']);
    expect(await topics({ q: '孙八' })).toEqual(['换届']);
    expect(await topics({ q: '发展' })).toEqual(['研究发展党员']);
    expect(await core.dispatch('cpcMeeting.list', { year: 1800 })).toMatchObject({ ok: false, error: { field: 'year' } });
  });
});
