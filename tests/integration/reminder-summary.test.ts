// reminder.summary: every rule with its title, source and severity, counts in full, items cut to the first 20.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reminderCodes } from '../../electron/shared/rules/catalog';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';
import { fixtures } from './reminder-fixtures';

interface Summary {
  today: string;
  rules: { code: string; title: string; source: string; severity: string; count: number; items: unknown[] }[];
}

let core: TempCore;
beforeEach(() => {
  core = openTempCore({ now: '2026-01-10T02:00:00.000Z' });
});
afterEach(() => core.cleanup());

describe('reminder.summary', () => {
  it('reports every rule, in catalog order, with its source', async () => {
    const summary = await ok<Summary>(core, 'reminder.summary', {});
    expect(summary.today).toBe('2026-01-10');
    expect(summary.rules.map((r) => r.code)).toEqual([...reminderCodes]);
    expect(summary.rules.every((r) => r.title && r.source)).toBe(true);
    // An empty register breaks no rule, except that December's two street rounds are due (checked in January).
    const counts = Object.fromEntries(summary.rules.map((r) => [r.code, r.count]));
    expect(counts).toEqual({ ...Object.fromEntries(reminderCodes.map((c) => [c, 0])), investigationMissed: 2 });
    expect(summary.rules.find((r) => r.code === 'cpcBranchMissing')?.source).toContain('《中国共产党支部工作条例（试行）》第五条');
    expect(summary.rules.find((r) => r.code === 'committeeComposition')?.source).toContain('《中华人民共和国人民调解法》第八条');
    expect(summary.rules.find((r) => r.code === 'majorDisputesOpen')?.severity).toBe('info');
  });

  it('counts all hits but carries only the first 20 items, matching the rule method', async () => {
    const add = fixtures(core);
    for (let i = 0; i < 25; i += 1) add.committee(`未备案调委会${i}`, { filingNumber: null, filedOn: null });
    const summary = await ok<Summary>(core, 'reminder.summary', {});
    const rule = summary.rules.find((r) => r.code === 'committeeNotFiled')!;
    expect(rule.count).toBe(25);
    expect(rule.items).toHaveLength(20);
    const full = await ok<{ count: number; items: unknown[] }>(core, 'reminder.committeeNotFiled', {});
    expect(full.items).toHaveLength(25);
    expect(rule.items).toEqual(full.items.slice(0, 20));
  });

  it('refuses unexpected input', async () => {
    const result = await core.dispatch('reminder.summary', { extra: 1 });
    expect(result.ok).toBe(false);
  });
});
