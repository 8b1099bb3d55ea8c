// Party rules at their boundaries: 2/3 full members for a branch, 6/7 for a 支委会, 2/3 post holders, transfers.
import { describe, expect, it } from 'vitest';
import {
  branchCommitteeMissing,
  branchMissing,
  committeePostHolders,
  hasBranchCommittee,
  isCurrentMember,
} from '../../electron/shared/rules/cpc-branch';

describe('branchMissing', () => {
  it('flags 3 full members without a branch, not 2', () => {
    expect(branchMissing(2, 0)).toBe(false);
    expect(branchMissing(3, 0)).toBe(true);
    expect(branchMissing(12, 0)).toBe(true);
  });
  it('does not flag once a branch exists', () => {
    expect(branchMissing(3, 1)).toBe(false);
  });
});

describe('支委会', () => {
  const twoPosts = ['secretary', 'organization', 'member', 'member'];
  const threePosts = ['secretary', 'organization', 'propaganda', 'member'];
  it('counts only committee posts', () => {
    expect(committeePostHolders(['secretary', 'deputySecretary', 'organization', 'propaganda', 'discipline', 'member'])).toBe(5);
    expect(hasBranchCommittee(twoPosts)).toBe(false);
    expect(hasBranchCommittee(threePosts)).toBe(true);
  });
  it('is due from 7 full members', () => {
    expect(branchCommitteeMissing(6, twoPosts)).toBe(false);
    expect(branchCommitteeMissing(7, twoPosts)).toBe(true);
    expect(branchCommitteeMissing(7, threePosts)).toBe(false);
  });
});

describe('isCurrentMember', () => {
  it('counts a member until the day of transfer out', () => {
    expect(isCurrentMember({ transferredOutOn: null }, '2026-05-10')).toBe(true);
    expect(isCurrentMember({ transferredOutOn: '2026-05-11' }, '2026-05-10')).toBe(true);
    expect(isCurrentMember({ transferredOutOn: '2026-05-10' }, '2026-05-10')).toBe(false);
  });
});
