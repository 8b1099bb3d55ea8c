// Handlers of the rule checks (工作提醒): one query per rule, and the summary of all of them for the 工作台.
import { reminderCatalog, reminderCodes, type ReminderCode } from '../../shared/rules/catalog';
import { SUMMARY_ITEMS, type ReminderResult } from '../../shared/schemas/reminder';
import { ruleChecks } from '../rules';
import type { CallContext, HandlerGroup } from './context';

type RuleMethod = `reminder.${ReminderCode}`;

function run(code: ReminderCode, { db, today }: CallContext): ReminderResult {
  const items = ruleChecks[code](db, today);
  return { count: items.length, items };
}

const ruleHandlers = Object.fromEntries(
  reminderCodes.map((code) => [`reminder.${code}`, (_input: unknown, call: CallContext) => run(code, call)]),
) as HandlerGroup<RuleMethod>;

export const reminderHandlers: HandlerGroup<RuleMethod | 'reminder.summary'> = {
  ...ruleHandlers,
  'reminder.summary': (_input, call) => ({
    today: call.today,
    rules: reminderCodes.map((code) => {
      const { count, items } = run(code, call);
      return { code, ...reminderCatalog[code], count, items: items.slice(0, SUMMARY_ITEMS) };
    }),
  }),
};
