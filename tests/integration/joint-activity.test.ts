// Joint activities (庭所共建 / 所所共建) through dispatch: CRUD, filters and search, bad input, the 庭审观摩 rule, audit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JointActivity } from '../../electron/shared/schemas/joint-activity';
import type { PartnerUnit } from '../../electron/shared/schemas/partner-unit';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';

let core: TempCore;
let court: PartnerUnit;
let police: PartnerUnit;
beforeEach(async () => {
  core = openTempCore();
  court = await ok<PartnerUnit>(core, 'partnerUnit.create', { kind: 'court', name: '城关人民法庭' });
  police = await ok<PartnerUnit>(core, 'partnerUnit.create', { kind: 'policeStation', name: '北关派出所' });
});
afterEach(() => core.cleanup());

const meeting = {
  heldOn: '2026-10-15', kind: 'jointMeeting', place: '司法所会议室', ourParticipants: '张三、李四', partnerParticipants: '王庭长、赵法官',
  summary: '第三季度联席会议，通报诉调对接情况', results: '确定委派调解案件移交流程', casesCount: 3,
};
const count = (table: string) => core.handle.sqlite.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
const auditMethods = () => core.handle.sqlite.prepare("SELECT method FROM audit_log WHERE entity = 'jointActivity' ORDER BY id").pluck().all();
type Page = { items: JointActivity[]; total: number };

