// Party branch rules of 《中国共产党支部工作条例（试行）》: when a branch is due, and when it needs a 支部委员会.

/** 正式党员 3 人以上的单位应当成立党支部 (第五条). */
export const BRANCH_MIN_FULL_MEMBERS = 3;
/** 正式党员 7 人以上的党支部应当设立支部委员会 (第六章). */
export const COMMITTEE_MIN_FULL_MEMBERS = 7;
/**
 * Our working definition of “has a 支委会”: at least 3 members hold committee posts (书记, 副书记, 组织委员,
 * 宣传委员, 纪检委员); the 条例 has a 支委会 of 3–5 members.
 */
export const COMMITTEE_MIN_POST_HOLDERS = 3;
export const COMMITTEE_POSTS: readonly string[] = ['secretary', 'deputySecretary', 'organization', 'propaganda', 'discipline'];

export function branchMissing(fullMembers: number, branches: number): boolean {
  return fullMembers >= BRANCH_MIN_FULL_MEMBERS && branches === 0;
}

/** Counts members holding a committee post. */
export function committeePostHolders(posts: readonly string[]): number {
  return posts.filter((p) => COMMITTEE_POSTS.includes(p)).length;
}

export function hasBranchCommittee(posts: readonly string[]): boolean {
  return committeePostHolders(posts) >= COMMITTEE_MIN_POST_HOLDERS;
}

export function branchCommitteeMissing(fullMembers: number, posts: readonly string[]): boolean {
  return fullMembers >= COMMITTEE_MIN_FULL_MEMBERS && !hasBranchCommittee(posts);
}

/** A member counts until the day the membership is transferred out. */
export function isCurrentMember(m: { transferredOutOn: string | null }, today: string): boolean {
  return m.transferredOutOn === null || m.transferredOutOn > today;
}
