// Search through the real case workflow: intake, edit, delete keep the search index in step (A's handlers call reindexCase).
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ok } from '../helpers/temp-core';
import { liSiId, openCaseWorld, type CaseWorld } from './case-workflow-fixtures';

let world: CaseWorld;
beforeAll(async () => {
  world = await openCaseWorld();
});
afterAll(() => world.core.cleanup());

const found = async (q: string) =>
  (await ok<{ items: { id: number }[] }>(world.core, 'case.list', { q })).items.map((r) => r.id);

it('finds a case taken in through case.create, follows its edits, and loses it on delete', async () => {
  const c = await world.intake();
  expect(await found('zs')).toEqual([c.id]);
  expect(await found('张小明')).toEqual([c.id]); // the agent
  expect(await found(liSiId.slice(-8))).toEqual([c.id]);
  expect(await found('天花板')).toEqual([c.id]);
  expect(await found('漏水')).toEqual([c.id]);

  await ok(world.core, 'case.update', {
    id: c.id,
    data: {
      committeeId: c.committeeId, source: c.source, receivedOn: c.receivedOn, category: c.category,
      facts: '因排水沟堵塞引发争吵', requests: null, amountFen: null, mediatorIds: [world.mediatorId], note: null,
    },
  });
  expect(await found('天花板')).toEqual([]);
  expect(await found('排水沟')).toEqual([c.id]);

  await ok(world.core, 'case.delete', { id: c.id, reason: '重复登记' });
  expect(await found('zs')).toEqual([]);
  expect(await found('排水沟')).toEqual([]);
});
