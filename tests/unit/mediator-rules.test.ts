// Pure rules of the mediator area: the once-a-year training cutoff, and the form schemas' cross-field checks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '../../electron/core/demo-data';
import { isTrainingDue, mediatorInput, trainingCutoff } from '../../electron/shared/schemas/mediator';
import { mediatorDisciplineInput } from '../../electron/shared/schemas/mediator-discipline';
import { mediatorTrainingInput } from '../../electron/shared/schemas/mediator-training';

const base = {
  name: '王调解', idNumber: makeIdNumber('320102', '1970-03-08', 'male', 5), ethnicity: '01', politicalStatus: '01',
  education: '21', committeeId: 1, employment: 'partTime',
};
const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('training cutoff', () => {
  it('is 365 days earlier, the same cutoff the 工作台 rule uses', () => {
    expect(trainingCutoff('2026-11-27')).toBe('2025-11-27');
    expect(trainingCutoff('2028-02-29')).toBe('2027-03-01');
    expect(trainingCutoff('2028-12-31')).toBe('2028-01-01');
  });

  it('always yields the date exactly 365 days back', () => {
    const day = fc.date({ min: new Date('1950-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, (today) => {
        const cutoff = trainingCutoff(today);
        const days = (Date.parse(today) - Date.parse(cutoff)) / 86_400_000;
        expect(cutoff < today).toBe(true);
        expect(days).toBe(365);
      }),
    );
  });

  it('marks only mediators in post with no training since the cutoff', () => {
    const today = '2026-11-27';
    expect(isTrainingDue({ leftOn: null, lastTrainingOn: null }, today)).toBe(true);
    expect(isTrainingDue({ leftOn: null, lastTrainingOn: '2025-11-26' }, today)).toBe(true);
    expect(isTrainingDue({ leftOn: null, lastTrainingOn: '2025-11-27' }, today)).toBe(false);
    expect(isTrainingDue({ leftOn: '2026-01-01', lastTrainingOn: null }, today)).toBe(false);
  });
});

describe('form schemas', () => {
  it('accepts a minimal mediator, not in the expert pool by default', () => {
    const parsed = mediatorInput.parse(base);
    expect(parsed).toMatchObject({ inExpertPool: false, expertField: null, phone: null, startedOn: null, leftOn: null });
  });

  it('reports every cross-field problem at once, each on its field', () => {
    const result = mediatorInput.safeParse({ ...base, phone: '123', inExpertPool: true, startedOn: '2000-01-01', leftOn: '1999-01-01' });
    expect(issues(result)).toEqual([
      'phone: 联系电话格式不正确（手机11位，或区号-座机号）',
      'expertField: 已入选专家库的，请填写专长领域',
      'leftOn: 离任日期不能早于任职日期',
    ]);
    expect(issues(mediatorInput.safeParse({ ...base, startedOn: '1969-01-01', leftOn: '1968-01-01' }))).toEqual(['startedOn: 任职日期应晚于出生日期']);
  });

  it('shares the staff training field rules, with the mediator training kinds', () => {
    expect(issues(mediatorTrainingInput.safeParse({ title: '培训', kind: 'caseStudy', startDate: '2026-01-02', hours: 3000 }))).toEqual([
      'hours: 学时应在1–2000之间',
    ]);
    expect(issues(mediatorTrainingInput.safeParse({ title: '培训', kind: 'business', startDate: '2026-01-02' }))).toEqual(['kind: 请选择培训类型']);
  });

  it('asks for the details of a discipline event whose reason is 其他', () => {
    const ok = mediatorDisciplineInput.safeParse({ occurredOn: '2026-01-02', kind: 'criticism', reason: 'other', detail: '无故缺席调解' });
    expect(ok.success).toBe(true);
    const bad = mediatorDisciplineInput.safeParse({ occurredOn: '2026-01-02', kind: 'criticism', reason: 'other' });
    expect(issues(bad)).toEqual(['detail: 事由为“其他”的，请填写具体情况']);
  });
});
