// Handlers of Party work: branches, members and 三会一课 meetings in one group.
import { cpcBranchHandlers } from './cpc-branch';
import { cpcMeetingHandlers } from './cpc-meeting';
import { cpcMemberHandlers } from './cpc-member';

export const cpcHandlers = { ...cpcBranchHandlers, ...cpcMemberHandlers, ...cpcMeetingHandlers };
