// Pure rules of Party work: member date rules, the 18th-birthday anniversary, absentees read back from JSON.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAbsentees } from '../../electron/core/services/cpc-meeting';
import { anniversary, cpcMemberDateIssues, type CpcMemberDates } from '../../electron/shared/schemas/cpc-member-rules';

const base: CpcMemberDates = {
  birthDate: '1980-03-02',
  joinedOn: '2005-06-01',
  fullOn: '2006-06-01',
  memberType: 'full',
  transferredInOn: null,
  transferredOutOn: null,
};

describe('anniversary', () => {
  it('adds whole years; 29 February falls on 1 March in a common year', () => {
    expect(anniversary('2000-02-29', 18)).toBe('2018-03-01');
    expect(anniversary('2000-02-29', 4)).toBe('2004-02-29');
    expect(anniversary('1980-12-31', 18)).toBe('1998-12-31');
  });
});

describe('cpcMemberDateIssues', () => {
  it('accepts a consistent record', () => {
    expect(cpcMemberDateIssues(base, '2026-11-27')).toEqual([]);
  });

  it('joining the day one turns 18 is allowed, the day before is not', () => {
    expect(cpcMemberDateIssues({ ...base, joinedOn: '1998-03-02', fullOn: '1999-03-02' })).toEqual([]);
    expect(cpcMemberDateIssues({ ...base, joinedOn: '1998-03-01', fullOn: '1999-03-02' }).map((i) => i.field)).toEqual(['joinedOn']);
  });

  it('checks the future only when given today', () => {
    const future = { ...base, transferredInOn: '2030-01-01' };
    expect(cpcMemberDateIssues(future)).toEqual([]);
    expect(cpcMemberDateIssues(future, '2026-11-27')).toEqual([{ field: 'transferredInOn', message: '组织关系转入时间不能晚于今天' }]);
  });

  it('a full member always needs 转正时间 no earlier than 入党时间; a probationary one never has it', () => {
    const day = fc.integer({ min: 0, max: 20000 }).map((n) => new Date(Date.UTC(1990, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.option(day, { nil: null }), fc.constantFrom('full' as const, 'probationary' as const), (joinedOn, fullOn, memberType) => {
        const issues = cpcMemberDateIssues({ ...base, birthDate: null, joinedOn, fullOn, memberType });
        const valid = memberType === 'full' ? fullOn !== null && fullOn >= joinedOn : fullOn === null;
        expect(issues.some((i) => i.field === 'fullOn')).toBe(!valid);
      }),
    );
  });
});

describe('parseAbsentees', () => {
  it('reads the stored list and keeps only well-formed entries', () => {
    expect(parseAbsentees('[{"name":"钱七","reason":"公出","x":1},{"name":2}]')).toEqual([{ name: '钱七', reason: '公出' }]);
    expect(parseAbsentees('not json')).toEqual([]);
    expect(parseAbsentees('{}')).toEqual([]);
  });
});
