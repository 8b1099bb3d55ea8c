// Party branches through dispatch on a real SQLite file: CRUD, counts and committee, date rules, delete refusal, audit rows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CpcBranch, CpcBranchInput } from '../../electron/shared/schemas/cpc-branch';
import type { CpcMemberInput } from '../../electron/shared/schemas/cpc-member';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';

let core: TempCore;
beforeEach(() => {
  core = openTempCore(); // today is 2026-11-27 in Shanghai
});
afterEach(() => core.cleanup());

const branch = (o: Partial<CpcBranchInput> = {}): CpcBranchInput => ({
  name: '中共玄武门司法所支部委员会',
  foundedOn: '2015-07-01',
  approvedBy: '中共玄武门街道工作委员会',
  termStart: '2024-07-01',
  termEnd: '2027-06-30',
  note: null,
  ...o,
});

const member = (branchId: number, o: Partial<CpcMemberInput> = {}): CpcMemberInput => ({
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
  ...o,
});

const one = (sql: string) => core.handle.sqlite.prepare(sql).pluck().get() as number;
const counts = () => ({ branch: one('SELECT COUNT(*) FROM cpc_branch'), audit: one('SELECT COUNT(*) FROM audit_log') });

describe('cpcBranch', () => {
  it('creates, lists, updates and deletes, with an audit row for each change', async () => {
    const created = await ok<CpcBranch>(core, 'cpcBranch.create', branch());
    expect(created).toMatchObject({ id: 1, name: '中共玄武门司法所支部委员会', memberCount: 0, fullMemberCount: 0, meetingCount: 0, committee: [] });
    expect(await ok(core, 'cpcBranch.list', {})).toEqual({ items: [created] });
    const updated = await ok<CpcBranch>(core, 'cpcBranch.update', { id: 1, data: branch({ name: '中共玄武门司法所支部', termEnd: null, termStart: null }) });
    expect(updated).toMatchObject({ name: '中共玄武门司法所支部', termStart: null, termEnd: null });
    expect(await ok(core, 'cpcBranch.delete', { id: 1 })).toEqual({ id: 1 });
    expect(await core.dispatch('cpcBranch.get', { id: 1 })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: '该党支部不存在或已被删除' } });

    const rows = core.handle.sqlite.prepare('SELECT method, entity, entity_id, before, after FROM audit_log ORDER BY id').all() as {
      method: string; entity: string; entity_id: string; before: string | null; after: string | null;
    }[];
    expect(rows.map((r) => r.method)).toEqual(['cpcBranch.create', 'cpcBranch.update', 'cpcBranch.delete']);
    expect(rows.every((r) => r.entity === 'cpcBranch' && r.entity_id === '1')).toBe(true);
    expect(JSON.parse(rows[2]!.before!)).toMatchObject({ id: 1, name: '中共玄武门司法所支部', foundedOn: '2015-07-01' });
    expect(rows[2]!.after).toBeNull();
  });

  it.each([
    [{ name: ' ' }, 'name', '请填写支部名称'],
    [{ foundedOn: '2015-02-30' }, 'foundedOn', '成立日期应为有效日期（如 2026-01-31）'],
    [{ foundedOn: '2026-11-28', termStart: null, termEnd: null }, 'foundedOn', '成立日期不能晚于今天'],
    [{ termStart: '2014-01-01' }, 'termStart', '本届任期开始不能早于成立日期'],
    [{ termEnd: '2024-07-01' }, 'termEnd', '本届任期届满应晚于任期开始'],
    [{ termStart: null }, 'termStart', '填写任期届满时请同时填写任期开始'],
  ] as [Partial<CpcBranchInput>, string, string][])('rejects %j with a Chinese error on the field and writes nothing', async (bad, field, message) => {
    const before = counts();
    expect(await core.dispatch('cpcBranch.create', branch(bad))).toEqual({ ok: false, error: { code: 'VALIDATION_FAILED', field, message } });
    expect(counts()).toEqual(before);
  });

  it('counts current members and lists the committee, 书记 first; transferred-out members drop out', async () => {
    const { id } = await ok<CpcBranch>(core, 'cpcBranch.create', branch());
    await ok(core, 'cpcMember.create', member(id, { name: '王五', partyPost: 'organization' }));
    await ok(core, 'cpcMember.create', member(id, { name: '赵六', partyPost: 'secretary' }));
    await ok(core, 'cpcMember.create', member(id, { name: '钱七', memberType: 'probationary', fullOn: null, joinedOn: '2026-01-10' }));
    await ok(core, 'cpcMember.create', member(id, { name: '孙八', partyPost: 'propaganda', transferredInOn: '2010-01-01', transferredOutOn: '2020-01-01' }));
    const got = await ok<CpcBranch>(core, 'cpcBranch.get', { id });
    expect(got).toMatchObject({ memberCount: 3, fullMemberCount: 2 });
    expect(got.committee.map((s) => [s.name, s.partyPost])).toEqual([
      ['赵六', 'secretary'],
      ['王五', 'organization'],
    ]);
  });

  it('refuses to delete a branch that still has members or meetings, and keeps it', async () => {
    const { id } = await ok<CpcBranch>(core, 'cpcBranch.create', branch());
    const m = await ok<{ id: number }>(core, 'cpcMember.create', member(id));
    await ok(core, 'cpcMeeting.create', {
      branchId: id, kind: 'memberAssembly', heldOn: '2026-03-01', place: '会议室', host: '赵六', recorder: '王五',
      expectedCount: 1, presentCount: 1, absentees: [], topics: '学习',
    });
    const before = counts();
    expect(await core.dispatch('cpcBranch.delete', { id })).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '“中共玄武门司法所支部委员会”还登记有 1 名党员和 1 条会议记录，不能删除；请先将党员转到其他支部、删除会议记录后再删除' },
    });
    await ok(core, 'cpcMember.delete', { id: m.id });
    const refused = await core.dispatch('cpcBranch.delete', { id });
    expect(refused.ok ? '' : refused.error.message).toContain('1 条会议记录');
    expect(counts().branch).toBe(before.branch);
  });
});
