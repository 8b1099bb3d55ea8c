// The demo's caseload: about 40 cases of the last five months, each with its fate, timing and the rule it is meant to show.
import type { CaseCreateInput } from '../shared/schemas/case';
import type { CommitteeKey } from './demo-committee';
import type { StoryKey } from './demo-case-stories';

export type Fate = 'received' | 'rejected' | 'mediating' | 'overdue' | 'written' | 'oral' | 'failed' | 'terminated';
export type Source = CaseCreateInput['source'];

export interface CasePlan {
  /** Received this many days before today. */
  ago: number;
  committee: CommitteeKey;
  story: StoryKey;
  source: Source;
  fate: Fate;
  /** Days from acceptance to the outcome (default 5–18). */
  span?: number;
  /** 司法确认: applied and decided, or applied and still before the court. */
  confirm?: 'confirmed' | 'pending';
  /** Entered (conclusion recorded) after the monthly deadline → caseEntryLate. */
  late?: true;
  /** A required signed part never filed → dossierIncomplete. */
  incomplete?: true;
  /** No 回访 although it is due → caseFollowUpDue. */
  noFollowUp?: true;
  /** Follow-up done early (12 days after the agreement). */
  earlyFollowUp?: true;
}

export const SOURCE_DETAIL: Partial<Record<Source, string>> = {
  courtAssigned: '玄武区人民法院（诉前委派调解）',
  police: '玄武门派出所',
  petition: '玄武门街道信访办',
  legalAid: '玄武区法律援助中心',
};

/**
 * Rule-bearing cases are pinned (fixed `ago` and `span`) so each 工作台 rule fires once or twice: only one case
 * mediates past 30 days, one recent written agreement lacks 司法确认, one agreement lacks its 回访, two or
 * three entries are late, and only three concluded cases lack a closed dossier (one never got its signed
 * agreement filed, one lacks its 回访, one waits for the court), since 工作台 lists every concluded case not yet
 * 立卷. The property committee is new, so its cases are recent.
 */
export const CASE_PLANS: readonly CasePlan[] = [
  { ago: 150, committee: 'street', story: 'leak', source: 'applied', fate: 'written' },
  { ago: 146, committee: 'danfeng', story: 'noise', source: 'initiative', fate: 'oral' },
  { ago: 141, committee: 'street', story: 'wages', source: 'applied', fate: 'written', confirm: 'confirmed' },
  { ago: 137, committee: 'hubin', story: 'support', source: 'applied', fate: 'written' },
  { ago: 133, committee: 'beimenqiao', story: 'deposit', source: 'applied', fate: 'oral' },
  { ago: 129, committee: 'street', story: 'traffic', source: 'police', fate: 'written' },
  { ago: 124, committee: 'houzaimen', story: 'boundary', source: 'applied', fate: 'failed' },
  { ago: 120, committee: 'danfeng', story: 'dog', source: 'applied', fate: 'written', late: true },
  { ago: 116, committee: 'pharma', story: 'injury', source: 'applied', fate: 'written' },
  { ago: 112, committee: 'street', story: 'renovation', source: 'courtAssigned', fate: 'written', confirm: 'confirmed' },
  { ago: 108, committee: 'hubin', story: 'leak', source: 'investigation', fate: 'oral' },
  { ago: 104, committee: 'beimenqiao', story: 'prepaid', source: 'applied', fate: 'terminated' },
  { ago: 100, committee: 'street', story: 'visitation', source: 'applied', fate: 'written' },
  { ago: 96, committee: 'danfeng', story: 'deposit', source: 'applied', fate: 'oral' },
  { ago: 92, committee: 'street', story: 'wages', source: 'legalAid', fate: 'written', incomplete: true },
  { ago: 88, committee: 'houzaimen', story: 'noise', source: 'initiative', fate: 'oral' },
  { ago: 84, committee: 'hubin', story: 'traffic', source: 'police', fate: 'failed', late: true },
  { ago: 80, committee: 'street', story: 'support', source: 'petition', fate: 'written' },
  { ago: 76, committee: 'beimenqiao', story: 'dog', source: 'applied', fate: 'oral' },
  { ago: 72, committee: 'danfeng', story: 'leak', source: 'applied', fate: 'written' },
  { ago: 68, committee: 'street', story: 'renovation', source: 'courtAssigned', fate: 'terminated' },
  { ago: 64, committee: 'hubin', story: 'deposit', source: 'applied', fate: 'rejected' },
  { ago: 60, committee: 'houzaimen', story: 'boundary', source: 'investigation', fate: 'written' },
  { ago: 55, committee: 'property', story: 'propertyFee', source: 'applied', fate: 'written' },
  { ago: 52, committee: 'pharma', story: 'injury', source: 'applied', fate: 'oral' },
  { ago: 50, committee: 'street', story: 'traffic', source: 'police', fate: 'written', span: 14, late: true },
  { ago: 48, committee: 'property', story: 'parking', source: 'applied', fate: 'oral' },
  { ago: 46, committee: 'danfeng', story: 'visitation', source: 'applied', fate: 'failed' },
  { ago: 45, committee: 'beimenqiao', story: 'support', source: 'applied', fate: 'overdue' },
  { ago: 44, committee: 'street', story: 'wages', source: 'applied', fate: 'written', span: 6, noFollowUp: true },
  { ago: 40, committee: 'property', story: 'propertyFee', source: 'applied', fate: 'written', span: 7, confirm: 'pending' },
  { ago: 38, committee: 'hubin', story: 'noise', source: 'applied', fate: 'oral', span: 5 },
  { ago: 35, committee: 'danfeng', story: 'prepaid', source: 'applied', fate: 'written', span: 8, earlyFollowUp: true },
  { ago: 30, committee: 'street', story: 'leak', source: 'applied', fate: 'oral', span: 6 },
  { ago: 22, committee: 'property', story: 'parking', source: 'applied', fate: 'oral', span: 5 },
  { ago: 16, committee: 'street', story: 'traffic', source: 'courtAssigned', fate: 'mediating' },
  { ago: 12, committee: 'hubin', story: 'support', source: 'applied', fate: 'mediating' },
  { ago: 9, committee: 'beimenqiao', story: 'renovation', source: 'applied', fate: 'mediating' },
  { ago: 6, committee: 'property', story: 'propertyFee', source: 'applied', fate: 'mediating' },
  { ago: 5, committee: 'street', story: 'wages', source: 'applied', fate: 'rejected' },
  { ago: 2, committee: 'danfeng', story: 'noise', source: 'applied', fate: 'received' },
  { ago: 0, committee: 'street', story: 'dog', source: 'applied', fate: 'received' },
];
