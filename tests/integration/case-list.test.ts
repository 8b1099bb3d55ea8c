// case.list: filters (category with local sub-types, year, month, dossier, entry late), sorts with an id tiebreak, paging; the .xlsx rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseSheet } from '../../electron/core/xlsx/sheets/cases';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';
import { addCase, addCommittee } from './case-search-data';

interface Row {
  id: number;
  number: string | null;
  dossierStatus: string;
  entryLate: boolean | null;
  applicants: string;
  respondents: string;
  committeeName: string;
}
interface Page {
  items: Row[];
  total: number;
  page: number;
}

let core: TempCore;
const ids: Record<string, number> = {};

beforeAll(() => {
  core = openTempCore();
  addCommittee(core, '东风村人民调解委员会');
  addCommittee(core, '红旗村人民调解委员会');
  core.handle.sqlite
    .prepare(`INSERT INTO dispute_category (code, label, parent_code, builtin, active, sort_order, created_at, updated_at) VALUES ('0201', '楼道堆物纠纷', '02', 0, 1, 200, 'x', 'x')`)
    .run();
  const party = (a: string, b: string) => [{ name: a }, { name: b }, { name: `${a}妻`, role: 'applicant' as const }];
  // Concluded 2026-03-20: deadline 2026-04-07 (Shanghai). 04-07 23:30 Shanghai is on time, 04-08 00:30 Shanghai is late.
  ids.onTime = addCase(core, {
    parties: party('甲一', '乙一'), facts: '邻里漏水纠纷一', receivedOn: '2026-03-01', state: 'succeeded',
    concludedOn: '2026-03-20', enteredAt: '2026-04-07T15:30:00.000Z', dossier: { number: '（2026）东风调字第002号', status: 'closed' },
  });
  ids.late = addCase(core, {
    parties: party('甲二', '乙二'), facts: '邻里漏水纠纷二', receivedOn: '2026-03-01', state: 'failed',
    concludedOn: '2026-03-20', enteredAt: '2026-04-07T16:30:00.000Z', dossier: { number: '（2026）东风调字第001号', status: 'open' },
  });
  ids.sub = addCase(core, { parties: party('甲三', '乙三'), facts: '楼道堆放杂物', category: '0201', receivedOn: '2025-12-31', source: 'police', updatedAt: '2026-05-01T00:00:00.000Z' });
  ids.other = addCase(core, { parties: party('甲四', '乙四'), facts: '合同货款', category: '04', receivedOn: '2026-01-02', committeeId: 2, state: 'received' });
  ids.gone = addCase(core, { parties: party('甲五', '乙五'), facts: '已删除', receivedOn: '2026-03-01', deleted: true });
});

afterAll(() => core.cleanup());

const list = (input: Record<string, unknown>) => ok<Page>(core, 'case.list', input);
const idsOf = async (input: Record<string, unknown>) => (await list(input)).items.map((r) => r.id);

