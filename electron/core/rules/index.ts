// Every rule check by code: what it finds in the database on a given day.
import type { ReminderCode } from '../../shared/rules/catalog';
import type { ReminderItem } from '../../shared/schemas/reminder';
import type { Db } from '../db/open';
import {
  caseConfirmationDueItems,
  caseEntryLateItems,
  caseFollowUpDueItems,
  caseOverdueItems,
  dossierIncompleteItems,
} from './case';
import { cpcBranchMissingItems, cpcCommitteeMissingItems, cpcMeetingCadenceItems } from './cpc';
import { investigationMissedItems, majorDisputesOpenItems } from './investigation';
import {
  committeeCompositionItems,
  committeeNotFiledItems,
  enterpriseWithoutCommitteeItems,
  mediatorStaffingItems,
  mediatorUntrainedItems,
} from './mediation';

export type RuleCheck = (db: Db, today: string) => ReminderItem[];

export const ruleChecks: Readonly<Record<ReminderCode, RuleCheck>> = {
  cpcBranchMissing: cpcBranchMissingItems,
  cpcCommitteeMissing: cpcCommitteeMissingItems,
  cpcMeetingCadence: cpcMeetingCadenceItems,
  committeeNotFiled: committeeNotFiledItems,
  committeeComposition: committeeCompositionItems,
  enterpriseWithoutCommittee: enterpriseWithoutCommitteeItems,
  mediatorUntrained: mediatorUntrainedItems,
  mediatorStaffing: mediatorStaffingItems,
  investigationMissed: investigationMissedItems,
  majorDisputesOpen: majorDisputesOpenItems,
  caseOverdue: caseOverdueItems,
  caseConfirmationDue: caseConfirmationDueItems,
  caseFollowUpDue: caseFollowUpDueItems,
  caseEntryLate: caseEntryLateItems,
  dossierIncomplete: dossierIncompleteItems,
};
