// Committee members through dispatch: CRUD, term rules (Art.9), one director in office, leaving kept (Art.10).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Committee, CommitteeDetail } from '../../electron/shared/schemas/committee';
import type { CommitteeMember } from '../../electron/shared/schemas/committee-member';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';

let core: TempCore;
let committee: Committee;
beforeEach(async () => {
  core = openTempCore(); // today is 2026-11-27 in Shanghai
  committee = await ok<Committee>(core, 'committee.create', { name: '东湖社区人民调解委员会', kind: 'community' });
});
afterEach(() => core.cleanup());

const director = { name: '王芳', gender: 'female', ethnicity: '01', role: 'director', termStart: '2024-06-01', termEnd: '2027-05-31', phone: '13800138000' };
const count = () => core.handle.sqlite.prepare('SELECT COUNT(*) FROM committee_member').pluck().get() as number;
const members = async () => (await ok<CommitteeDetail>(core, 'committee.get', { id: committee.id })).members;

describe('committee members', () => {
  it('adds, updates, leaves and deletes, each with an audit row; committee.get lists them in office first', async () => {
    const a = await ok<CommitteeMember>(core, 'committeeMember.create', { committeeId: committee.id, ...director });
    expect(a).toMatchObject({ ...director, leftOn: null, note: null });
    const b = await ok<CommitteeMember>(core, 'committeeMember.create', { committeeId: committee.id, ...director, name: '李强', gender: 'male', role: 'member', ethnicity: null });
    await ok(core, 'committeeMember.update', { id: a.id, data: { ...director, leftOn: '2026-10-01' } });
    expect((await members()).map((m) => [m.name, m.leftOn])).toEqual([['李强', null], ['王芳', '2026-10-01']]);
    expect((await ok<CommitteeDetail>(core, 'committee.get', { id: committee.id })).activeMemberCount).toBe(1);
    await ok(core, 'committeeMember.delete', { id: b.id });
    expect(count()).toBe(1);
    const methods = core.handle.sqlite.prepare("SELECT method FROM audit_log WHERE entity = 'committeeMember' ORDER BY id").pluck().all();
    expect(methods).toEqual(['committeeMember.create', 'committeeMember.create', 'committeeMember.update', 'committeeMember.delete']);
  });

  it('allows a term of exactly 3 years and refuses 3 years and a day', async () => {
    await ok(core, 'committeeMember.create', { committeeId: committee.id, ...director, termStart: '2024-06-01', termEnd: '2027-06-01' });
    const result = await core.dispatch('committeeMember.create', { committeeId: committee.id, ...director, role: 'member', termStart: '2024-06-01', termEnd: '2027-06-02' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'termEnd', message: '每届任期不超过3年（人民调解法第九条）' } });
    expect(count()).toBe(1);
  });

  it('keeps one director in office per committee', async () => {
    const first = await ok<CommitteeMember>(core, 'committeeMember.create', { committeeId: committee.id, ...director });
    const second = { committeeId: committee.id, ...director, name: '张伟', gender: 'male' };
    expect(await core.dispatch('committeeMember.create', second)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', field: 'role', message: '该调委会已有在任主任（王芳），请先为其填写离任日期' },
    });
    expect(count()).toBe(1);
    // A deputy cannot be promoted either, while 王芳 is in office; once she has left, the new director can be added.
    const deputy = await ok<CommitteeMember>(core, 'committeeMember.create', { ...second, role: 'deputyDirector' });
    const { committeeId: _c, ...data } = second;
    expect(await core.dispatch('committeeMember.update', { id: deputy.id, data })).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'role' } });
    await ok(core, 'committeeMember.update', { id: first.id, data: { ...director, leftOn: '2026-11-01' } });
    await ok(core, 'committeeMember.update', { id: deputy.id, data });
    // Editing the director herself is no clash; another committee may have its own director.
    await ok(core, 'committeeMember.update', { id: deputy.id, data: { ...data, phone: null } });
    const other = await ok<Committee>(core, 'committee.create', { name: '西湖社区人民调解委员会', kind: 'community' });
    await ok(core, 'committeeMember.create', { ...second, committeeId: other.id });
  });

  it('takes next term\'s 主任 and members ahead of time; they count from the first day of their term', async () => {
    await ok(core, 'committeeMember.create', { committeeId: committee.id, ...director });
    const next = { ...director, name: '赵敏', termStart: '2027-06-01', termEnd: '2030-05-31' };
    await ok(core, 'committeeMember.create', { committeeId: committee.id, ...next });
    await ok(core, 'committeeMember.create', { committeeId: committee.id, ...next, name: '钱进', gender: 'male', role: 'member' });
    expect((await ok<CommitteeDetail>(core, 'committee.get', { id: committee.id })).activeMemberCount).toBe(1);
    // Two directors in the same next term are still one too many.
    const clash = await core.dispatch('committeeMember.create', { committeeId: committee.id, ...next, name: '孙立' });
    expect(clash).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'role' } });
  });

  it('a director whose term has ended is not in office: not counted, and no clash with the next one', async () => {
    await ok(core, 'committeeMember.create', { committeeId: committee.id, ...director, termStart: '2021-06-01', termEnd: '2024-05-31' });
    expect((await ok<CommitteeDetail>(core, 'committee.get', { id: committee.id })).activeMemberCount).toBe(0);
    await ok(core, 'committeeMember.create', { committeeId: committee.id, ...director, name: '张伟', gender: 'male' });
    expect((await ok<CommitteeDetail>(core, 'committee.get', { id: committee.id })).activeMemberCount).toBe(1);
  });

  it.each([
    [{ name: '' }, 'name', '请填写姓名'],
    [{ gender: 'x' }, 'gender', '请选择性别'],
    [{ role: 'chair' }, 'role', '请选择职务'],
    [{ termEnd: '2024-06-01' }, 'termEnd', '任期结束日期应晚于任期开始日期'],
    [{ termStart: '2024-13-01' }, 'termStart', '任期开始日期应为有效日期（如 2026-01-31）'],
    [{ leftOn: '2024-05-31' }, 'leftOn', '离任日期不能早于任期开始日期'],
    [{ leftOn: '2026-11-28' }, 'leftOn', '离任日期不能晚于今天'],
    [{ committeeId: 999 }, 'committeeId', '该调委会不存在或已被删除'],
  ])('rejects %j on its field and writes nothing', async (bad, field, message) => {
    const result = await core.dispatch('committeeMember.create', { committeeId: committee.id, ...director, ...bad });
    expect(result).toMatchObject({ ok: false, error: { field, message } });
    expect(count()).toBe(0);
  });

  it('an update with bad input or of a missing member changes nothing', async () => {
    const a = await ok<CommitteeMember>(core, 'committeeMember.create', { committeeId: committee.id, ...director });
    expect(await core.dispatch('committeeMember.update', { id: a.id, data: { ...director, termEnd: '2030-01-01' } })).toMatchObject({
      ok: false,
      error: { field: 'data.termEnd' },
    });
    expect(await core.dispatch('committeeMember.update', { id: 999, data: director })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.dispatch('committeeMember.delete', { id: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await members())[0]).toMatchObject({ termEnd: director.termEnd });
  });
});
