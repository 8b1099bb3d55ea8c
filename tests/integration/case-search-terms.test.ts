// case.list search of several words (all required, each of 1, 2 or 3+ characters) and snippets shown as the data is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';
import { addCase, addCommittee } from './case-search-data';

interface Page {
  items: { id: number; snippet: string | null }[];
}

let core: TempCore;
const ids: Record<string, number> = {};

beforeAll(() => {
  core = openTempCore();
  addCommittee(core, '城关社区人民调解委员会');
  ids.xiao = addCase(core, {
    parties: [{ name: '萧敏', idNumber: '320105195107190027', phone: '13812340519', agent: '周律师' }, { name: '萧建国' }],
    facts: '子女之间因赡养老人费用分担发生纠纷。',
    dossier: { number: '（2026）城关调字第003号', status: 'open' },
  });
  ids.xiaoRent = addCase(core, { parties: [{ name: '萧敏' }, { name: '房东王' }], facts: '房屋租赁押金退还纠纷。' });
  ids.other = addCase(core, { parties: [{ name: '陈红' }, { name: '陈明' }], facts: '兄弟之间赡养母亲费用纠纷。' });
});

afterAll(() => core.cleanup());

const search = (q: string) => ok<Page>(core, 'case.list', { q, pageSize: 50 });
const found = async (q: string) => (await search(q)).items.map((r) => r.id).sort();
const snippet = async (q: string) => (await search(q)).items[0]?.snippet;

describe('search of several words', () => {
  it('requires every word: a name and a word of the facts, in 1, 2 and 3+ characters', async () => {
    expect(await found('萧敏 赡养')).toEqual([ids.xiao]); // 2 + 2
    expect(await found('赡养')).toEqual([ids.xiao, ids.other].sort());
    expect(await found('萧 赡养老人')).toEqual([ids.xiao]); // 1 + 4
    expect(await found('陈 赡养')).toEqual([ids.other]); // 1 + 2
    expect(await found('萧建国 费用分担')).toEqual([ids.xiao]); // 3 + 4
    expect(await found('萧 押金')).toEqual([ids.xiaoRent]);
    expect(await found('萧敏  租赁押金')).toEqual([ids.xiaoRent]); // any run of spaces
    expect(await found('萧敏 陈红')).toEqual([]);
    expect(await found('萧敏 赡养 押金')).toEqual([]);
    expect(await found('xm 赡养')).toEqual([ids.xiao]); // pinyin initials with a word
  });

  it('still joins a code typed with spaces into one word', async () => {
    expect(await found('320105 1951')).toEqual([ids.xiao]);
    expect(await found('138 1234 0519')).toEqual([ids.xiao]);
  });
});

describe('snippets', () => {
  it('shows the party, the field and the code for a code hit, never the index text', async () => {
    expect(await snippet('07190027')).toBe('萧敏 身份证号码 …1951【07190027】');
    expect(await snippet('1951071')).toBe('萧敏 身份证号码 …0105【1951071】9002…');
    expect(await snippet('13812340519')).toBe('萧敏 联系电话 【13812340519】');
  });

  it('shows the real 卷号 with the hit marked', async () => {
    expect(await snippet('城关调字第003号')).toBe('卷号 （2026）【城关调字第003号】');
    expect(await snippet('(2026)城关')).toBe('卷号 【（2026）城关】调字第003号');
  });

  it('shows one hit per word', async () => {
    expect(await snippet('萧敏 赡养老人')).toBe('【萧敏】 萧建国 周律师；子女之间因【赡养老人】费用分担发生纠纷。');
  });
});
