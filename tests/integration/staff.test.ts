// The staff register through dispatch on a real SQLite file: CRUD, search, paging, errors, audit rows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Staff, StaffInput } from '../../electron/shared/schemas/staff';
import { makeIdNumber } from '../../electron/core/demo-data';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';

let core: TempCore;
beforeEach(() => {
  core = openTempCore();
});
afterEach(() => core.cleanup());

function person(overrides: Partial<StaffInput> = {}): StaffInput {
  return {
    name: '张三',
    idNumber: '11010519491231002x',
    ethnicity: '01',
    politicalStatus: '01',
    education: '21',
    post: '所长',
    staffingType: 'politicalLegal',
    startDate: '2010-03-01',
    phone: '13800138000',
    note: null,
    ...overrides,
  };
}

function counts() {
  const one = (sql: string) => core.handle.sqlite.prepare(sql).pluck().get() as number;
  return { staff: one('SELECT COUNT(*) FROM staff'), audit: one('SELECT COUNT(*) FROM audit_log') };
}

function auditRows() {
  return core.handle.sqlite.prepare('SELECT actor, method, entity, entity_id, before, after FROM audit_log ORDER BY id').all() as {
    actor: string; method: string; entity: string; entity_id: string; before: string | null; after: string | null;
  }[];
}

