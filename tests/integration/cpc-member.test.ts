// Party members through dispatch on a real SQLite file: CRUD, staff link, ID number rules, filters, errors, audit rows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeIdNumber } from '../../electron/core/demo-data';
import type { CpcMember, CpcMemberInput } from '../../electron/shared/schemas/cpc-member';
import type { Staff } from '../../electron/shared/schemas/staff';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';

let core: TempCore;
let branchId: number;
beforeEach(async () => {
  core = openTempCore(); // today is 2026-11-27 in Shanghai
  ({ id: branchId } = await ok<{ id: number }>(core, 'cpcBranch.create', { name: '司法所支部', foundedOn: '2015-07-01' }));
});
afterEach(() => core.cleanup());

const member = (o: Partial<CpcMemberInput> = {}): CpcMemberInput => ({
  branchId,
  name: '李红',
  gender: 'female',
  birthDate: '1980-03-02',
  ethnicity: '01',
  education: '21',
  joinedOn: '2005-06-01',
  memberType: 'full',
  fullOn: '2006-06-01',
  partyPost: 'member',
  phone: '13800138000',
  ...o,
});

const one = (sql: string) => core.handle.sqlite.prepare(sql).pluck().get() as number;
const counts = () => ({ members: one('SELECT COUNT(*) FROM cpc_member'), audit: one('SELECT COUNT(*) FROM audit_log') });

async function createStaff(): Promise<Staff> {
  return ok<Staff>(core, 'staff.create', {
    name: '欧阳明远', idNumber: makeIdNumber('320102', '1986-06-15', 'male', 7), ethnicity: '03',
    politicalStatus: '01', education: '14', post: '所长', staffingType: 'politicalLegal',
  });
}