describe('joint activities', () => {
  it('creates, gets, updates and deletes with partner name and kind, each with an audit row', async () => {
    const created = await ok<JointActivity>(core, 'jointActivity.create', { partnerUnitId: court.id, ...meeting });
    expect(created).toMatchObject({ ...meeting, partnerUnitId: court.id, partnerName: '城关人民法庭', partnerKind: 'court', note: null });
    expect(await ok(core, 'jointActivity.get', { id: created.id })).toEqual(created);
    const moved = await ok<JointActivity>(core, 'jointActivity.update', {
      id: created.id,
      data: { ...meeting, partnerUnitId: police.id, kind: 'caseTransfer', casesCount: null, results: '' },
    });
    expect(moved).toMatchObject({ partnerName: '北关派出所', partnerKind: 'policeStation', casesCount: null, results: null });
    await ok(core, 'jointActivity.delete', { id: created.id });
    expect(count('joint_activity')).toBe(0);
    expect(auditMethods()).toEqual(['jointActivity.create', 'jointActivity.update', 'jointActivity.delete']);
    const after = core.handle.sqlite.prepare("SELECT after FROM audit_log WHERE method = 'jointActivity.update'").pluck().get() as string;
    expect(JSON.parse(after)).toMatchObject({ partnerName: '北关派出所', kind: 'caseTransfer' });
    expect(await core.dispatch('jointActivity.get', { id: created.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('filters by partner kind, partner, kind and year; searches summary, place and partner name; sorts by date', async () => {
    await ok(core, 'jointActivity.create', { partnerUnitId: court.id, ...meeting });
    await ok(core, 'jointActivity.create', { partnerUnitId: court.id, ...meeting, heldOn: '2025-06-01', kind: 'trialObservation', summary: '观摩离婚纠纷庭审' });
    await ok(core, 'jointActivity.create', { partnerUnitId: police.id, ...meeting, heldOn: '2026-03-02', kind: 'jointMediation', place: '北关派出所调解室', summary: '邻里纠纷联合调解' });
    const list = (input: object) => ok<Page>(core, 'jointActivity.list', input).then((p) => p.items.map((a) => a.heldOn));
    expect(await list({ partnerKind: 'court', order: 'desc' })).toEqual(['2026-10-15', '2025-06-01']);
    expect(await list({ partnerKind: 'policeStation' })).toEqual(['2026-03-02']);
    expect(await list({ partnerUnitId: court.id })).toEqual(['2025-06-01', '2026-10-15']);
    expect(await list({ kind: 'jointMediation' })).toEqual(['2026-03-02']);
    expect(await list({ year: 2026 })).toEqual(['2026-03-02', '2026-10-15']);
    expect(await list({ partnerKind: 'court', year: 2025 })).toEqual(['2025-06-01']);
    expect(await list({ q: '离婚' })).toEqual(['2025-06-01']);
    expect(await list({ q: '调解室' })).toEqual(['2026-03-02']);
    expect(await list({ q: 'cgrmft' })).toEqual(['2025-06-01', '2026-10-15']);
    expect(await list({ q: '100%' })).toEqual([]);
    const page = await ok<Page>(core, 'jointActivity.list', { pageSize: 2, page: 2 });
    expect(page).toMatchObject({ total: 3, items: [{ partnerName: expect.any(String) }] });
  });

  it.each([
    [{ partnerUnitId: undefined }, 'partnerUnitId', '请选择共建单位'],
    [{ heldOn: '2026-13-01' }, 'heldOn', '活动日期应为有效日期（如 2026-01-31）'],
    [{ kind: 'party' }, 'kind', '请选择活动类型'],
    [{ place: '' }, 'place', '请填写活动地点'],
    [{ ourParticipants: ' ' }, 'ourParticipants', '请填写本所参加人员'],
    [{ partnerParticipants: '' }, 'partnerParticipants', '请填写对方参加人员'],
    [{ summary: '' }, 'summary', '请填写内容摘要'],
    [{ casesCount: -1 }, 'casesCount', '涉及案件数不能为负数'],
    [{ casesCount: 1.5 }, 'casesCount', '涉及案件数应为整数'],
    [{ heldOn: '2026-11-28' }, 'heldOn', '活动日期不能晚于今天'],
    [{ partnerUnitId: 999 }, 'partnerUnitId', '该共建单位不存在或已被删除'],
  ])('rejects %j on its field and writes nothing', async (bad, field, message) => {
    const result = await core.dispatch('jointActivity.create', { partnerUnitId: court.id, ...meeting, ...bad });
    expect(result).toMatchObject({ ok: false, error: { field, message } });
    expect(count('joint_activity')).toBe(0);
    expect(auditMethods()).toEqual([]);
  });

  it('accepts today as the date (Asia/Shanghai)', async () => {
    core.setNow('2026-11-27T17:00:00.000Z'); // already 11-28 in Shanghai
    expect(await ok(core, 'jointActivity.create', { partnerUnitId: court.id, ...meeting, heldOn: '2026-11-28' })).toMatchObject({ heldOn: '2026-11-28' });
  });

  it('allows 庭审观摩 only with a court, on create and update', async () => {
    const refused = { ok: false, error: { code: 'VALIDATION_FAILED', field: 'kind', message: '庭审观摩只能与人民法庭开展，派出所不能选择此活动类型' } };
    expect(await core.dispatch('jointActivity.create', { partnerUnitId: police.id, ...meeting, kind: 'trialObservation' })).toEqual(refused);
    expect(count('joint_activity')).toBe(0);
    const observed = await ok<JointActivity>(core, 'jointActivity.create', { partnerUnitId: court.id, ...meeting, kind: 'trialObservation' });
    expect(await core.dispatch('jointActivity.update', { id: observed.id, data: { ...meeting, partnerUnitId: police.id, kind: 'trialObservation' } })).toEqual(refused);
    expect(await ok(core, 'jointActivity.get', { id: observed.id })).toEqual(observed);
    expect(auditMethods()).toEqual(['jointActivity.create']);
  });

  it('bad update input changes nothing', async () => {
    const created = await ok<JointActivity>(core, 'jointActivity.create', { partnerUnitId: court.id, ...meeting });
    expect(await core.dispatch('jointActivity.update', { id: created.id, data: { ...meeting, partnerUnitId: court.id, summary: '' } })).toMatchObject({
      ok: false,
      error: { field: 'data.summary', message: '请填写内容摘要' },
    });
    expect(await core.dispatch('jointActivity.update', { id: 999, data: { ...meeting, partnerUnitId: court.id } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.dispatch('jointActivity.delete', { id: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await ok(core, 'jointActivity.get', { id: created.id })).toEqual(created);
    expect(await core.dispatch('jointActivity.list', { partnerKind: 'procuratorate' })).toMatchObject({ ok: false, error: { field: 'partnerKind' } });
    expect(await core.dispatch('jointActivity.list', { year: 20260 })).toMatchObject({ ok: false, error: { field: 'year', message: '年份应在1949–2100之间' } });
    expect(auditMethods()).toEqual(['jointActivity.create']);
  });
});
