// What fuzzing the dispatcher found: deletes that broke a foreign key answered INTERNAL; they now refuse in Chinese, changing nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok } from '../helpers/temp-core';
import { openCaseWorld, type CaseWorld } from './case-workflow-fixtures';
import { addCommittee, mediatorOf } from './mediator-helpers';

let w: CaseWorld;
beforeEach(async () => {
  w = await openCaseWorld();
  const d = await w.intake();
  // A deleted case stays on file (soft delete), so it still holds its committee and mediators.
  await ok(w.core, 'case.delete', { id: d.id, reason: '重复登记' });
});
afterEach(() => w.core.cleanup());

describe('deleting what cases still refer to', () => {
  it('refuses to delete a mediator who handled a case, even a deleted one', async () => {
    const result = await w.core.dispatch('mediator.delete', { id: w.mediatorId });
    expect(result).toEqual({ ok: false, error: { code: 'CONFLICT', message: '“王调解”经办过 1 件调解案件，案件记录须保留调解员，不能删除' } });
    expect(w.count('mediator')).toBe(1);
  });

  it('refuses to delete a committee that has cases but no mediators left', async () => {
    const other = addCommittee(w.core, '城西社区人民调解委员会');
    await ok(w.core, 'mediator.update', { id: w.mediatorId, data: mediatorOf(other) });
    const result = await w.core.dispatch('committee.delete', { id: w.committeeId });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!result.ok) expect(result.error.message).toContain('不能删除该调委会');
    expect(w.count('committee')).toBe(2);
  });

  it('still deletes a committee and a mediator that no case names', async () => {
    const empty = addCommittee(w.core, '城南社区人民调解委员会');
    const spare = (await ok<{ id: number }>(w.core, 'mediator.create', mediatorOf(w.committeeId, { name: '赵备用', idNumber: '11010519491231002X' }))).id;
    await ok(w.core, 'mediator.delete', { id: spare });
    await ok(w.core, 'committee.delete', { id: empty });
    expect(w.count('committee')).toBe(1);
    expect(w.count('mediator')).toBe(1);
  });
});