describe('cpcMember', () => {
  it('creates, reads, updates and deletes, auditing each change with the record', async () => {
    const created = await ok<CpcMember>(core, 'cpcMember.create', member());
    expect(created).toMatchObject({ id: 1, branchName: '司法所支部', name: '李红', staffId: null, idNumber: null, gender: 'female' });
    expect(await ok(core, 'cpcMember.get', { id: 1 })).toEqual(created);
    const updated = await ok<CpcMember>(core, 'cpcMember.update', { id: 1, data: member({ partyPost: 'secretary' }) });
    expect(updated.partyPost).toBe('secretary');
    await ok(core, 'cpcMember.delete', { id: 1 });
    const rows = core.handle.sqlite.prepare("SELECT method, before, after FROM audit_log WHERE entity = 'cpcMember' ORDER BY id").all() as {
      method: string; before: string | null; after: string | null;
    }[];
    expect(rows.map((r) => r.method)).toEqual(['cpcMember.create', 'cpcMember.update', 'cpcMember.delete']);
    expect(JSON.parse(rows[1]!.before!)).toMatchObject({ partyPost: 'member' });
    expect(JSON.parse(rows[2]!.before!)).toMatchObject({ id: 1, name: '李红', partyPost: 'secretary' });
    expect(rows[2]!.after).toBeNull();
  });

  it('an ID number fixes gender and birth date, and may be registered only once', async () => {
    const idNumber = makeIdNumber('110105', '1975-01-20', 'male', 3).toLowerCase();
    const created = await ok<CpcMember>(core, 'cpcMember.create', member({ idNumber, gender: 'female', birthDate: '1999-01-01' }));
    expect(created).toMatchObject({ idNumber: idNumber.toUpperCase(), gender: 'male', birthDate: '1975-01-20' });
    const before = counts();
    expect(await core.dispatch('cpcMember.create', member({ name: '李白', idNumber }))).toEqual({
      ok: false, error: { code: 'CONFLICT', field: 'idNumber', message: '该身份证号码已登记为党员（李红）' },
    });
    expect(counts()).toEqual(before);
  });

  it('takes the person’s data from the linked staff record and allows one member per staff person', async () => {
    const person = await createStaff();
    const created = await ok<CpcMember>(core, 'cpcMember.create', member({ staffId: person.id, name: '别的名字', ethnicity: '01', education: '81' }));
    expect(created).toMatchObject({
      staffId: person.id, name: '欧阳明远', idNumber: person.idNumber, gender: 'male', birthDate: '1986-06-15', ethnicity: '03', education: '14',
    });
    const before = counts();
    expect(await core.dispatch('cpcMember.create', member({ staffId: person.id }))).toEqual({
      ok: false, error: { code: 'CONFLICT', field: 'staffId', message: '该工作人员已登记为党员（欧阳明远），每人只能登记一次' },
    });
    expect(await core.dispatch('cpcMember.create', member({ staffId: 999 }))).toEqual({
      ok: false, error: { code: 'NOT_FOUND', field: 'staffId', message: '所选工作人员不存在或已被删除' },
    });
    expect(counts()).toEqual(before);
    // Correcting the staff record corrects the member too, audited as a change of the member.
    const { id: _id, createdAt: _c, updatedAt: _u, birthDate: _b, gender: _g, ...data } = person as unknown as Record<string, unknown>;
    await ok(core, 'staff.update', { id: person.id, data: { ...data, name: '欧阳明', education: '21' } });
    expect(await ok(core, 'cpcMember.get', { id: created.id })).toMatchObject({ staffId: person.id, name: '欧阳明', education: '21' });
    expect(await ok<{ items: CpcMember[] }>(core, 'cpcMember.list', { q: 'oym' })).toMatchObject({ items: [{ name: '欧阳明' }] });
    // Deleting the staff person keeps the member and clears the link, and the audit log says so.
    await ok(core, 'staff.delete', { id: person.id });
    expect(await ok(core, 'cpcMember.get', { id: created.id })).toMatchObject({ staffId: null, name: '欧阳明' });
    const memberAudit = core.handle.sqlite
      .prepare("SELECT method, json_extract(after, '$.staffId') AS staffId FROM audit_log WHERE entity = 'cpcMember' ORDER BY id")
      .all();
    expect(memberAudit).toEqual([
      { method: 'cpcMember.create', staffId: person.id },
      { method: 'staff.update', staffId: person.id },
      { method: 'staff.delete', staffId: null },
    ]);
  });

  it.each([
    [{ name: '' }, 'name', '请填写姓名'],
    [{ branchId: 99 }, 'branchId', '该党支部不存在或已被删除'],
    [{ gender: null }, 'gender', '请选择性别'],
    [{ birthDate: null }, 'birthDate', '请填写出生日期（或填写身份证号码）'],
    [{ idNumber: '110105194912310021' }, 'idNumber', '身份证号码校验位不正确，请核对'],
    [{ memberType: 'x' as 'full' }, 'memberType', '请选择党员类型'],
    [{ partyPost: 'boss' as 'member' }, 'partyPost', '请选择党内职务'],
    [{ fullOn: null }, 'fullOn', '正式党员请填写转正时间'],
    [{ fullOn: '2005-05-31' }, 'fullOn', '转正时间不能早于入党时间'],
    [{ memberType: 'probationary' }, 'fullOn', '预备党员尚未转正，转正时间应为空'],
    [{ joinedOn: '1997-03-01' }, 'joinedOn', '入党时应年满十八周岁，请核对入党时间和出生日期'],
    [{ joinedOn: '2026-11-28', fullOn: null, memberType: 'probationary' }, 'joinedOn', '入党时间不能晚于今天'],
    [{ transferredInOn: '2020-01-01', transferredOutOn: '2019-01-01' }, 'transferredOutOn', '组织关系转出时间不能早于转入时间'],
    [{ transferredOutOn: '2027-01-01' }, 'transferredOutOn', '组织关系转出时间不能晚于今天'],
    [{ phone: '123' }, 'phone', '联系电话格式不正确（手机11位，或区号-座机号）'],
  ] as [Partial<CpcMemberInput>, string, string][])('rejects %j with a Chinese error on the field and writes nothing', async (bad, field, message) => {
    const before = counts();
    const result = await core.dispatch('cpcMember.create', member(bad));
    expect(result).toEqual({ ok: false, error: { code: bad.branchId ? 'NOT_FOUND' : 'VALIDATION_FAILED', field, message } });
    expect(counts()).toEqual(before);
  });

  it('an update with bad input changes nothing', async () => {
    const created = await ok<CpcMember>(core, 'cpcMember.create', member());
    const before = counts();
    const result = await core.dispatch('cpcMember.update', { id: created.id, data: member({ fullOn: '2000-01-01' }) });
    expect(result).toMatchObject({ ok: false, error: { field: 'data.fullOn' } });
    expect(await ok(core, 'cpcMember.get', { id: created.id })).toEqual(created);
    expect(counts()).toEqual(before);
  });

  it('lists with paging, sorting, pinyin search and the branch, type and active filters', async () => {
    const other = await ok<{ id: number }>(core, 'cpcBranch.create', { name: '联合支部', foundedOn: '2018-01-01' });
    await ok(core, 'cpcMember.create', member({ name: '张伟', joinedOn: '2001-07-01', fullOn: '2002-07-01' }));
    await ok(core, 'cpcMember.create', member({ name: '欧阳明', memberType: 'probationary', fullOn: null, joinedOn: '2026-05-01' }));
    await ok(core, 'cpcMember.create', member({ name: '王芳', branchId: other.id, transferredOutOn: '2025-01-01' }));
    const names = async (input: object) =>
      (await ok<{ items: CpcMember[]; total: number }>(core, 'cpcMember.list', input)).items.map((m) => m.name);
    expect(await names({ sort: 'joinedOn', order: 'desc' })).toEqual(['欧阳明', '王芳', '张伟']);
    expect(await names({ q: 'oym' })).toEqual(['欧阳明']);
    expect(await names({ q: 'zw' })).toEqual(['张伟']);
    expect(await names({ branchId: other.id })).toEqual(['王芳']);
    expect(await names({ memberType: 'probationary' })).toEqual(['欧阳明']);
    expect(await names({ active: true, sort: 'name' })).toEqual(['欧阳明', '张伟']);
    expect(await names({ active: false })).toEqual(['王芳']);
    const page = await ok<{ items: CpcMember[]; total: number }>(core, 'cpcMember.list', { pageSize: 2, page: 2, sort: 'name' });
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.items.map((m) => m.name)).toEqual(['张伟']);
    expect(page.items[0]).not.toHaveProperty('namePinyin');
  });
});
