// Demo dispute stories by category: facts, requests, records and agreement clauses, filled with each case's parties.
import { HOME_STORIES } from './demo-case-stories-home';
import { TRADE_STORIES } from './demo-case-stories-trade';

export type OrgKey = 'property' | 'diner' | 'hotel' | 'logistics' | 'decorator' | 'gym';

/** Who stands on one side: people of an age range (one or two), or an organisation. */
export type Side =
  | { kind: 'person'; age: [number, number]; count?: 1 | 2; agent?: 'child' | 'minor' | 'lawyer' }
  | { kind: 'org'; org: OrgKey };

export interface StoryVars {
  /** Applicants' and respondents' names, joined with 、. */
  a: string;
  r: string;
  /** Where it happened (a building or street address). */
  place: string;
  /** 人民币1,234元 */
  money: string;
  /** Performance deadline, e.g. 2026年9月30日. */
  by: string;
}

export interface Story {
  category: string;
  applicant: Side;
  respondent: Side;
  /** Amount involved in yuan (min, max), or null when no money is claimed. */
  amount: [number, number] | null;
  facts(v: StoryVars): string;
  requests(v: StoryVars): string;
  inquiry: { subject: 'respondent' | 'neighbour'; content: (v: StoryVars) => string } | null;
  session(v: StoryVars): string;
  clauses(v: StoryVars): string[];
  oral(v: StoryVars): string;
  failure(v: StoryVars): string;
}

export type StoryKey = keyof typeof HOME_STORIES | keyof typeof TRADE_STORIES;

export const STORIES: Readonly<Record<StoryKey, Story>> = { ...HOME_STORIES, ...TRADE_STORIES };
