// Committees through dispatch: CRUD, list filters and pinyin search, options, validation, delete rules, audit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Committee, CommitteeDetail, CommitteeListItem } from '../../electron/shared/schemas/committee';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';

let core: TempCore;
beforeEach(() => {
  core = openTempCore(); // today is 2026-11-27 in Shanghai
});
afterEach(() => core.cleanup());

const street = { name: '东湖街道人民调解委员会', kind: 'street', filingNumber: '东司备〔2024〕3号', filedOn: '2024-03-01', foundedOn: '2011-05-04', phone: '0791-86661234' };
const medical = { name: '医患纠纷人民调解委员会', kind: 'professional', field: 'medical' };
const sqlite = () => core.handle.sqlite;
const count = (table: string) => sqlite().prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
type Page = { items: CommitteeListItem[]; total: number };

describe('committee register', () => {
  it('creates, gets with members, updates and deletes, each with an audit row', async () => {
    const created = await ok<Committee>(core, 'committee.create', street);
    expect(created).toMatchObject({ ...street, field: null, address: null, note: null });
    const updated = await ok<Committee>(core, 'committee.update', { id: created.id, data: { ...street, address: '东湖路1号' } });
    expect(updated.address).toBe('东湖路1号');
    const detail = await ok<CommitteeDetail>(core, 'committee.get', { id: created.id });
    expect(detail).toMatchObject({ name: street.name, members: [], activeMemberCount: 0, mediatorCount: 0, enterpriseCount: 0 });
    await ok(core, 'committee.delete', { id: created.id });
    expect(count('committee')).toBe(0);
    const methods = sqlite().prepare("SELECT method FROM audit_log WHERE entity = 'committee' ORDER BY id").pluck().all();
    expect(methods).toEqual(['committee.create', 'committee.update', 'committee.delete']);
    expect(await core.dispatch('committee.get', { id: created.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('lists with filters, pinyin search, sorting and active member counts; options sorted by pinyin', async () => {
    const a = await ok<Committee>(core, 'committee.create', street);
    await ok(core, 'committee.create', medical);
    await ok(core, 'committee.create', { name: '安康社区人民调解委员会', kind: 'community' });
    const member = { name: '王芳', gender: 'female', role: 'member', termStart: '2024-01-01', termEnd: '2026-12-31' };
    await ok(core, 'committeeMember.create', { committeeId: a.id, ...member });
    await ok(core, 'committeeMember.create', { committeeId: a.id, ...member, name: '李强', gender: 'male', leftOn: '2025-01-01' });

    const all = await ok<Page>(core, 'committee.list', {});
    expect(all.items.map((c) => c.name)).toEqual(['安康社区人民调解委员会', '东湖街道人民调解委员会', '医患纠纷人民调解委员会']);
    expect(all.items[1]).toMatchObject({ activeMemberCount: 1 });
    expect((await ok<Page>(core, 'committee.list', { filed: 'yes' })).items.map((c) => c.id)).toEqual([a.id]);
    expect((await ok<Page>(core, 'committee.list', { filed: 'no' })).total).toBe(2);
    expect((await ok<Page>(core, 'committee.list', { kind: 'professional' })).items[0]?.name).toBe(medical.name);
    expect((await ok<Page>(core, 'committee.list', { q: 'dhjd' })).items.map((c) => c.id)).toEqual([a.id]);
    expect((await ok<Page>(core, 'committee.list', { q: '医患' })).total).toBe(1);
    const desc = await ok<Page>(core, 'committee.list', { sort: 'name', order: 'desc', pageSize: 1, page: 1 });
    expect(desc).toMatchObject({ total: 3, items: [{ name: medical.name }] });

    const options = await ok<{ items: unknown[] }>(core, 'committee.options', {});
    expect(options.items).toEqual([
      { id: expect.any(Number), name: '安康社区人民调解委员会', kind: 'community' },
      { id: a.id, name: street.name, kind: 'street' },
      { id: expect.any(Number), name: medical.name, kind: 'professional' },
    ]);
    expect((await ok<{ items: unknown[] }>(core, 'committee.options', { kind: 'street' })).items).toHaveLength(1);
  });

  it.each([
    [{ name: ' ' }, 'name', '请填写调委会名称'],
    [{ kind: 'club' }, 'kind', '请选择调委会类型'],
    [{ kind: 'professional' }, 'field', '请选择行业性专业性调委会的行业领域'],
    [{ field: 'medical' }, 'field', '只有行业性专业性调委会填写行业领域'],
    [{ filedOn: null }, 'filedOn', '已填备案编号，请填写备案日期'],
    [{ filingNumber: '' }, 'filingNumber', '已填备案日期，请填写备案编号'],
    [{ filedOn: '2026-11-28' }, 'filedOn', '备案日期不能晚于今天'],
    [{ foundedOn: '2025-01-01' }, 'filedOn', '备案日期不能早于成立日期'],
    [{ filedOn: '2024-02-30' }, 'filedOn', '备案日期应为有效日期（如 2026-01-31）'],
    [{ phone: '12345' }, 'phone', '联系电话格式不正确（手机11位，或区号-座机号）'],
  ])('rejects %j on its field and writes nothing', async (bad, field, message) => {
    const result = await core.dispatch('committee.create', { ...street, ...bad });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field, message } });
    expect(count('committee')).toBe(0);
    expect(count('audit_log')).toBe(0);
  });

  it('an update with bad input changes nothing', async () => {
    const c = await ok<Committee>(core, 'committee.create', street);
    const result = await core.dispatch('committee.update', { id: c.id, data: { ...street, name: '', kind: 'professional' } });
    expect(result).toMatchObject({ ok: false, error: { field: 'data.name' } });
    expect(await ok<CommitteeDetail>(core, 'committee.get', { id: c.id })).toMatchObject({ name: street.name, kind: 'street' });
  });

  it('refuses to delete a committee with mediators, and changes nothing', async () => {
    const c = await ok<Committee>(core, 'committee.create', street);
    sqlite()
      .prepare(
        `INSERT INTO mediator (name, name_initials, name_pinyin, id_number, gender, birth_date, ethnicity, political_status, education, committee_id, employment, in_expert_pool, created_at, updated_at)
         VALUES ('赵敏', 'zm', 'zhaomin', '11010519491231002X', 'female', '1949-12-31', '01', '01', '21', ?, 'fullTime', 0, 'x', 'x')`,
      )
      .run(c.id);
    const result = await core.dispatch('committee.delete', { id: c.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('还有1名调解员，不能删除') } });
    expect(count('committee')).toBe(1);
    expect((await ok<CommitteeDetail>(core, 'committee.get', { id: c.id })).mediatorCount).toBe(1);
  });

  it('deletes its members with it (kept in the audit) and unlinks its enterprises', async () => {
    const c = await ok<Committee>(core, 'committee.create', street);
    await ok(core, 'committeeMember.create', { committeeId: c.id, name: '王芳', gender: 'female', role: 'director', termStart: '2024-01-01', termEnd: '2026-12-31' });
    const e = await ok<{ id: number }>(core, 'enterprise.create', { name: '江铃汽车', creditCode: '91512081MA62K0260E', employees: 800, committeeId: c.id });
    await ok(core, 'committee.delete', { id: c.id });
    expect(count('committee_member')).toBe(0);
    expect(await ok(core, 'enterprise.get', { id: e.id })).toMatchObject({ committeeId: null, committeeName: null });
    const before = sqlite().prepare("SELECT before FROM audit_log WHERE method = 'committee.delete'").pluck().get() as string;
    expect(JSON.parse(before)).toMatchObject({ name: street.name, members: [{ name: '王芳' }], unlinkedEnterprises: [{ id: e.id, name: '江铃汽车' }] });
  });
});
