// The 工作台 order: rules with hits first, errors before warnings before notes, catalog order kept within each.
import { describe, expect, it } from 'vitest';
import { dashboardOrder } from '../../electron/shared/rules/order';
import type { ReminderSeverity } from '../../electron/shared/rules/catalog';

const r = (code: string, count: number, severity: ReminderSeverity) => ({ code, count, severity });

describe('dashboardOrder', () => {
  it('puts rules with counts first, by severity, then the compliant ones in catalog order', () => {
    const rules = [r('a', 0, 'error'), r('b', 2, 'info'), r('c', 1, 'warning'), r('d', 0, 'warning'), r('e', 5, 'error'), r('f', 1, 'warning')];
    expect(dashboardOrder(rules).map((x) => x.code)).toEqual(['e', 'c', 'f', 'b', 'a', 'd']);
  });
  it('leaves the input alone', () => {
    const rules = [r('a', 0, 'error'), r('b', 1, 'error')];
    dashboardOrder(rules);
    expect(rules.map((x) => x.code)).toEqual(['a', 'b']);
  });
});
