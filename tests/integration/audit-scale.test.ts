// The audit chain at scale: a 20,000-row chain (written as the writer writes it) verifies through dispatch, and the viewer pages it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAuditRow } from '../../electron/core/audit';
import { GENESIS_HASH, rowHash } from '../../electron/core/audit-hash';
import type { AuditVerifyResult } from '../../electron/shared/schemas/audit';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';

const ROWS = 20_000;
let core: TempCore;
beforeAll(() => {
  core = openTempCore();
  const after = JSON.stringify({ name: '张三', idNumber: '320102198001010011', note: '某某村土地承包纠纷，已调解'.repeat(4) });
  const { sqlite } = core.handle;
  const insert = sqlite.prepare('INSERT INTO audit_log (id, at, actor, method, entity, entity_id, before, after, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)');
  sqlite.transaction(() => {
    // Bulk rows chained exactly as the writer chains them (the writer itself is covered by audit-chain.test.ts).
    let prevHash = GENESIS_HASH;
    for (let id = 1; id <= ROWS; id += 1) {
      const row = { id, at: '2026-11-27T02:00:00.000Z', actor: 'tester', method: 'staff.update', entity: 'staff', entityId: String(id % 500), before: after, after, prevHash };
      const hash = rowHash(row);
      insert.run(...Object.values(row), hash);
      prevHash = hash;
    }
    sqlite.prepare('UPDATE audit_head SET last_id = ?, hash = ?, count = ? WHERE id = 1').run(ROWS, prevHash, ROWS);
  })();
  // The next real mutation continues the bulk chain.
  appendAuditRow(core.handle.db, { at: '2026-11-27T03:00:00.000Z', actor: 'tester', method: 'staff.delete', entity: 'staff', entityId: '1', before: after, after: null });
}, 120_000);
afterAll(() => core.cleanup());

describe('audit chain at scale', () => {
  // Correctness at a size where a row-at-a-time walk matters; the speed belongs to a benchmark, not here.
  it(`verifies ${ROWS + 1} rows streamed one at a time`, async () => {
    const result = await ok<AuditVerifyResult>(core, 'audit.verify', {});
    expect(result).toEqual({ ok: true, checked: ROWS + 1, firstBroken: null });
  });

  it('pages the newest rows and counts a filter', async () => {
    const page = await ok<{ items: { id: number }[]; total: number }>(core, 'audit.list', { pageSize: 20, entityId: '7' });
    expect(page.total).toBe(ROWS / 500);
    expect(page.items[0]!.id).toBe(ROWS - 493); // the newest id ≡ 7 (mod 500)
  });
});
