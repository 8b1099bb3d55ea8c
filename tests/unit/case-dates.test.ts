// Dates that matter for a case at their boundaries: 30-day conclusion, 30-day 司法确认 window, 回访, monthly entry.
import { describe, expect, it } from 'vitest';
import { caseDates, caseEntryOf, type CaseDateFacts } from '../../electron/shared/rules/case-dates';

const settings = { concludeWithinDays: 30, confirmationDays: 30, followUpDays: 30, entryDeadlineDay: 7 };
const base: CaseDateFacts = {
  state: 'mediating',
  acceptedOn: '2026-10-01',
  concludedOn: null,
  agreementEffectiveOn: null,
  agreementForm: null,
  agreementOn: null,
  enteredOn: null,
  confirmationOn: null,
  followUpOn: null,
};
const dateOf = (facts: Partial<CaseDateFacts>, today: string, code: string) =>
  caseDates({ ...base, ...facts }, settings, today).find((d) => d.code === code);

describe('concludeBy', () => {
  it('is due on day 30 and overdue on day 31', () => {
    expect(dateOf({}, '2026-10-23', 'concludeBy')).toMatchObject({ date: '2026-10-31', status: 'open' });
    expect(dateOf({}, '2026-10-24', 'concludeBy')).toMatchObject({ status: 'dueSoon' });
    expect(dateOf({}, '2026-10-31', 'concludeBy')).toMatchObject({ status: 'dueSoon', detail: '2026-10-01受理，一般应在2026-10-31前调结（还剩0天）' });
    expect(dateOf({}, '2026-11-01', 'concludeBy')).toMatchObject({ status: 'overdue', detail: '2026-10-01受理，已超过30日调解期限1天' });
  });
  it('is done once concluded, saying by how much it ran over', () => {
    const done = (concludedOn: string) => dateOf({ state: 'failed', concludedOn }, '2026-12-20', 'concludeBy');
    expect(done('2026-10-31')).toMatchObject({ status: 'done', detail: '已于2026-10-31结案' });
    expect(done('2026-11-02')).toMatchObject({ status: 'done', detail: '已于2026-11-02结案，超过期限2天' });
  });
  it('is absent before acceptance and for a rejected case', () => {
    expect(dateOf({ state: 'received', acceptedOn: null }, '2026-10-02', 'concludeBy')).toBeUndefined();
    expect(dateOf({ state: 'rejected', concludedOn: '2026-10-02' }, '2026-10-02', 'concludeBy')).toBeUndefined();
  });
});

describe('confirmationBy', () => {
  const agreed = { state: 'succeeded', concludedOn: '2026-10-10', agreementOn: '2026-10-10', agreementEffectiveOn: '2026-10-10', agreementForm: 'written' };
  it('runs 30 days from the effective date, missed on day 31 without an application', () => {
    expect(dateOf(agreed, '2026-11-02', 'confirmationBy')).toMatchObject({ date: '2026-11-09', status: 'dueSoon' });
    expect(dateOf(agreed, '2026-11-09', 'confirmationBy')).toMatchObject({ status: 'dueSoon' });
    expect(dateOf(agreed, '2026-11-10', 'confirmationBy')).toMatchObject({ status: 'missed' });
    expect(dateOf(agreed, '2026-10-20', 'confirmationBy')).toMatchObject({ status: 'open' });
  });
  it('is done with an application, and absent without an agreement in effect', () => {
    expect(dateOf({ ...agreed, confirmationOn: '2026-11-20' }, '2026-12-01', 'confirmationBy')).toMatchObject({ status: 'done' });
    expect(dateOf({ ...agreed, agreementEffectiveOn: null }, '2026-11-01', 'confirmationBy')).toBeUndefined();
    expect(dateOf({ ...agreed, state: 'failed' }, '2026-11-01', 'confirmationBy')).toBeUndefined();
    // An oral agreement has no paper for the court: no 司法确认 window.
    expect(dateOf({ ...agreed, agreementForm: 'oral' }, '2026-11-01', 'confirmationBy')).toBeUndefined();
  });
});

describe('followUpBy', () => {
  const agreed = { state: 'succeeded', concludedOn: '2026-10-10', agreementOn: '2026-10-10', agreementEffectiveOn: '2026-10-12' };
  it('is due 30 days after the agreement', () => {
    expect(dateOf(agreed, '2026-11-09', 'followUpBy')).toMatchObject({ date: '2026-11-09', status: 'dueSoon' });
    expect(dateOf(agreed, '2026-11-10', 'followUpBy')).toMatchObject({ status: 'overdue', detail: '协议于2026-10-10达成，回访已逾期1天' });
    expect(dateOf({ ...agreed, followUpOn: '2026-11-12' }, '2026-11-20', 'followUpBy')).toMatchObject({ status: 'done' });
  });
});

describe('entryBy and caseEntryOf', () => {
  const concluded = { state: 'succeeded', concludedOn: '2026-10-31' };
  it('is done on the 7th and missed on the 8th', () => {
    expect(dateOf({ ...concluded, enteredOn: '2026-11-07' }, '2026-11-20', 'entryBy')).toMatchObject({ date: '2026-11-07', status: 'done' });
    expect(dateOf({ ...concluded, enteredOn: '2026-11-08' }, '2026-11-20', 'entryBy')).toMatchObject({ status: 'missed' });
    expect(caseEntryOf({ ...concluded, enteredOn: '2026-11-08' }, 7)).toEqual({ deadline: '2026-11-07', enteredOn: '2026-11-08', late: true });
  });
  it('is null for a rejected or unconcluded case', () => {
    expect(caseEntryOf({ state: 'rejected', concludedOn: '2026-10-31', enteredOn: '2026-10-31' }, 7)).toBeNull();
    expect(caseEntryOf({ state: 'mediating', concludedOn: null, enteredOn: null }, 7)).toBeNull();
  });
});
