// Contract methods of Party work: branches (cpcBranch), members (cpcMember), 三会一课 meetings (cpcMeeting).
import { byId, deleted, mutation, noInput, query } from '../contract-spec';
import { cpcBranch, cpcBranchInput, cpcBranchList, cpcBranchUpdateInput } from '../schemas/cpc-branch';
import { cpcMember, cpcMemberInput, cpcMemberListInput, cpcMemberPage, cpcMemberUpdateInput } from '../schemas/cpc-member';
import { cpcMeeting, cpcMeetingInput, cpcMeetingListInput, cpcMeetingPage, cpcMeetingUpdateInput } from '../schemas/cpc-meeting';

export const cpcContract = {
  'cpcBranch.list': query(noInput, cpcBranchList),
  'cpcBranch.get': query(byId, cpcBranch),
  'cpcBranch.create': mutation(cpcBranchInput, cpcBranch),
  'cpcBranch.update': mutation(cpcBranchUpdateInput, cpcBranch),
  'cpcBranch.delete': mutation(byId, deleted),
  'cpcMember.list': query(cpcMemberListInput, cpcMemberPage),
  'cpcMember.get': query(byId, cpcMember),
  'cpcMember.create': mutation(cpcMemberInput, cpcMember),
  'cpcMember.update': mutation(cpcMemberUpdateInput, cpcMember),
  'cpcMember.delete': mutation(byId, deleted),
  'cpcMeeting.list': query(cpcMeetingListInput, cpcMeetingPage),
  'cpcMeeting.get': query(byId, cpcMeeting),
  'cpcMeeting.create': mutation(cpcMeetingInput, cpcMeeting),
  'cpcMeeting.update': mutation(cpcMeetingUpdateInput, cpcMeeting),
  'cpcMeeting.delete': mutation(byId, deleted),
} as const;
