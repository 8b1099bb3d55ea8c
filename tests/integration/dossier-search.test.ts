// The 卷号 is searchable once the dossier is opened (dossier.open refreshes the case's search row), and after 立卷.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../electron/shared/schemas/case';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';
import { dossierFixtures, shanghaiMorning } from './dossier-fixtures';

let core: TempCore;
let f: ReturnType<typeof dossierFixtures>;
beforeEach(() => {
  core = openTempCore();
  f = dossierFixtures(core);
});
afterEach(() => core.cleanup());

const found = async (q: string) => (await ok<{ items: { id: number }[] }>(core, 'case.list', { q })).items.map((c) => c.id);

describe('dossier number search', () => {
  it('finds a case by its whole 卷号 and by part of it, after opening and after 立卷', async () => {
    const town = f.committee('城关街道人民调解委员会');
    const other = await f.complete(town, '2026-10-20', '2026-11-10');
    const id = await f.complete(town, '2026-10-21', '2026-11-10');
    core.setNow(shanghaiMorning('2026-11-27'));
    expect(await found('城关调字')).toEqual([]);
    const number = (await f.open(id, '2026-11-10')).dossier!.number;
    expect(number).toBe('（2026）城关调字第001号');
    expect(await found(number)).toEqual([id]);
    expect(await found('城关调字')).toEqual([id]);
    await ok<CaseDetail>(core, 'dossier.close', { caseId: id, closedBy: '王书记', closedOn: '2026-11-20', retention: '长期', note: null });
    expect(await found(number)).toEqual([id]);
    await f.open(other, '2026-11-11');
    expect((await found('城关调字')).sort()).toEqual([other, id].sort());
    expect(await found('（2026）城关调字第002号')).toEqual([other]);
  });
});
