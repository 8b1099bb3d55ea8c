// Queries of the rule checks: the summary for the 工作台, and one rule's full list when a card is expanded.
import type { ReminderCode } from '@shared/rules/catalog';
import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';

export const reminderKeys = {
  all: ['reminder'] as const,
  summary: ['reminder', 'summary'] as const,
  rule: (code: ReminderCode) => ['reminder', 'rule', code] as const,
};

/** Rules read every register, so they are re-checked whenever the page is shown or the window regains focus. */
const fresh = { staleTime: 2_000, refetchOnWindowFocus: true, refetchOnMount: 'always' } as const;

export function useReminderSummary() {
  return useQuery({ queryKey: reminderKeys.summary, queryFn: () => call('reminder.summary', {}), ...fresh });
}

export function useReminderRule(code: ReminderCode, enabled: boolean) {
  return useQuery({ queryKey: reminderKeys.rule(code), queryFn: () => call(`reminder.${code}`, {}), enabled, ...fresh });
}
