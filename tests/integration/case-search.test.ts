// case.list search: Chinese text of 1, 2 and 3+ characters, pinyin initials, ID numbers, phones, 卷号, facts; deleted cases never.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reindexCase } from '../../electron/core/search/case-index';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';
import { addCase, addCommittee } from './case-search-data';

interface Page {
  items: { id: number; title: string; snippet: string | null }[];
  total: number;
}

let core: TempCore;
const ids: Record<string, number> = {};

beforeAll(() => {
  core = openTempCore();
  addCommittee(core, '东风村人民调解委员会');
  ids.zhang = addCase(core, {
    parties: [
      { name: '张小兰', idNumber: '11010519491231002X', phone: '13812345678', agent: '欧阳明' },
      { name: '李四', phone: '13900001111' },
    ],
    facts: '楼上卫生间漏水，导致楼下天花板受损。',
    requests: '要求赔偿维修费用',
    dossier: { number: '（2026）东风调字第001号', status: 'closed' },
  });
  ids.wang = addCase(core, { parties: [{ name: '王五', phone: '0931-8123456' }, { name: '赵六' }], facts: '装修噪音扰民，双方多次协商未果。' });
  ids.zhangWei = addCase(core, { parties: [{ name: '张伟' }, { name: '周强' }], facts: '宅基地界址不清发生争执。' });
  ids.deleted = addCase(core, {
    parties: [{ name: '张小兰' }, { name: '钱七' }],
    facts: '楼上漏水，已撤回。',
    deleted: true,
  });
});

afterAll(() => core.cleanup());

async function search(q: string): Promise<Page> {
  return ok<Page>(core, 'case.list', { q, pageSize: 50 });
}
const found = async (q: string) => (await search(q)).items.map((r) => r.id).sort();

describe('case search', () => {
  it('finds a party by 3+ characters of the name, marking the hit', async () => {
    const page = await search('张小兰');
    expect(page.items.map((r) => r.id)).toEqual([ids.zhang]);
    expect(page.total).toBe(1);
    expect(page.items[0]!.snippet).toContain('【张小兰】');
    expect(page.items[0]!.title).toBe('张小兰与李四邻里纠纷');
  });

  it('shows the party name, not the pinyin keys, for a pinyin hit', async () => {
    const page = await search('zxl');
    expect(page.items.map((r) => r.id)).toEqual([ids.zhang]);
    expect(page.items[0]!.snippet).toBe('【张小兰】（拼音 zxl）');
  });

  it('finds 2-character names and words, and 1-character surnames', async () => {
    expect(await found('李四')).toEqual([ids.zhang]);
    expect(await found('张伟')).toEqual([ids.zhangWei]);
    expect(await found('漏水')).toEqual([ids.zhang]);
    expect(await found('噪音')).toEqual([ids.wang]);
    expect(await found('张')).toEqual([ids.zhang, ids.zhangWei].sort());
    expect(await found('赵')).toEqual([ids.wang]);
    expect((await search('漏水')).items[0]!.snippet).toContain('【漏水】');
  });

  it('finds words of the facts and requests (3+ characters)', async () => {
    expect(await found('天花板')).toEqual([ids.zhang]);
    expect(await found('宅基地界址')).toEqual([ids.zhangWei]);
    expect(await found('维修费用')).toEqual([ids.zhang]);
    expect((await search('天花板')).items[0]!.snippet).toContain('【天花板】');
  });

  it('finds by pinyin initials (3 and 2 letters, 1 letter) and full pinyin', async () => {
    expect(await found('zxl')).toEqual([ids.zhang]);
    expect(await found('ZXL')).toEqual([ids.zhang]);
    expect(await found('zx')).toEqual([ids.zhang]);
    expect(await found('zw')).toEqual([ids.zhangWei]);
    expect(await found('zhangxiaolan')).toEqual([ids.zhang]);
    expect(await found('li')).toEqual([ids.zhang, ids.wang].sort()); // inside full pinyin: 李四 lisi, 赵六 zhaoliu
    expect(await found('13')).toEqual([]); // two digits: names and initials only, not every phone
    expect(await found('w')).toEqual([ids.wang, ids.zhangWei].sort()); // 王五 w…, 张伟 zw
  });

  it('finds by ID number (full, lower-case x, full-width, part), phone and 卷号', async () => {
    expect(await found('11010519491231002X')).toEqual([ids.zhang]);
    expect(await found('11010519491231002x')).toEqual([ids.zhang]);
    expect(await found('１１０１０５１９４９１２３１００２Ｘ')).toEqual([ids.zhang]);
    expect(await found('1231002X')).toEqual([ids.zhang]);
    expect(await found('110105 1949')).toEqual([ids.zhang]);
    expect(await found('13812345678')).toEqual([ids.zhang]);
    expect(await found('138-1234-5678')).toEqual([ids.zhang]);
    expect(await found('东风调字第001')).toEqual([ids.zhang]);
    // A landline typed with or without its dash.
    expect(await found('0931-8123456')).toEqual([ids.wang]);
    expect(await found('09318123456')).toEqual([ids.wang]);
    expect(await found('11010519491231009X')).toEqual([]);
  });

  it('finds by an agent name', async () => {
    expect(await found('欧阳明')).toEqual([ids.zhang]);
  });

  it('never finds a soft-deleted case, and drops it from the index', async () => {
    expect(await found('钱七')).toEqual([]);
    expect(core.handle.sqlite.prepare(`SELECT count(*) FROM case_search WHERE rowid = ?`).pluck().get(ids.deleted)).toBe(0);
    expect(core.handle.sqlite.prepare(`SELECT count(*) FROM case_search_gram WHERE case_id = ?`).pluck().get(ids.deleted)).toBe(0);
  });

  it('drops a case from search once it is soft-deleted and reindexed', async () => {
    const id = addCase(core, { parties: [{ name: '孙悟空' }, { name: '猪八戒' }], facts: '花果山果园承包纠纷。' });
    expect(await found('孙悟空')).toEqual([id]);
    core.handle.sqlite.prepare(`UPDATE mediation_case SET deleted_at = ? WHERE id = ?`).run('2026-06-01T00:00:00.000Z', id);
    expect(await found('孙悟空')).toEqual([]);
    reindexCase(core.handle.db, id);
    expect(core.handle.sqlite.prepare(`SELECT count(*) FROM case_search WHERE rowid = ?`).pluck().get(id)).toBe(0);
  });

  it('takes quotes and FTS5 syntax as plain text', async () => {
    for (const q of ['"张小兰', '张小兰" OR "李', 'NEAR(张 李)', '*', '漏水*', '张 AND']) {
      const r = await core.dispatch('case.list', { q });
      expect(r.ok).toBe(true);
    }
    expect(await found('"张小兰"')).toEqual([]);
    expect(await found('  ')).toHaveLength(3); // blank: no search, every case not deleted
  });
});
