// 三会一课 cadence: completed periods only, since founding, 支委会 only with a 支委会, 党课 yearly from Q4.
import { describe, expect, it } from 'vitest';
import { missedMeetings, type CadenceMeeting } from '../../electron/shared/rules/cpc-meeting-cadence';

const longAgo = { foundedOn: '2020-01-01', hasCommittee: true, hasGroups: true };
const monthly = (kind: string, year: number, months: number[]): CadenceMeeting[] =>
  months.map((m) => ({ kind, heldOn: `${year}-${String(m).padStart(2, '0')}-20` }));
const fullYear = (year: number, upTo: number): CadenceMeeting[] => [
  ...monthly('committeeMeeting', year, Array.from({ length: upTo }, (_, i) => i + 1)),
  ...monthly('groupMeeting', year, Array.from({ length: upTo }, (_, i) => i + 1)),
  ...monthly('memberAssembly', year, [3, 6, 9, 12].filter((m) => m <= upTo)),
  { kind: 'partyLecture', heldOn: `${year - 1}-06-01` },
  { kind: 'partyLecture', heldOn: `${year}-06-01` },
];

describe('missedMeetings', () => {
  it('finds nothing when every due meeting was held', () => {
    expect(missedMeetings(longAgo, fullYear(2026, 10), '2026-11-10')).toEqual([]);
  });

  it('reports a December or fourth-quarter miss in January, when it has just become complete', () => {
    const meetings = fullYear(2026, 12).filter((m) => !(m.heldOn.startsWith('2026-12') && m.kind !== 'partyLecture'));
    expect(missedMeetings(longAgo, meetings, '2026-12-31')).toEqual([]);
    expect(missedMeetings(longAgo, meetings, '2027-01-05').map((m) => m.detail)).toEqual([
      '2026年12月无支委会',
      '2026年12月无党小组会',
      '2026年第四季度无支部党员大会',
    ]);
    // A month later the January window has passed: only the new year's own periods count.
    expect(missedMeetings(longAgo, [...meetings, ...fullYear(2027, 1)], '2027-02-05').map((m) => m.detail)).toEqual([]);
  });

  it('names the month without a 支委会, and checks only completed months', () => {
    const meetings = fullYear(2026, 10).filter((m) => !(m.kind === 'committeeMeeting' && m.heldOn.startsWith('2026-10')));
    expect(missedMeetings(longAgo, meetings, '2026-11-10')).toEqual([
      { kind: 'committeeMeeting', period: '2026-10', detail: '2026年10月无支委会' },
    ]);
    // On the last day of October the month is not over yet.
    expect(missedMeetings(longAgo, meetings, '2026-10-31')).toEqual([]);
    expect(missedMeetings(longAgo, meetings, '2026-11-01')).toHaveLength(1);
  });

  it('does not require 支委会 of a branch without a 支委会, nor 党小组会 of a branch too small for 党小组', () => {
    const meetings = fullYear(2026, 10).filter((m) => m.kind !== 'committeeMeeting');
    expect(missedMeetings({ ...longAgo, hasCommittee: false }, meetings, '2026-11-10')).toEqual([]);
    expect(missedMeetings(longAgo, meetings, '2026-11-10')).toHaveLength(10);
    const small = fullYear(2026, 10).filter((m) => m.kind !== 'committeeMeeting' && m.kind !== 'groupMeeting');
    expect(missedMeetings({ ...longAgo, hasCommittee: false, hasGroups: false }, small, '2026-11-10')).toEqual([]);
    expect(missedMeetings({ ...longAgo, hasCommittee: false, hasGroups: true }, small, '2026-11-10')).toHaveLength(10);
  });

  it('wants a 支部党员大会 each completed quarter', () => {
    const meetings = fullYear(2026, 10).filter((m) => !(m.kind === 'memberAssembly' && m.heldOn.startsWith('2026-09')));
    expect(missedMeetings(longAgo, meetings, '2026-09-30')).toEqual([]);
    expect(missedMeetings(longAgo, meetings, '2026-10-01')).toEqual([
      { kind: 'memberAssembly', period: '2026-Q3', detail: '2026年第三季度无支部党员大会' },
    ]);
  });

  it('counts only periods that began on or after founding', () => {
    const branch = { foundedOn: '2026-03-02', hasCommittee: false, hasGroups: true };
    const missed = missedMeetings(branch, [], '2026-05-10');
    expect(missed.map((m) => m.detail)).toEqual(['2026年4月无党小组会']);
    expect(missedMeetings({ foundedOn: '2026-03-01', hasCommittee: false, hasGroups: true }, [], '2026-05-10').map((m) => m.detail)).toEqual([
      '2026年3月无党小组会',
      '2026年4月无党小组会',
    ]);
  });

  it('flags the current year without a 党课 once the fourth quarter begins, and a past year without one', () => {
    const noLecture = fullYear(2026, 12).filter((m) => m.kind !== 'partyLecture');
    const lectures = (today: string) => missedMeetings(longAgo, noLecture, today).filter((m) => m.kind === 'partyLecture');
    expect(lectures('2026-09-30').map((m) => m.detail)).toEqual(['2025年全年无党课']);
    expect(lectures('2026-10-01').map((m) => m.detail)).toEqual(['2025年全年无党课', '2026年已进入第四季度，尚未上党课']);
    const lastYearOnly = [...noLecture, { kind: 'partyLecture', heldOn: '2025-12-31' }];
    expect(missedMeetings(longAgo, lastYearOnly, '2026-09-30')).toEqual([]);
  });

  it('leaves 党课 alone for a branch founded in the fourth quarter', () => {
    const branch = { foundedOn: '2026-10-01', hasCommittee: false, hasGroups: true };
    expect(missedMeetings(branch, [], '2026-12-20').map((m) => m.detail)).toEqual(['2026年10月无党小组会', '2026年11月无党小组会']);
  });
});
