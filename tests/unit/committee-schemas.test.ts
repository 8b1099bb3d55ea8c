// The committee and member input rules alone (no database): kind/field, filing pair, term length by calendar years.
import { describe, expect, it } from 'vitest';
import { committeeInput } from '../../electron/shared/schemas/committee';
import { addYears, committeeMemberInput } from '../../electron/shared/schemas/committee-member';

const issues = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

describe('addYears', () => {
  it.each([
    ['2024-06-01', '2027-06-01'],
    ['2024-02-29', '2027-02-28'],
    ['2023-02-28', '2026-02-28'],
    ['2025-02-28', '2028-02-28'],
  ])('%s + 3 years = %s', (from, to) => expect(addYears(from, 3)).toBe(to));
  it('keeps 29 February in a leap year', () => expect(addYears('2020-02-29', 4)).toBe('2024-02-29'));
});

describe('committeeMemberInput', () => {
  const member = { name: '王芳', gender: 'female', role: 'member', termStart: '2024-02-29', termEnd: '2027-02-28' };
  it('allows a term of exactly 3 years from 29 February', () => expect(committeeMemberInput.safeParse(member).success).toBe(true));
  it('refuses one day more', () =>
    expect(issues(committeeMemberInput.safeParse({ ...member, termEnd: '2027-03-01' }))).toEqual([['termEnd', '每届任期不超过3年（人民调解法第九条）']]));
  it('shows the term error together with other field errors', () =>
    expect(issues(committeeMemberInput.safeParse({ ...member, name: '', termEnd: '2024-01-01' }))).toEqual([
      ['name', '请填写姓名'],
      ['termEnd', '任期结束日期应晚于任期开始日期'],
    ]));
  it('turns blank optional fields into null', () =>
    expect(committeeMemberInput.parse({ ...member, ethnicity: undefined, leftOn: '', phone: '' })).toMatchObject({ ethnicity: null, leftOn: null, phone: null }));
});

describe('committeeInput', () => {
  it('requires the field of a professional committee only', () => {
    expect(committeeInput.safeParse({ name: '物业纠纷人民调解委员会', kind: 'professional', field: 'property' }).success).toBe(true);
    expect(issues(committeeInput.safeParse({ name: '甲', kind: 'village', field: 'property' }))).toEqual([['field', '只有行业性专业性调委会填写行业领域']]);
  });
  it('wants the filing number and date together', () => {
    expect(issues(committeeInput.safeParse({ name: '甲', kind: 'village', filingNumber: '备1号' }))).toEqual([['filedOn', '已填备案编号，请填写备案日期']]);
    expect(committeeInput.parse({ name: '甲', kind: 'village', filingNumber: ' ', filedOn: '' })).toMatchObject({ filingNumber: null, filedOn: null });
  });
});
