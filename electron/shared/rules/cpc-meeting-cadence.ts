// 三会一课 cadence: which (kind, period) a branch missed in the current year (and 党课 also in the previous year).
import { addDays, yearOf } from './dates';
import { completed, monthsOfYear, quartersOfYear, type Period } from './periods';

export interface CadenceBranch {
  foundedOn: string;
  /** Whether the branch has a 支委会 (see hasBranchCommittee); only then are monthly 支委会 due. */
  hasCommittee: boolean;
  /** Whether the branch is large enough to be divided into 党小组 (≥ 7 full members, or a 支委会); only then are monthly 党小组会 due. */
  hasGroups: boolean;
}

export interface CadenceMeeting {
  kind: string;
  heldOn: string;
}

export interface MissedMeeting {
  kind: 'committeeMeeting' | 'groupMeeting' | 'memberAssembly' | 'partyLecture';
  period: string;
  /** e.g. 2026年10月无支委会 */
  detail: string;
}

const held = (meetings: readonly CadenceMeeting[], kind: string, start: string, end: string) =>
  meetings.some((m) => m.kind === kind && m.heldOn >= start && m.heldOn <= end);

/**
 * Completed periods of the current year (and of the previous year's last month or quarter, in January) that began on or after the founding date and hold no meeting of the kind:
 * 支委会 monthly (branches with a 支委会), 党小组会 monthly (branches of ≥ 7 full members or with a 支委会), 支部党员大会
 * quarterly. 党课 at least yearly: the current year is
 * flagged once its fourth quarter has begun without one, the previous year when it ended without one (each only when
 * the branch existed before that year's fourth quarter).
 */
export function missedMeetings(branch: CadenceBranch, meetings: readonly CadenceMeeting[], today: string): MissedMeeting[] {
  const year = yearOf(today);
  // The previous year's periods that ended in the last 31 days count too: December and Q4 are only complete in January.
  const recent = addDays(today, -31);
  const window = (ofYear: (y: number) => Period[]) => [...ofYear(year - 1).filter((p) => p.end >= recent), ...ofYear(year)];
  const due = (periods: Period[]) => completed(periods, today).filter((p) => p.start >= branch.foundedOn);
  const missed: MissedMeeting[] = [];
  const check = (kind: MissedMeeting['kind'], label: string, periods: Period[]) => {
    for (const p of due(periods)) {
      if (!held(meetings, kind, p.start, p.end)) missed.push({ kind, period: p.code, detail: `${p.label}无${label}` });
    }
  };
  // A small branch (fewer than 7 full members, no 支委会) has neither a committee nor 党小组 to meet monthly.
  if (branch.hasCommittee) check('committeeMeeting', '支委会', window(monthsOfYear));
  if (branch.hasGroups) check('groupMeeting', '党小组会', window(monthsOfYear));
  check('memberAssembly', '支部党员大会', window(quartersOfYear));

  const previous = year - 1;
  if (branch.foundedOn < `${previous}-10-01` && !held(meetings, 'partyLecture', `${previous}-01-01`, `${previous}-12-31`)) {
    missed.push({ kind: 'partyLecture', period: String(previous), detail: `${previous}年全年无党课` });
  }
  const q4 = `${year}-10-01`;
  if (today >= q4 && branch.foundedOn < q4 && !held(meetings, 'partyLecture', `${year}-01-01`, today)) {
    missed.push({ kind: 'partyLecture', period: String(year), detail: `${year}年已进入第四季度，尚未上党课` });
  }
  return missed;
}
