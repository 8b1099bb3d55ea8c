// Partner units (共建单位) through dispatch: CRUD, search and options, bad input, delete and kind-change refusals, audit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PartnerUnit } from '../../electron/shared/schemas/partner-unit';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';

let core: TempCore;
beforeEach(() => {
  core = openTempCore();
});
afterEach(() => core.cleanup());

const court = { kind: 'court', name: '城关人民法庭', address: '城关镇人民路8号', contact: '王庭长', phone: '13800138000', agreementOn: '2025-03-01' };
const police = { kind: 'policeStation', name: '北关派出所', contact: '李所长' };
const activity = {
  heldOn: '2026-10-15', kind: 'jointMeeting', place: '司法所会议室', ourParticipants: '张三、李四', partnerParticipants: '王庭长', summary: '第三季度联席会议',
};
const count = (table: string) => core.handle.sqlite.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
const auditMethods = () => core.handle.sqlite.prepare("SELECT method FROM audit_log WHERE entity = 'partnerUnit' ORDER BY id").pluck().all();
type Page = { items: PartnerUnit[]; total: number };

describe('partner units', () => {
  it('creates, gets, updates and deletes, each with an audit row', async () => {
    const created = await ok<PartnerUnit>(core, 'partnerUnit.create', court);
    expect(created).toMatchObject({ ...court, note: null, activityCount: 0 });
    expect(await ok(core, 'partnerUnit.get', { id: created.id })).toEqual(created);
    const updated = await ok<PartnerUnit>(core, 'partnerUnit.update', { id: created.id, data: { ...court, contact: '赵法官', phone: '' } });
    expect(updated).toMatchObject({ contact: '赵法官', phone: null });
    await ok(core, 'partnerUnit.delete', { id: created.id });
    expect(count('partner_unit')).toBe(0);
    expect(auditMethods()).toEqual(['partnerUnit.create', 'partnerUnit.update', 'partnerUnit.delete']);
    const before = core.handle.sqlite.prepare("SELECT before FROM audit_log WHERE method = 'partnerUnit.delete'").pluck().get() as string;
    expect(JSON.parse(before)).toMatchObject({ name: '城关人民法庭', contact: '赵法官' });
    expect(await core.dispatch('partnerUnit.get', { id: created.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('lists by kind, searches by name and pinyin initials, sorts by name, and offers options', async () => {
    await ok(core, 'partnerUnit.create', court);
    await ok(core, 'partnerUnit.create', police);
    await ok(core, 'partnerUnit.create', { kind: 'court', name: '安乐人民法庭' });
    const courts = await ok<Page>(core, 'partnerUnit.list', { kind: 'court', sort: 'name' });
    expect(courts.items.map((p) => p.name)).toEqual(['安乐人民法庭', '城关人民法庭']);
    expect(courts.total).toBe(2);
    expect((await ok<Page>(core, 'partnerUnit.list', { q: 'bgp' })).items.map((p) => p.name)).toEqual(['北关派出所']);
    expect((await ok<Page>(core, 'partnerUnit.list', { q: '城关' })).items.map((p) => p.name)).toEqual(['城关人民法庭']);
    expect((await ok<Page>(core, 'partnerUnit.list', { pageSize: 1, page: 2 })).items).toHaveLength(1);
    const options = await ok<{ items: unknown[] }>(core, 'partnerUnit.options', { kind: 'policeStation' });
    expect(options.items).toEqual([{ id: expect.any(Number), name: '北关派出所', kind: 'policeStation' }]);
    expect((await ok<{ items: unknown[] }>(core, 'partnerUnit.options', {})).items).toHaveLength(3);
  });

  it.each([
    [{ name: '  ' }, 'name', '请填写单位名称'],
    [{ kind: 'procuratorate' }, 'kind', '请选择共建单位类型'],
    [{ phone: '12345' }, 'phone', '联系电话格式不正确（手机11位，或区号-座机号）'],
    [{ agreementOn: '2025-02-30' }, 'agreementOn', '共建协议签订日期应为有效日期（如 2026-01-31）'],
    [{ agreementOn: '2026-12-01' }, 'agreementOn', '共建协议签订日期不能晚于今天'],
    [{ note: '长'.repeat(501) }, 'note', '备注不能超过500个字'],
  ])('rejects %j on its field and writes nothing', async (bad, field, message) => {
    const result = await core.dispatch('partnerUnit.create', { ...court, ...bad });
    expect(result).toMatchObject({ ok: false, error: { field, message } });
    expect(count('partner_unit')).toBe(0);
    expect(count('audit_log')).toBe(0);
  });

  it('refuses a second unit of the same kind and name, and bad update input changes nothing', async () => {
    const created = await ok<PartnerUnit>(core, 'partnerUnit.create', court);
    expect(await core.dispatch('partnerUnit.create', court)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', field: 'name', message: '人民法庭“城关人民法庭”已登记' },
    });
    expect(await core.dispatch('partnerUnit.update', { id: created.id, data: { ...court, name: '' } })).toMatchObject({
      ok: false,
      error: { field: 'data.name', message: '请填写单位名称' },
    });
    expect(await ok(core, 'partnerUnit.get', { id: created.id })).toEqual(created);
    expect(await core.dispatch('partnerUnit.update', { id: 999, data: court })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(auditMethods()).toEqual(['partnerUnit.create']);
  });

  it('counts each unit\'s own activities, and a unit without activities may change its kind', async () => {
    const a = await ok<PartnerUnit>(core, 'partnerUnit.create', court);
    const b = await ok<PartnerUnit>(core, 'partnerUnit.create', { ...court, name: '城西人民法庭' });
    await ok(core, 'jointActivity.create', { partnerUnitId: a.id, ...activity });
    await ok(core, 'jointActivity.create', { partnerUnitId: a.id, ...activity, heldOn: '2026-10-16' });
    const page = await ok<Page>(core, 'partnerUnit.list', {});
    expect(page.items.map((u) => [u.name, u.activityCount])).toEqual([
      ['城关人民法庭', 2],
      ['城西人民法庭', 0],
    ]);
    await ok(core, 'partnerUnit.update', { id: b.id, data: { ...police, name: '城西派出所' } });
    expect(await ok(core, 'partnerUnit.get', { id: b.id })).toMatchObject({ kind: 'policeStation', activityCount: 0 });
  });

  it('refuses to delete or change the kind of a unit with activities, and changes nothing', async () => {
    const unit = await ok<PartnerUnit>(core, 'partnerUnit.create', court);
    await ok(core, 'jointActivity.create', { partnerUnitId: unit.id, ...activity });
    expect(await ok(core, 'partnerUnit.get', { id: unit.id })).toMatchObject({ activityCount: 1 });
    expect(await core.dispatch('partnerUnit.delete', { id: unit.id })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '“城关人民法庭”已有1条共建活动记录，不能删除；请先删除这些活动' },
    });
    const changed = await core.dispatch('partnerUnit.update', { id: unit.id, data: { ...court, kind: 'policeStation' } });
    expect(changed).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'kind' } });
    expect(changed.ok ? '' : changed.error.message).toContain('不能改为派出所');
    expect(await ok(core, 'partnerUnit.get', { id: unit.id })).toMatchObject({ kind: 'court', activityCount: 1 });
    // Other fields can still change while the kind stays.
    await ok(core, 'partnerUnit.update', { id: unit.id, data: { ...court, name: '城关法庭' } });
    expect(auditMethods()).toEqual(['partnerUnit.create', 'partnerUnit.update']);
  });

  it('lets a unit without activities change its kind', async () => {
    const unit = await ok<PartnerUnit>(core, 'partnerUnit.create', police);
    expect(await ok(core, 'partnerUnit.update', { id: unit.id, data: { ...police, kind: 'court' } })).toMatchObject({ kind: 'court' });
  });
});
