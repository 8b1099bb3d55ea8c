// Mediation rules at their boundaries: 299/300 employees, training 364/365/366 days ago, 5:2:1 and 2–4 staffing.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../electron/shared/rules/dates';
import {
  enterpriseNeedsCommittee,
  isActiveMediator,
  lastTraining,
  staffingProblem,
  trainedWithinYear,
} from '../../electron/shared/rules/mediation';

const today = '2026-11-27';

describe('enterpriseNeedsCommittee', () => {
  it('flags 300 employees without a committee, not 299', () => {
    expect(enterpriseNeedsCommittee({ employees: 299, committeeId: null })).toBe(false);
    expect(enterpriseNeedsCommittee({ employees: 300, committeeId: null })).toBe(true);
    expect(enterpriseNeedsCommittee({ employees: 300, committeeId: 4 })).toBe(false);
  });
});

describe('trainedWithinYear', () => {
  const on = (days: number, end = false) =>
    end ? { startDate: addDays(today, -days - 3), endDate: addDays(today, -days) } : { startDate: addDays(today, -days), endDate: null };
  it('accepts a training 364 or 365 days ago and not 366', () => {
    expect(trainedWithinYear([on(364)], today)).toBe(true);
    expect(trainedWithinYear([on(365)], today)).toBe(true);
    expect(trainedWithinYear([on(366)], today)).toBe(false);
  });
  it('uses the end date when there is one', () => {
    expect(trainedWithinYear([on(364, true)], today)).toBe(true);
    expect(trainedWithinYear([on(366, true)], today)).toBe(false);
  });
  it('flags a mediator with no training at all', () => {
    expect(trainedWithinYear([], today)).toBe(false);
    expect(lastTraining([], today)).toBeNull();
  });
  it('takes the latest of several and ignores trainings not yet begun', () => {
    expect(lastTraining([on(400), on(30), on(200)], today)).toBe(addDays(today, -30));
    expect(trainedWithinYear([{ startDate: addDays(today, 5), endDate: null }], today)).toBe(false);
  });
});

describe('isActiveMediator', () => {
  it('is active until the day of leaving', () => {
    expect(isActiveMediator({ leftOn: null }, today)).toBe(true);
    expect(isActiveMediator({ leftOn: today }, today)).toBe(false);
  });
});

describe('staffingProblem (5:2:1, professional 2–4)', () => {
  it('district needs 5', () => {
    expect(staffingProblem('district', 4)).toBe('现有专职调解员4名，区级调解中心应配备专职调解员不少于5名');
    expect(staffingProblem('district', 5)).toBeNull();
  });
  it('street needs 2', () => {
    expect(staffingProblem('street', 1)).not.toBeNull();
    expect(staffingProblem('street', 2)).toBeNull();
  });
  it('village and community need 1', () => {
    expect(staffingProblem('village', 0)).not.toBeNull();
    expect(staffingProblem('community', 0)).not.toBeNull();
    expect(staffingProblem('village', 1)).toBeNull();
    expect(staffingProblem('community', 1)).toBeNull();
  });
  it('professional needs 2 to 4', () => {
    expect(staffingProblem('professional', 1)).toBe('现有专职调解员1名，行业性专业性调委会应配备专职调解员2至4名');
    expect(staffingProblem('professional', 2)).toBeNull();
    expect(staffingProblem('professional', 4)).toBeNull();
    expect(staffingProblem('professional', 5)).not.toBeNull();
  });
  it('has no norm for enterprise committees', () => {
    expect(staffingProblem('enterprise', 0)).toBeNull();
  });
});
