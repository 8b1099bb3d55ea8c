// Committee composition (《人民调解法》第八条) at its boundaries: 2/3 and 9/10 members, women, 主任, who counts as active.
import { describe, expect, it } from 'vitest';
import { committeeComposition, type CompositionMember } from '../../electron/shared/rules/committee-composition';

const today = '2026-05-10';
const member = (over: Partial<CompositionMember> = {}): CompositionMember => ({
  gender: 'male',
  role: 'member',
  leftOn: null,
  termStart: '2025-01-01',
  termEnd: '2028-01-01',
  ...over,
});
/** n active members: the first a female director, the rest male members. */
const valid = (n: number): CompositionMember[] =>
  Array.from({ length: n }, (_, i) => (i === 0 ? member({ gender: 'female', role: 'director' }) : member()));

describe('committeeComposition', () => {
  it('accepts 3 and 9 members with a woman and a 主任', () => {
    expect(committeeComposition(valid(3), today)).toEqual({ activeCount: 3, women: 1, directors: 1, problems: [] });
    expect(committeeComposition(valid(9), today).problems).toEqual([]);
  });

  it('flags 2 members and 10 members', () => {
    expect(committeeComposition(valid(2), today).problems).toEqual(['成员不足3人']);
    expect(committeeComposition(valid(10), today)).toMatchObject({ activeCount: 10, problems: ['成员超过9人'] });
  });

  it('flags no woman and no 主任', () => {
    const men = [member({ role: 'director' }), member(), member()];
    expect(committeeComposition(men, today).problems).toEqual(['无女性成员']);
    const noDirector = [member({ gender: 'female', role: 'deputyDirector' }), member(), member()];
    expect(committeeComposition(noDirector, today)).toMatchObject({ directors: 0, problems: ['未设主任'] });
  });

  it('lists every problem of an empty committee', () => {
    expect(committeeComposition([], today)).toEqual({
      activeCount: 0,
      women: 0,
      directors: 0,
      problems: ['成员不足3人', '无女性成员', '未设主任'],
    });
  });

  it('counts a member leaving today as gone and one leaving tomorrow as active', () => {
    const base = valid(2);
    expect(committeeComposition([...base, member({ leftOn: today })], today).activeCount).toBe(2);
    expect(committeeComposition([...base, member({ leftOn: '2026-05-11' })], today).activeCount).toBe(3);
  });

  it('counts a term ending today as active and one ended yesterday as not', () => {
    const base = valid(2);
    expect(committeeComposition([...base, member({ termEnd: today })], today).activeCount).toBe(3);
    expect(committeeComposition([...base, member({ termEnd: '2026-05-09' })], today).activeCount).toBe(2);
  });

  it('counts a term starting today, not one elected ahead for a term starting tomorrow', () => {
    const base = valid(2);
    expect(committeeComposition([...base, member({ termStart: today })], today).activeCount).toBe(3);
    expect(committeeComposition([...base, member({ termStart: '2026-05-11' })], today).activeCount).toBe(2);
    // A re-election entered ahead: five old and five next-term members are five serving, not ten.
    const next = Array.from({ length: 5 }, () => member({ termStart: '2026-06-01', termEnd: '2029-05-31' }));
    expect(committeeComposition([...valid(5), ...next], today)).toMatchObject({ activeCount: 5, problems: [] });
  });

  it('does not count a woman or 主任 who has left', () => {
    const members = [member({ gender: 'female', role: 'director', leftOn: '2026-01-01' }), member(), member(), member()];
    expect(committeeComposition(members, today)).toEqual({
      activeCount: 3,
      women: 0,
      directors: 0,
      problems: ['无女性成员', '未设主任'],
    });
  });
});
