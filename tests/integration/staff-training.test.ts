// Staff training records through dispatch: CRUD, validation, cascade with the person, audit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Staff } from '../../electron/shared/schemas/staff';
import type { StaffTraining } from '../../electron/shared/schemas/staff-training';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';

let core: TempCore;
let person: Staff;
beforeEach(async () => {
  core = openTempCore();
  person = await ok<Staff>(core, 'staff.create', {
    name: '张三', idNumber: '11010519491231002X', ethnicity: '01', politicalStatus: '01', education: '21', post: '所长', staffingType: 'politicalLegal',
  });
});
afterEach(() => core.cleanup());

const course = { title: '全市司法所长业务培训班', kind: 'centralized', startDate: '2026-05-11', endDate: '2026-05-20', hours: 60, organizer: '市司法局' };
const count = (table: string) => core.handle.sqlite.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;

describe('staff training', () => {
  it('records, lists newest first, updates and deletes, each with an audit row', async () => {
    const first = await ok<StaffTraining>(core, 'staffTraining.create', { staffId: person.id, ...course });
    const second = await ok<StaffTraining>(core, 'staffTraining.create', { staffId: person.id, title: '调解技能网络课程', kind: 'online', startDate: '2026-09-01' });
    expect(second).toMatchObject({ endDate: null, hours: null, organizer: null });
    const list = await ok<{ items: StaffTraining[] }>(core, 'staffTraining.list', { staffId: person.id });
    expect(list.items.map((t) => t.id)).toEqual([second.id, first.id]);
    const updated = await ok<StaffTraining>(core, 'staffTraining.update', { id: first.id, data: { ...course, hours: 64 } });
    expect(updated.hours).toBe(64);
    await ok(core, 'staffTraining.delete', { id: second.id });
    expect((await ok<{ items: StaffTraining[] }>(core, 'staffTraining.list', { staffId: person.id })).items).toHaveLength(1);
    const methods = core.handle.sqlite.prepare("SELECT method FROM audit_log WHERE entity = 'staffTraining' ORDER BY id").pluck().all();
    expect(methods).toEqual(['staffTraining.create', 'staffTraining.create', 'staffTraining.update', 'staffTraining.delete']);
  });

  it.each([
    [{ title: '' }, 'title', '请填写培训名称'],
    [{ kind: 'party' }, 'kind', '请选择培训类型'],
    [{ endDate: '2026-05-01' }, 'endDate', '结束日期不能早于开始日期'],
    [{ hours: 0 }, 'hours', '学时应在1–2000之间'],
    [{ hours: 2.5 }, 'hours', '学时应为整数'],
    [{ startDate: '2026-12-01', endDate: null }, 'startDate', '开始日期不能晚于今天'],
    [{ staffId: 999 }, 'staffId', '该工作人员不存在或已被删除'],
  ])('rejects %j on its field and writes nothing', async (bad, field, message) => {
    const result = await core.dispatch('staffTraining.create', { staffId: person.id, ...course, ...bad });
    expect(result).toMatchObject({ ok: false, error: { field, message } });
    expect(count('staff_training')).toBe(0);
  });

  it('goes with the person, and the audit row of the deletion keeps the records', async () => {
    await ok(core, 'staffTraining.create', { staffId: person.id, ...course });
    await ok(core, 'staff.delete', { id: person.id });
    expect(count('staff_training')).toBe(0);
    const before = core.handle.sqlite.prepare("SELECT before FROM audit_log WHERE method = 'staff.delete'").pluck().get() as string;
    expect(JSON.parse(before)).toMatchObject({ name: '张三', trainings: [{ title: course.title, hours: 60 }] });
    expect(await core.dispatch('staffTraining.list', { staffId: person.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