describe('case.list', () => {
  it('lists every case not deleted, by 收案日期 with the id as tiebreak, both directions', async () => {
    expect(await idsOf({})).toEqual([ids.sub, ids.other, ids.onTime, ids.late]);
    expect(await idsOf({ order: 'desc' })).toEqual([ids.late, ids.onTime, ids.other, ids.sub]);
  });

  it('fills the row: parties joined with 、, committee, dossier, entry rule', async () => {
    const rows = (await list({})).items;
    const onTime = rows.find((r) => r.id === ids.onTime)!;
    expect(onTime).toMatchObject({ applicants: '甲一、甲一妻', respondents: '乙一', committeeName: '东风村人民调解委员会', number: '（2026）东风调字第002号', dossierStatus: 'closed', entryLate: false });
    expect(rows.find((r) => r.id === ids.late)!.entryLate).toBe(true);
    expect(rows.find((r) => r.id === ids.sub)!).toMatchObject({ entryLate: null, dossierStatus: 'none', number: null });
  });

  it('filters by committee, state, source, year, month, dossier and entry', async () => {
    expect(await idsOf({ committeeId: 2 })).toEqual([ids.other]);
    expect(await idsOf({ state: 'failed' })).toEqual([ids.late]);
    expect(await idsOf({ source: 'police' })).toEqual([ids.sub]);
    expect(await idsOf({ year: 2025 })).toEqual([ids.sub]);
    expect(await idsOf({ year: 2026 })).toEqual([ids.other, ids.onTime, ids.late]);
    expect(await idsOf({ concludedMonth: '2026-03' })).toEqual([ids.onTime, ids.late]);
    expect(await idsOf({ concludedMonth: '2026-04' })).toEqual([]);
    expect(await idsOf({ dossierStatus: 'none' })).toEqual([ids.sub, ids.other]);
    expect(await idsOf({ dossierStatus: 'open' })).toEqual([ids.late]);
    expect(await idsOf({ entryLate: true })).toEqual([ids.late]);
    expect(await idsOf({ entryLate: false })).toEqual([ids.onTime]);
  });

  it('moves the entry deadline with the entryDeadlineDay setting', async () => {
    core.handle.sqlite.prepare(`INSERT INTO setting (key, value, updated_at) VALUES ('entryDeadlineDay', '8', 'x')`).run();
    try {
      expect(await idsOf({ entryLate: true })).toEqual([]);
      expect((await list({ state: 'failed' })).items[0]!.entryLate).toBe(false);
    } finally {
      core.handle.sqlite.prepare(`DELETE FROM setting WHERE key = 'entryDeadlineDay'`).run();
    }
  });

  it('counts a local sub-type under its national category', async () => {
    expect(await idsOf({ category: '02' })).toEqual([ids.sub, ids.onTime, ids.late]);
    expect(await idsOf({ category: '0201' })).toEqual([ids.sub]);
  });

  it('sorts by 卷号, 结案日期 and updatedAt (empty values last)', async () => {
    expect(await idsOf({ sort: 'number' })).toEqual([ids.late, ids.onTime, ids.sub, ids.other]);
    expect(await idsOf({ sort: 'concludedOn', order: 'desc' })).toEqual([ids.late, ids.onTime, ids.other, ids.sub]);
    expect((await idsOf({ sort: 'updatedAt', order: 'desc' }))[0]).toBe(ids.sub);
  });

  it('pages with the total of the filter, with and without a search', async () => {
    const first = await list({ pageSize: 3 });
    const second = await list({ pageSize: 3, page: 2 });
    expect([first.total, second.total]).toEqual([4, 4]);
    expect([...first.items, ...second.items].map((r) => r.id)).toEqual(await idsOf({}));
    expect((await list({ pageSize: 3, page: 3 })).items).toEqual([]);
    const searched = await list({ q: '漏水纠纷', pageSize: 1, page: 2 });
    expect(searched.total).toBe(2);
    expect(searched.items.map((r) => r.id)).toEqual([ids.late]);
    expect((await list({ q: '漏水纠纷', state: 'succeeded' })).items.map((r) => r.id)).toEqual([ids.onTime]);
  });
});

describe('case list export', () => {
  it('exports the filtered rows with Chinese headers and no ID numbers', () => {
    expect(caseSheet.columns.map((c) => c.header)).toEqual([
      '卷号', '卷名', '调委会', '纠纷类型', '案件来源', '收案日期', '状态', '结案日期', '申请人', '被申请人', '涉及金额(元)', '卷宗', '逾期录入',
    ]);
    const rows = core.handle.sqlite.transaction(() =>
      caseSheet.rows({ db: core.handle.db, viewer: { seesSensitive: true } } as Parameters<typeof caseSheet.rows>[0], { category: '02' }),
    )();
    expect(rows.map((r) => r.id)).toEqual([ids.sub, ids.onTime, ids.late]);
    const values = (r: (typeof rows)[number]) => caseSheet.columns.map((c) => c.value(r));
    expect(values(rows[0]!)).toEqual([null, '甲三、甲三妻与乙三楼道堆物纠纷', '东风村人民调解委员会', '楼道堆物纠纷', 'police', '2025-12-31', 'mediating', null, '甲三、甲三妻', '乙三', null, '未建卷', null]);
    expect(values(rows[2]!).at(-1)).toBe('是');
  });
});
