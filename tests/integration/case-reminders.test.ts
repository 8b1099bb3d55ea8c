// The case rules on the 工作台 through dispatch: each fires on its case and stays quiet on the others.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReminderResult } from '../../electron/shared/schemas/reminder';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';
import { dossierFixtures, shanghaiMorning } from './dossier-fixtures';

const TODAY = '2026-11-27';
let core: TempCore;
let f: ReturnType<typeof dossierFixtures>;
let town: number;
beforeEach(() => {
  core = openTempCore();
  f = dossierFixtures(core);
  town = f.committee('城关街道人民调解委员会');
});
afterEach(() => core.cleanup());

async function check(rule: string): Promise<ReminderResult> {
  core.setNow(shanghaiMorning(TODAY));
  return ok<ReminderResult>(core, `reminder.${rule}`, {});
}
const hitIds = async (rule: string) => (await check(rule)).items.map((i) => Number(i.id));

describe('reminder.caseOverdue', () => {
  it('flags a case accepted 31 days ago, not 30, nor a concluded one', async () => {
    const accept = async (on: string) => {
      const id = await f.intake(town, on);
      await f.accept(id, on);
      return id;
    };
    const overdue = await accept('2026-10-27');
    await accept('2026-10-28');
    const done = await f.succeeded(town, '2026-10-20', '2026-09-01');
    const result = await check('caseOverdue');
    expect(result.items).toEqual([
      { id: String(overdue), label: expect.stringMatching(/邻里纠纷$/), detail: '2026-10-27受理，已超过30日调解期限1天', path: `case?id=${overdue}` },
    ]);
    expect(result.items.map((i) => i.id)).not.toContain(String(done));
  });
});

describe('reminder.caseConfirmationDue', () => {
  it('flags an agreement whose 30-day window ends within 7 days, not one already applied for or past', async () => {
    const due = await f.succeeded(town, '2026-10-28');
    await f.succeeded(town, '2026-10-20'); // window ended 11-19
    await f.succeeded(town, '2026-11-10'); // 13 days left
    const applied = await f.succeeded(town, '2026-10-29');
    core.setNow(shanghaiMorning(TODAY));
    await f.step(applied, { kind: 'judicialConfirmation', occurredOn: '2026-11-05', court: '城关区人民法院', result: 'pending' });
    const result = await check('caseConfirmationDue');
    expect(result.items.map((i) => Number(i.id))).toEqual([due]);
    expect(result.items[0]?.detail).toBe('协议于2026-10-28生效，当事人可在2026-11-27前共同申请司法确认（还剩0天）');
  });
});

describe('reminder.caseFollowUpDue', () => {
  it('flags agreements without a 回访 that are due within 7 days or overdue', async () => {
    const overdue = await f.succeeded(town, '2026-10-20');
    const soon = await f.succeeded(town, '2026-10-30');
    await f.succeeded(town, '2026-11-20');
    const visited = await f.succeeded(town, '2026-10-20');
    core.setNow(shanghaiMorning(TODAY));
    await f.followUp(visited, '2026-11-01');
    expect(await hitIds('caseFollowUpDue')).toEqual([overdue, soon]);
    expect((await check('caseFollowUpDue')).items[0]?.detail).toBe('协议于2026-10-20达成，回访已逾期8天');
  });
});

describe('reminder.caseEntryLate', () => {
  async function concludeEnteredOn(concludedOn: string, enteredOn: string): Promise<number> {
    core.setNow(shanghaiMorning(enteredOn));
    const id = await f.intake(town, concludedOn);
    await f.accept(id, concludedOn);
    await f.session(id, concludedOn);
    await f.outcome(id, concludedOn, 'failure');
    return id;
  }
  it('flags cases of the last three months entered after the deadline', async () => {
    const late = await concludeEnteredOn('2026-10-09', '2026-11-09');
    await concludeEnteredOn('2026-10-30', '2026-11-07');
    await concludeEnteredOn('2026-07-15', '2026-08-20'); // late, but before August
    const result = await check('caseEntryLate');
    expect(result.items.map((i) => Number(i.id))).toEqual([late]);
    expect(result.items[0]?.detail).toBe('2026-10-09结案，2026-11-09录入，晚于截止日2026-11-07');
  });
});

describe('reminder.dossierIncomplete', () => {
  it('flags concluded cases without a closed dossier, saying what is missing', async () => {
    const none = await f.succeeded(town, '2026-11-02');
    const open = await f.complete(town, '2026-11-03', '2026-11-10');
    await f.open(open, '2026-11-10');
    const closed = await f.complete(town, '2026-11-04', '2026-11-10');
    await f.open(closed, '2026-11-10');
    await ok(core, 'dossier.close', { caseId: closed, closedBy: '王书记', closedOn: '2026-11-10', retention: '长期', note: null });
    core.setNow(shanghaiMorning(TODAY));
    const mediating = await f.intake(town, '2026-11-20');
    await f.accept(mediating, '2026-11-20');
    const result = await check('dossierIncomplete');
    expect(result.items.map((i) => Number(i.id))).toEqual([none, open]);
    // Short: the count and the first three gaps, without the filing hint after each.
    expect(result.items[0]?.detail).toBe('2026-11-02结案，未建卷宗：本卷还缺 6 项（回访、申请书签字件、权利义务告知书签字件等）');
    expect(result.items[1]?.detail).toBe('卷宗（2026）城关调字第001号未立卷：材料已齐全，可以立卷');
  });
});

describe('reminder.summary', () => {
  it('carries the five case rules, quiet on an empty office', async () => {
    const summary = await ok<{ rules: { code: string; count: number; title: string }[] }>(core, 'reminder.summary', {});
    const cases = summary.rules.filter((r) => ['caseOverdue', 'caseConfirmationDue', 'caseFollowUpDue', 'caseEntryLate', 'dossierIncomplete'].includes(r.code));
    expect(cases.map((r) => [r.title, r.count])).toEqual([
      ['调解超过期限未结', 0],
      ['司法确认申请期限将到', 0],
      ['回访到期', 0],
      ['逾期录入', 0],
      ['已结案件卷宗不完整或未立卷', 0],
    ]);
  });
});
