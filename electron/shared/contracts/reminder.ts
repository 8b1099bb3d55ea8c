// Contract methods of the rule checks (工作提醒): one query per rule, and the summary the 工作台 shows.
import { noInput, query } from '../contract-spec';
import { reminderResult, reminderSummary } from '../schemas/reminder';

const rule = query(noInput, reminderResult);

export const reminderContract = {
  'reminder.cpcBranchMissing': rule,
  'reminder.cpcCommitteeMissing': rule,
  'reminder.cpcMeetingCadence': rule,
  'reminder.committeeNotFiled': rule,
  'reminder.committeeComposition': rule,
  'reminder.enterpriseWithoutCommittee': rule,
  'reminder.mediatorUntrained': rule,
  'reminder.mediatorStaffing': rule,
  'reminder.investigationMissed': rule,
  'reminder.majorDisputesOpen': rule,
  'reminder.caseOverdue': rule,
  'reminder.caseConfirmationDue': rule,
  'reminder.caseFollowUpDue': rule,
  'reminder.caseEntryLate': rule,
  'reminder.dossierIncomplete': rule,
  'reminder.summary': query(noInput, reminderSummary),
} as const;
