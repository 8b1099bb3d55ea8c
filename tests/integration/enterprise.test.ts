// Enterprises through dispatch: CRUD, credit code normalisation and uniqueness, committee link, list filters.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Committee } from '../../electron/shared/schemas/committee';
import type { Enterprise } from '../../electron/shared/schemas/enterprise';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';

let core: TempCore;
let committee: Committee;
beforeEach(async () => {
  core = openTempCore();
  committee = await ok<Committee>(core, 'committee.create', { name: '江铃汽车人民调解委员会', kind: 'enterprise' });
});
afterEach(() => core.cleanup());

const jiangling = { name: '江铃汽车股份有限公司', creditCode: '91512081MA62K0260E', employees: 1200, contact: '周明', committeeId: null };
const count = () => core.handle.sqlite.prepare('SELECT COUNT(*) FROM enterprise').pluck().get() as number;
type Page = { items: Enterprise[]; total: number };

describe('enterprise register', () => {
  it('creates (code normalised), gets, updates with a committee, deletes, each with an audit row', async () => {
    const created = await ok<Enterprise>(core, 'enterprise.create', { ...jiangling, creditCode: ' ９１５１２０８１ma62k0260e ' });
    expect(created).toMatchObject({ creditCode: '91512081MA62K0260E', employees: 1200, committeeId: null, committeeName: null, address: null });
    const updated = await ok<Enterprise>(core, 'enterprise.update', { id: created.id, data: { ...jiangling, committeeId: committee.id } });
    expect(updated).toMatchObject({ committeeId: committee.id, committeeName: committee.name });
    expect(await ok(core, 'enterprise.get', { id: created.id })).toEqual(updated);
    expect(await ok(core, 'committee.get', { id: committee.id })).toMatchObject({ enterpriseCount: 1 });
    await ok(core, 'enterprise.delete', { id: created.id });
    expect(count()).toBe(0);
    const methods = core.handle.sqlite.prepare("SELECT method FROM audit_log WHERE entity = 'enterprise' ORDER BY id").pluck().all();
    expect(methods).toEqual(['enterprise.create', 'enterprise.update', 'enterprise.delete']);
    expect(await core.dispatch('enterprise.get', { id: created.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses a credit code already registered, naming the field', async () => {
    const first = await ok<Enterprise>(core, 'enterprise.create', jiangling);
    const result = await core.dispatch('enterprise.create', { ...jiangling, name: '另一家公司', creditCode: '91512081ma62k0260e' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'creditCode', message: '该统一社会信用代码已登记（江铃汽车股份有限公司）' } });
    expect(count()).toBe(1);
    await ok(core, 'enterprise.update', { id: first.id, data: { ...jiangling, employees: 1300 } });
  });

  it.each([
    [{ name: '' }, 'name', '请填写企业名称'],
    [{ creditCode: '91350100M000100Y42' }, 'creditCode', '统一社会信用代码校验位不正确，请核对'],
    [{ creditCode: '91350100M000100Y4Z' }, 'creditCode', expect.stringContaining('不允许的字符“Z”')],
    [{ creditCode: '91350100M000100Y4' }, 'creditCode', '统一社会信用代码应为18位（现为17位）'],
    [{ creditCode: '91350100M0001O0Y43' }, 'creditCode', expect.stringContaining('不允许的字符“O”')],
    [{ employees: -1 }, 'employees', '职工人数应在0–1000000之间'],
    [{ employees: 1_000_001 }, 'employees', '职工人数应在0–1000000之间'],
    [{ employees: 12.5 }, 'employees', '职工人数应为整数'],
    [{ employees: undefined }, 'employees', '请填写职工人数'],
    [{ phone: 'abc' }, 'phone', expect.stringContaining('联系电话格式不正确')],
    [{ committeeId: 999 }, 'committeeId', '该调委会不存在或已被删除'],
  ])('rejects %j on its field and writes nothing', async (bad, field, message) => {
    const result = await core.dispatch('enterprise.create', { ...jiangling, ...bad });
    expect(result).toMatchObject({ ok: false, error: { field, message } });
    expect(count()).toBe(0);
  });

  it('an update with bad input changes nothing', async () => {
    const e = await ok<Enterprise>(core, 'enterprise.create', jiangling);
    expect(await core.dispatch('enterprise.update', { id: e.id, data: { ...jiangling, employees: 5, creditCode: 'x' } })).toMatchObject({
      ok: false,
      error: { field: 'data.creditCode' },
    });
    expect((await ok<Enterprise>(core, 'enterprise.get', { id: e.id })).employees).toBe(1200);
  });

  it('lists by name/pinyin/credit code with committee and ≥300 filters, sorted by employees', async () => {
    await ok(core, 'enterprise.create', jiangling);
    await ok(core, 'enterprise.create', { name: '洪都商贸有限公司', creditCode: '91350100M000100Y43', employees: 300, committeeId: committee.id });
    await ok(core, 'enterprise.create', { name: '小店便利店', creditCode: '92360100MA35X6C27W', employees: 4 });
    const names = (p: Page) => p.items.map((e) => e.name);
    expect(names(await ok<Page>(core, 'enterprise.list', {}))).toEqual(['洪都商贸有限公司', '江铃汽车股份有限公司', '小店便利店']);
    expect(names(await ok<Page>(core, 'enterprise.list', { sort: 'employees', order: 'desc' }))).toEqual(['江铃汽车股份有限公司', '洪都商贸有限公司', '小店便利店']);
    expect(names(await ok<Page>(core, 'enterprise.list', { q: 'jlqc' }))).toEqual(['江铃汽车股份有限公司']);
    expect(names(await ok<Page>(core, 'enterprise.list', { q: 'm000100' }))).toEqual(['洪都商贸有限公司']);
    expect(names(await ok<Page>(core, 'enterprise.list', { hasCommittee: 'yes' }))).toEqual(['洪都商贸有限公司']);
    expect(names(await ok<Page>(core, 'enterprise.list', { hasCommittee: 'no', large: true }))).toEqual(['江铃汽车股份有限公司']);
    expect((await ok<Page>(core, 'enterprise.list', { large: true })).total).toBe(2);
  });
});
