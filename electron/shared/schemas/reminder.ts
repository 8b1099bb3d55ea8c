// Shapes of the rule checks (工作提醒): one rule's hits, and the summary of every rule for the 工作台.
import { z } from 'zod';
import { reminderCodes } from '../rules/catalog';

export const reminderItem = z.object({
  /** Stable key of the hit, e.g. '12' or '3:groupMeeting:2026-10'. */
  id: z.string(),
  label: z.string(),
  detail: z.string(),
  /** The page that shows the record, without '#/': 'committees?open=12'. */
  path: z.string(),
});

export const reminderResult = z.object({
  count: z.int().nonnegative(),
  items: z.array(reminderItem),
});

export const reminderRule = reminderResult.extend({
  code: z.enum(reminderCodes),
  title: z.string(),
  source: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
});

export const reminderSummary = z.object({
  /** The date the rules were checked against (Asia/Shanghai). */
  today: z.string(),
  rules: z.array(reminderRule),
});

/** How many items of each rule the summary carries. */
export const SUMMARY_ITEMS = 20;

export type ReminderItem = z.infer<typeof reminderItem>;
export type ReminderResult = z.infer<typeof reminderResult>;
export type ReminderRule = z.infer<typeof reminderRule>;
export type ReminderSummary = z.infer<typeof reminderSummary>;