describe('staff register', () => {
  it('creates, reads, updates and deletes, with an audit row for each change', async () => {
    const created = await ok<Staff>(core, 'staff.create', person());
    expect(created).toMatchObject({ id: 1, idNumber: '11010519491231002X', birthDate: '1949-12-31', gender: 'female' });
    expect(await ok(core, 'staff.get', { id: created.id })).toEqual(created);

    core.setNow('2026-11-28T02:00:00.000Z');
    const updated = await ok<Staff>(core, 'staff.update', { id: created.id, data: person({ name: '张三丰', post: '副所长' }) });
    expect(updated).toMatchObject({ name: '张三丰', post: '副所长', createdAt: created.createdAt, updatedAt: '2026-11-28T02:00:00.000Z' });

    expect(await ok(core, 'staff.delete', { id: created.id })).toEqual({ id: created.id });
    expect(await core.dispatch('staff.get', { id: created.id })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: '该工作人员不存在或已被删除' },
    });

    const rows = auditRows();
    expect(rows.map((r) => r.method)).toEqual(['staff.create', 'staff.update', 'staff.delete']);
    expect(rows.every((r) => r.actor === 'tester' && r.entity === 'staff' && r.entity_id === '1')).toBe(true);
    expect(rows[0]!.before).toBeNull();
    expect(JSON.parse(rows[1]!.before!)).toMatchObject({ name: '张三' });
    expect(JSON.parse(rows[1]!.after!)).toMatchObject({ name: '张三丰' });
    expect(rows[2]!.after).toBeNull();
  });

  it.each([
    [{ name: '  ' }, 'name', '请填写姓名'],
    [{ idNumber: '110105194912310021' }, 'idNumber', '身份证号码校验位不正确，请核对'],
    [{ idNumber: '1101051949' }, 'idNumber', '身份证号码应为18位'],
    [{ phone: '12345' }, 'phone', '联系电话格式不正确（手机11位，或区号-座机号）'],
    [{ ethnicity: 'zz' }, 'ethnicity', '请选择民族'],
    [{ startDate: '2010-02-30' }, 'startDate', '到所工作时间应为有效日期（如 2026-01-31）'],
    [{ startDate: '1940-01-01' }, 'startDate', '到所工作时间应晚于出生日期'],
    [{ startDate: '2027-01-01' }, 'startDate', '到所工作时间不能晚于今天'],
    [{ idNumber: makeIdNumber('110105', '2026-12-25', 'male', 3), startDate: null }, 'idNumber', '身份证号码中的出生日期晚于今天'],
  ] as [Partial<StaffInput>, string, string][])('rejects %j with a Chinese error on the field and writes nothing', async (bad, field, message) => {
    const before = counts();
    const result = await core.dispatch('staff.create', person(bad));
    expect(result).toEqual({ ok: false, error: { code: 'VALIDATION_FAILED', field, message } });
    expect(counts()).toEqual(before);
  });

  it('refuses a second person with the same ID number, on create and on update', async () => {
    const first = await ok<Staff>(core, 'staff.create', person());
    const other = await ok<Staff>(core, 'staff.create', person({ name: '李四', idNumber: makeIdNumber('320102', '1980-05-06', 'male', 11) }));
    const before = counts();
    expect(await core.dispatch('staff.create', person({ name: '王五' }))).toEqual({
      ok: false,
      error: { code: 'CONFLICT', field: 'idNumber', message: '该身份证号码已登记（张三）' },
    });
    const clash = await core.dispatch('staff.update', { id: other.id, data: person({ name: '李四' }) });
    expect(clash).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'idNumber' } });
    expect(counts()).toEqual(before);
    expect(await ok<Staff>(core, 'staff.get', { id: first.id })).toEqual(first);
  });

  it('reports update errors on the nested field and leaves the row unchanged', async () => {
    const created = await ok<Staff>(core, 'staff.create', person());
    const result = await core.dispatch('staff.update', { id: created.id, data: person({ name: '' }) });
    expect(result).toEqual({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'data.name', message: '请填写姓名' } });
    expect(await ok(core, 'staff.get', { id: created.id })).toEqual(created);
    expect(await core.dispatch('staff.update', { id: 99, data: person() })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.dispatch('staff.delete', { id: 99 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  describe('list', () => {
    const names = ['张三', '李四', '王五', '赵六', '单雄信', '曾小贤', '张伟'];
    beforeEach(async () => {
      for (const [i, name] of names.entries()) {
        core.setNow(`2026-11-0${i + 1}T02:00:00.000Z`);
        await ok(core, 'staff.create', person({ name, idNumber: makeIdNumber('320102', `198${i}-01-1${i}`, i % 2 ? 'male' : 'female', i) }));
      }
    });

    const search = async (q: string) =>
      (await ok<{ items: Staff[] }>(core, 'staff.list', { q, sort: 'name' })).items.map((s) => s.name);

    it('finds by name, pinyin initials, full pinyin and ID number', async () => {
      expect(await search('张')).toEqual(['张三', '张伟']);
      expect(await search('zs')).toEqual(['张三']);
      expect(await search('ZW')).toEqual(['张伟']);
      expect(await search('sxx')).toEqual(['单雄信']);
      expect(await search('zeng')).toEqual(['曾小贤']);
      expect(await search('zhang san')).toEqual(['张三']);
      expect(await search('ｚｓ')).toEqual(['张三']);
      expect(await search(makeIdNumber('320102', '1983-01-13', 'male', 3).slice(6, 14))).toEqual(['赵六']);
      expect(await search('%')).toEqual([]);
      expect(await search('_')).toEqual([]);
    });

    it('pages and sorts on the server', async () => {
      const page1 = await ok<{ items: Staff[]; total: number }>(core, 'staff.list', { page: 1, pageSize: 3, sort: 'name', order: 'asc' });
      const page3 = await ok<{ items: Staff[]; total: number }>(core, 'staff.list', { page: 3, pageSize: 3, sort: 'name', order: 'asc' });
      expect(page1.total).toBe(7);
      expect(page1.items.map((s) => s.name)).toEqual(['李四', '单雄信', '王五']);
      expect(page3.items.map((s) => s.name)).toEqual(['赵六']);
      const byBirth = await ok<{ items: Staff[] }>(core, 'staff.list', { sort: 'birthDate', order: 'desc', pageSize: 2 });
      expect(byBirth.items.map((s) => s.name)).toEqual(['张伟', '曾小贤']);
    });

    it('validates paging input', async () => {
      expect(await core.dispatch('staff.list', { pageSize: 1000 })).toEqual({
        ok: false,
        error: { code: 'VALIDATION_FAILED', field: 'pageSize', message: '每页最多100条' },
      });
      expect(await core.dispatch('staff.list', { sort: 'id_number; DROP TABLE staff' })).toMatchObject({ ok: false, error: { field: 'sort' } });
    });
  });
});
