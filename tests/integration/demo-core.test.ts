// The shared demo database: each test gets its own copy, so writes in one file never leak into another.
import { afterAll, describe, expect, it } from 'vitest';
import { openDemoCore } from '../helpers/demo-core';
import { ok } from '../helpers/temp-core';

const a = openDemoCore();
const b = openDemoCore();
afterAll(() => {
  a.cleanup();
  b.cleanup();
});

describe('openDemoCore', () => {
  it('opens private copies of the demo office', async () => {
    const pa = await ok<{ total: number }>(a, 'case.list', { pageSize: 1 });
    expect(pa.total).toBeGreaterThanOrEqual(35);
    const first = (await ok<{ items: { id: number }[] }>(a, 'staff.list', { pageSize: 1 })).items[0]!;
    await ok(a, 'staff.delete', { id: first.id });
    const pb = await ok<{ total: number }>(b, 'staff.list', { pageSize: 1 });
    const pa2 = await ok<{ total: number }>(a, 'staff.list', { pageSize: 1 });
    expect(pb.total).toBe(pa2.total + 1);
  });
});
