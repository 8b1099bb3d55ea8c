// Pinyin search keys and LIKE escaping.
import { describe, expect, it } from 'vitest';
import { likeContains, likePrefix, nameKeys } from '../../electron/core/search-keys';

describe('nameKeys', () => {
  it.each([
    ['张三', 'zs', 'zhangsan'],
    ['单雄信', 'sxx', 'shanxiongxin'],
    ['曾小贤', 'zxx', 'zengxiaoxian'],
    ['吕布', 'lb', 'lvbu'],
    ['阿依古丽·买买提', 'ayglmmt', 'ayigulimaimaiti'],
    ['Li Lei', 'll', 'lilei'],
  ])('%s → %s / %s', (name, initials, full) => {
    expect(nameKeys(name)).toEqual({ initials, pinyin: full });
  });
});

describe('LIKE patterns', () => {
  it('escape wildcards and the escape character', () => {
    expect(likeContains('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
    expect(likePrefix('zs')).toBe('zs%');
  });
});
