// The Party rule checks through dispatch on a temp DB: branch due (2 vs 3 full members), 支委会 due, 三会一课 cadence.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';
import { fixtures } from './reminder-fixtures';

interface Result {
  count: number;
  items: { id: string; label: string; detail: string; path: string }[];
}

let core: TempCore;
let add: ReturnType<typeof fixtures>;
beforeEach(() => {
  core = openTempCore({ now: '2026-11-27T02:00:00.000Z' });
  add = fixtures(core);
});
afterEach(() => core.cleanup());

const check = (method: string) => ok<Result>(core, `reminder.${method}`, {});

describe('reminder.cpcBranchMissing', () => {
  it('flags 3 full Party members among staff with no branch, not 2, and not probationary ones', async () => {
    add.staff('01');
    add.staff('01');
    add.staff('02');
    add.staff('13');
    expect(await check('cpcBranchMissing')).toEqual({ count: 0, items: [] });
    add.staff('01');
    expect(await check('cpcBranchMissing')).toEqual({
      count: 1,
      items: [{ id: 'office', label: '本所', detail: '工作人员中有正式党员3名，尚未建立党支部', path: 'cpc/branch' }],
    });
    add.branch('第一党支部');
    expect((await check('cpcBranchMissing')).count).toBe(0);
  });
});

describe('reminder.cpcCommitteeMissing', () => {
  it('flags a branch with 7 full members and fewer than 3 committee posts', async () => {
    const branch = add.branch('机关党支部');
    add.cpcMember(branch, { partyPost: 'secretary' });
    add.cpcMember(branch, { partyPost: 'organization' });
    for (let i = 0; i < 4; i += 1) add.cpcMember(branch);
    add.cpcMember(branch, { memberType: 'probationary' });
    add.cpcMember(branch, { transferredOutOn: '2026-06-01' });
    expect((await check('cpcCommitteeMissing')).count).toBe(0);
    const seventh = add.cpcMember(branch);
    const result = await check('cpcCommitteeMissing');
    expect(result.items).toEqual([
      { id: String(branch), label: '机关党支部', detail: expect.stringContaining('正式党员7名，担任支委职务的仅2人') as string, path: 'cpc/branch' },
    ]);
    core.handle.sqlite.prepare("UPDATE cpc_member SET party_post = 'propaganda' WHERE id = ?").run(seventh);
    expect((await check('cpcCommitteeMissing')).count).toBe(0);
  });
});

describe('reminder.cpcMeetingCadence', () => {
  it('lists each missed (branch, kind, period) of the current year', async () => {
    const branch = add.branch('机关党支部', '2026-09-01');
    add.cpcMember(branch, { partyPost: 'secretary' });
    add.cpcMember(branch, { partyPost: 'organization' });
    add.cpcMember(branch, { partyPost: 'propaganda' });
    add.meeting(branch, 'committeeMeeting', '2026-09-10');
    add.meeting(branch, 'groupMeeting', '2026-09-12');
    add.meeting(branch, 'groupMeeting', '2026-10-12');
    add.meeting(branch, 'memberAssembly', '2026-09-28');
    add.meeting(branch, 'partyLecture', '2026-10-20');
    const result = await check('cpcMeetingCadence');
    expect(result.items).toEqual([
      { id: `${branch}:committeeMeeting:2026-10`, label: '机关党支部', detail: '2026年10月无支委会', path: 'cpc/meetings' },
    ]);
  });

  it('skips 支委会 for a branch without one, and flags a missing 党课 in the fourth quarter', async () => {
    const branch = add.branch('调委会党支部', '2026-06-01');
    for (const month of ['06', '07', '08', '09', '10']) add.meeting(branch, 'groupMeeting', `2026-${month}-05`);
    // Held in Q2, before the first quarter the branch was due one (it was founded mid-quarter).
    add.meeting(branch, 'memberAssembly', '2026-06-20');
    const details = (await check('cpcMeetingCadence')).items.map((i) => i.detail);
    expect(details).toEqual(['2026年第三季度无支部党员大会', '2026年已进入第四季度，尚未上党课']);
  });
});
