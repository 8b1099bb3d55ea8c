// The audit chain through dispatch on a real file: mutations chain and verify; edits, deletions and forgeries made with raw SQL are caught.
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rowHash } from '../../electron/core/audit-hash';
import { demoOffice, makeIdNumber } from '../../electron/core/demo-data';
import { verify } from '../../electron/cli/verify';
import type { AuditVerifyResult } from '../../electron/shared/schemas/audit';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';

const [ID1, ID2, ID3] = [1, 2, 3].map((n) => makeIdNumber('320102', '1980-01-01', 'male', n)) as [string, string, string];

let core: TempCore;
beforeEach(() => {
  core = openTempCore();
});
afterEach(() => core.cleanup());

const person = (name: string, idNumber: string) => ({
  name,
  idNumber,
  ethnicity: '01',
  politicalStatus: '01',
  education: '21',
  post: '司法助理员',
  staffingType: 'politicalLegal',
  startDate: '2010-03-01',
  phone: null,
  note: null,
});

/** Five audit rows: office, two staff created, one updated, one deleted. */
async function fiveChanges(): Promise<void> {
  await ok(core, 'office.save', demoOffice);
  const a = await ok<{ id: number }>(core, 'staff.create', person('张三', ID1));
  const b = await ok<{ id: number }>(core, 'staff.create', person('李四', ID2));
  await ok(core, 'staff.update', { id: a.id, data: person('张三丰', ID1) });
  await ok(core, 'staff.delete', { id: b.id });
}

/** Closes the core, runs raw SQL on its file like someone with a DB editor, and reopens it. */
function tamper(sql: (db: Database.Database) => void): void {
  const file = path.join(core.dir, 'ledger.sqlite');
  const dir = core.dir;
  core.close();
  const raw = new Database(file);
  sql(raw);
  raw.close();
  core = openTempCore({ dir });
}

const check = () => ok<AuditVerifyResult>(core, 'audit.verify', {});

describe('audit chain', () => {
  it('chains every mutation and verifies, also after reopening', async () => {
    await fiveChanges();
    const rows = core.handle.sqlite.prepare('SELECT id, prev_hash AS prevHash, hash FROM audit_log ORDER BY id').all() as { id: number; prevHash: string; hash: string }[];
    expect(rows.map((r) => r.id)).toEqual([1, 2, 3, 4, 5]);
    for (let i = 1; i < rows.length; i += 1) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    expect(await check()).toEqual({ ok: true, checked: 5, firstBroken: null });
    const head = core.handle.sqlite.prepare('SELECT last_id AS lastId, hash, count FROM audit_head').all();
    expect(head).toEqual([{ lastId: 5, hash: rows[4]!.hash, count: 5 }]);
    tamper(() => undefined);
    expect(await check()).toEqual({ ok: true, checked: 5, firstBroken: null });
  });

  it('a rolled-back mutation leaves the chain and head untouched', async () => {
    await fiveChanges();
    const failed = await core.dispatch('staff.create', person('王五', ID1));
    expect(failed.ok).toBe(false);
    await ok(core, 'staff.create', person('王五', ID3));
    expect(await check()).toEqual({ ok: true, checked: 6, firstBroken: null });
  });

  it('detects an edited `after` at that row', async () => {
    await fiveChanges();
    tamper((db) => db.prepare(`UPDATE audit_log SET after = '{"name":"伪造"}' WHERE id = 3`).run());
    expect((await check()).firstBroken).toEqual({ id: 3, reason: expect.stringContaining('已被改动') });
  });

  it('detects a deleted middle row at the row after it', async () => {
    await fiveChanges();
    tamper((db) => db.prepare('DELETE FROM audit_log WHERE id = 2').run());
    expect((await check()).firstBroken).toEqual({ id: 3, reason: expect.stringContaining('第 2 号记录已被删除') });
  });

  it('detects a deleted last row through the head, even after new changes', async () => {
    await fiveChanges();
    tamper((db) => db.prepare('DELETE FROM audit_log WHERE id = 5').run());
    expect((await check()).firstBroken).toEqual({ id: 5, reason: expect.stringContaining('链尾的第 5 号') });
    await ok(core, 'staff.create', person('王五', ID3));
    expect((await check()).firstBroken).toEqual({ id: 6, reason: expect.stringContaining('第 5 号记录已被删除') });
  });

  it('detects a forged row appended with a correctly computed hash', async () => {
    await fiveChanges();
    tamper((db) => {
      const last = db.prepare('SELECT hash FROM audit_log WHERE id = 5').pluck().get() as string;
      const forged = { id: 6, at: '2026-11-27T03:00:00.000Z', actor: 'tester', method: 'staff.delete', entity: 'staff', entityId: '1', before: '{}', after: null, prevHash: last };
      db.prepare('INSERT INTO audit_log (id, at, actor, method, entity, entity_id, before, after, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)').run(
        ...Object.values(forged),
        rowHash(forged),
      );
    });
    expect((await check()).firstBroken).toEqual({ id: 6, reason: expect.stringContaining('疑似被插入') });
  });

  it('does not re-anchor a chain whose head row was deleted', async () => {
    await fiveChanges();
    tamper((db) => db.prepare('DELETE FROM audit_head').run());
    await ok(core, 'staff.create', person('王五', ID3));
    expect(await check()).toMatchObject({ ok: false, firstBroken: { id: null, reason: expect.stringContaining('链头') } });
  });

  it('the CLI verify prints 完整 (exit 0) or the first broken row (exit 1)', async () => {
    await fiveChanges();
    const lines: string[] = [];
    const io = { out: (l: string) => void lines.push(l), err: (l: string) => void lines.push(`ERR ${l}`) };
    expect(await verify(core, io)).toBe(0);
    expect(lines[0]).toContain('审计日志完整：已校验 5 条记录');
    tamper((db) => db.prepare(`UPDATE audit_log SET actor = 'x' WHERE id = 4`).run());
    lines.length = 0;
    expect(await verify(core, io)).toBe(1);
    expect(lines.join('\n')).toContain('ERR 首个问题：第 4 号记录：此记录的内容与其校验值不符');
  });
});
