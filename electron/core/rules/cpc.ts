// Queries of the Party rules: branch due, 支部委员会 due, 三会一课 cadence.
import { asc, count, eq } from 'drizzle-orm';
import { cpcBranch, cpcMeeting, cpcMember, staff } from '../../../drizzle/schema';
import {
  branchCommitteeMissing,
  branchMissing,
  COMMITTEE_MIN_FULL_MEMBERS,
  committeePostHolders,
  hasBranchCommittee,
  isCurrentMember,
} from '../../shared/rules/cpc-branch';
import { missedMeetings } from '../../shared/rules/cpc-meeting-cadence';
import type { ReminderItem } from '../../shared/schemas/reminder';
import type { Db } from '../db/open';

/** 政治面貌 code 01 中共党员 (full members; 02 is probationary). */
const FULL_PARTY_MEMBER = '01';

export function cpcBranchMissingItems(db: Db): ReminderItem[] {
  const full = db.select({ n: count() }).from(staff).where(eq(staff.politicalStatus, FULL_PARTY_MEMBER)).get()?.n ?? 0;
  const branches = db.select({ n: count() }).from(cpcBranch).get()?.n ?? 0;
  if (!branchMissing(full, branches)) return [];
  return [{ id: 'office', label: '本所', detail: `工作人员中有正式党员${full}名，尚未建立党支部`, path: 'cpc/branch' }];
}

interface BranchFacts {
  id: number;
  name: string;
  foundedOn: string;
  fullMembers: number;
  posts: string[];
}

function branchFacts(db: Db, today: string): BranchFacts[] {
  const branches = db.select().from(cpcBranch).orderBy(asc(cpcBranch.id)).all();
  const members = db
    .select({
      branchId: cpcMember.branchId,
      memberType: cpcMember.memberType,
      partyPost: cpcMember.partyPost,
      transferredOutOn: cpcMember.transferredOutOn,
    })
    .from(cpcMember)
    .all()
    .filter((m) => isCurrentMember(m, today));
  return branches.map((b) => {
    const own = members.filter((m) => m.branchId === b.id);
    return {
      id: b.id,
      name: b.name,
      foundedOn: b.foundedOn,
      fullMembers: own.filter((m) => m.memberType === 'full').length,
      posts: own.map((m) => m.partyPost),
    };
  });
}

export function cpcCommitteeMissingItems(db: Db, today: string): ReminderItem[] {
  return branchFacts(db, today)
    .filter((b) => branchCommitteeMissing(b.fullMembers, b.posts))
    .map((b) => ({
      id: String(b.id),
      label: b.name,
      detail: `正式党员${b.fullMembers}名，担任支委职务的仅${committeePostHolders(b.posts)}人（需3人及以上担任书记、副书记、组织、宣传、纪检委员）`,
      path: 'cpc/branch',
    }));
}

export function cpcMeetingCadenceItems(db: Db, today: string): ReminderItem[] {
  const meetings = db.select({ branchId: cpcMeeting.branchId, kind: cpcMeeting.kind, heldOn: cpcMeeting.heldOn }).from(cpcMeeting).all();
  return branchFacts(db, today).flatMap((b) =>
    missedMeetings(
      {
        foundedOn: b.foundedOn,
        hasCommittee: hasBranchCommittee(b.posts),
        hasGroups: hasBranchCommittee(b.posts) || b.fullMembers >= COMMITTEE_MIN_FULL_MEMBERS,
      },
      meetings.filter((m) => m.branchId === b.id),
      today,
    ).map((miss) => ({ id: `${b.id}:${miss.kind}:${miss.period}`, label: b.name, detail: miss.detail, path: 'cpc/meetings' })),
  );
}
