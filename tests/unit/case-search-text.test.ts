// The search box text → index inputs: normal form, FTS5 quoting, long codes by their tail; name grams; snippet window; entry rule.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nameGrams } from '../../electron/core/search/case-index';
import { markWindow } from '../../electron/core/search/case-snippet';
import { isEntryLate } from '../../electron/core/search/entry-rule';
import { entryDeadline } from '../../electron/shared/rules/entry-deadline';
import { normalizeQuery } from '../../electron/core/search/search-text';

describe('normalizeQuery', () => {
  it('makes full-width half-width, lower-cases letters and drops spaces and dashes inside codes', () => {
    expect(normalizeQuery('１１０１０５１９４９１２３１００２Ｘ')).toBe('11010519491231002x');
    expect(normalizeQuery(' 138-1234 5678 ')).toBe('13812345678');
    expect(normalizeQuery('ZX L')).toBe('zxl');
    expect(normalizeQuery('张 小兰')).toBe('张 小兰');
  });

  it('never keeps control characters', () => {
    expect(normalizeQuery('张\u0000三\u001f\u007f')).toBe('张三');
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => [...normalizeQuery(s)].every((c) => c >= ' ' && c !== '\u007f')));
  });
});

describe('nameGrams', () => {
  it('holds the characters of each name and of its pinyin initials', () => {
    expect(nameGrams(['张小兰']).sort()).toEqual(['x', 'z', '兰', '小', '张', 'l'].sort());
  });
});

describe('markWindow', () => {
  it('marks the first hit in 【】 with some text either side', () => {
    expect(markWindow('楼上卫生间漏水，导致楼下天花板受损', '漏水')).toBe('楼上卫生间【漏水】，导致楼下天花板受损');
    expect(markWindow('ZhangXiaoLan', 'xiao')).toBe('Zhang【Xiao】Lan');
    expect(markWindow('abc', 'zz')).toBeNull();
    expect(markWindow('一二三四五六七八九十一二三四五六七八九十漏水', '漏水')).toBe('…九十一二三四五六七八九十【漏水】');
  });
});

describe('entry rule', () => {
  it('is due on day N of the next month, judged by the Shanghai date', () => {
    expect(entryDeadline('2026-12-31', 7)).toBe('2027-01-07');
    expect(entryDeadline('2026-01-31', 7)).toBe('2026-02-07');
    expect(isEntryLate('2026-03-20', '2026-04-07T15:59:59.000Z', 7)).toBe(false);
    expect(isEntryLate('2026-03-20', '2026-04-07T16:00:00.000Z', 7)).toBe(true);
    expect(isEntryLate(null, null, 7)).toBeNull();
  });
});
