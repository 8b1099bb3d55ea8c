// 卷号 through dossier.open: per-committee sequences, year rollover, no gap after a rolled-back opening, refusals.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, type TempCore } from '../helpers/temp-core';
import { dossierFixtures, shanghaiMorning } from './dossier-fixtures';

let core: TempCore;
let f: ReturnType<typeof dossierFixtures>;
beforeEach(() => {
  core = openTempCore();
  f = dossierFixtures(core);
});
afterEach(() => core.cleanup());

async function accepted(committeeId: number, on = '2026-11-02'): Promise<number> {
  const id = await f.intake(committeeId, on);
  await f.accept(id, on);
  return id;
}
const numberOf = async (caseId: number, openedOn = '2026-11-03') => (await f.open(caseId, openedOn)).dossier?.number;
const counter = (committeeId: number, year: number) =>
  core.handle.sqlite.prepare('SELECT last_seq FROM dossier_counter WHERE committee_id = ? AND year = ?').pluck().get(committeeId, year);

describe('dossier.open numbering', () => {
  it('counts per committee, using the 简称 or the name without 人民调解委员会 and 街道', async () => {
    const town = f.committee('城关街道人民调解委员会');
    const east = f.committee('东风社区人民调解委员会', '东社');
    expect(await numberOf(await accepted(town))).toBe('（2026）城关调字第001号');
    expect(await numberOf(await accepted(east))).toBe('（2026）东社调字第001号');
    expect(await numberOf(await accepted(town))).toBe('（2026）城关调字第002号');
    expect(counter(town, 2026)).toBe(2);
  });

  it('starts again at 001 in a new year (year of the opening date)', async () => {
    const town = f.committee('城关街道人民调解委员会');
    core.setNow(shanghaiMorning('2027-01-02'));
    const first = await accepted(town, '2026-12-20');
    const second = await accepted(town, '2026-12-20');
    expect(await numberOf(first, '2026-12-31')).toBe('（2026）城关调字第001号');
    expect(await numberOf(second, '2027-01-01')).toBe('（2027）城关调字第001号');
    const third = await accepted(town, '2027-01-02');
    expect(await numberOf(third, '2027-01-02')).toBe('（2027）城关调字第002号');
  });

  it('leaves no gap when an opening fails after the counter was bumped', async () => {
    // 城关社区 and 城关村 both derive the 简称 城关, so the second committee's first number is taken.
    const community = f.committee('城关社区人民调解委员会');
    const village = f.committee('城关村人民调解委员会');
    expect(await numberOf(await accepted(community))).toBe('（2026）城关调字第001号');
    const clash = await accepted(village);
    const refused = await core.dispatch('dossier.open', { caseId: clash, openedOn: '2026-11-03' });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        field: 'committeeId',
        message:
          '卷号“（2026）城关调字第001号”已被城关社区人民调解委员会的卷宗使用（两个调委会的卷号简称相同）；请在“调委会”登记中为城关村人民调解委员会填写不同的卷号简称',
      },
    });
    expect(counter(village, 2026)).toBeUndefined(); // the bump rolled back with the failed opening
    expect(core.handle.sqlite.prepare('SELECT COUNT(*) FROM dossier').pluck().get()).toBe(1);
    core.handle.sqlite.prepare("UPDATE committee SET short_name = '城关村' WHERE id = ?").run(village);
    expect(await numberOf(clash)).toBe('（2026）城关村调字第001号');
    expect(await numberOf(await accepted(community))).toBe('（2026）城关调字第002号');
  });

  it('refuses a pattern without {简称}, so committees never count into the same numbers', async () => {
    const refused = await core.dispatch('setting.update', { dossierNumberPattern: '（{年}）调字第{序号:3}号' });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'dossierNumberPattern', message: '卷号格式须包含{简称}，否则各调委会的卷号会重复' },
    });
    // A pattern stored before the rule is read as the default.
    core.handle.sqlite
      .prepare("INSERT INTO setting (key, value, updated_at) VALUES ('dossierNumberPattern', '\"（{年}）调字第{序号:3}号\"', 'now')")
      .run();
    const town = f.committee('城关街道人民调解委员会');
    const east = f.committee('东风社区人民调解委员会');
    expect(await numberOf(await accepted(town))).toBe('（2026）城关调字第001号');
    expect(await numberOf(await accepted(east))).toBe('（2026）东风调字第001号');
  });

  it('refuses cases not accepted, rejected, already opened, and dates out of range', async () => {
    const town = f.committee('城关街道人民调解委员会');
    const received = await f.intake(town, '2026-11-02');
    const open = (caseId: number, openedOn = '2026-11-03') => core.dispatch('dossier.open', { caseId, openedOn });
    expect(await open(received)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '案件尚未受理，不能建立卷宗' } });
    const rejected = await f.intake(town, '2026-11-02');
    await f.step(rejected, { kind: 'reject', occurredOn: '2026-11-02', people: '王调解', reason: 'partyRefused', content: '被申请人拒绝调解' });
    expect(await open(rejected)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '不予受理的案件不建立卷宗' } });
    const good = await accepted(town);
    expect(await open(good, '2026-11-01')).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'openedOn' } });
    expect(await open(good, '2026-11-28')).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'openedOn' } });
    expect(await open(good)).toMatchObject({ ok: true });
    expect(await open(good)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '该案件已建立卷宗（（2026）城关调字第001号）' } });
    expect(await open(9999)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
