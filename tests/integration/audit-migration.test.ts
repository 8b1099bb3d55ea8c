// Migration 0003 on a database at 0002 with audit rows: the old rows come out as a valid chain with its head.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../../electron/core/audit-hash';
import { demoOffice } from '../../electron/core/demo-data';
import { openDatabase } from '../../electron/core/db/open';
import { sourceMigrationsFolder } from '../../electron/core/resources';
import type { AuditVerifyResult } from '../../electron/shared/schemas/audit';
import { makeTempDir, migrationCount, ok, openTempCore, type TempCore } from '../helpers/temp-core';

let core: TempCore | undefined;
afterEach(() => core?.cleanup());

/** A copy of the migrations folder holding only the migrations up to and including `lastTag`. */
function migrationsUpTo(dir: string, lastTag: string): string {
  const folder = path.join(dir, 'old-migrations');
  fs.cpSync(sourceMigrationsFolder, folder, { recursive: true });
  const journalPath = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const end = journal.entries.findIndex((e) => e.tag === lastTag);
  journal.entries = journal.entries.slice(0, end + 1);
  fs.writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

describe('migration 0003 (audit chain)', () => {
  it('chains the audit rows of a 0002 database at open, and the chain keeps growing', async () => {
    const dir = makeTempDir();
    const file = path.join(dir, 'ledger.sqlite');
    const old = openDatabase({ file, migrationsFolder: migrationsUpTo(dir, '0002_registers'), clock: () => new Date() });
    expect(old.schemaVersion).toBe(3);
    const insert = old.sqlite.prepare('INSERT INTO audit_log (at, actor, method, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (let i = 1; i <= 30; i += 1) {
      insert.run(`2026-11-0${1 + (i % 9)}T02:00:00.000Z`, 'local', 'staff.create', 'staff', String(i), null, JSON.stringify({ name: `人员${i}` }));
    }
    old.close();

    core = openTempCore({ dir });
    expect(core.handle.schemaVersion).toBe(migrationCount());
    const rows = core.handle.sqlite.prepare('SELECT prev_hash AS prevHash, hash FROM audit_log ORDER BY id').all() as { prevHash: string; hash: string }[];
    expect(rows).toHaveLength(30);
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.hash))).toBe(true);
    expect(await ok<AuditVerifyResult>(core, 'audit.verify', {})).toEqual({ ok: true, checked: 30, firstBroken: null });

    await ok(core, 'office.save', demoOffice);
    expect(await ok<AuditVerifyResult>(core, 'audit.verify', {})).toEqual({ ok: true, checked: 31, firstBroken: null });

    // Sealing happens once: reopening changes no hash.
    const before = core.handle.sqlite.prepare('SELECT hash FROM audit_log ORDER BY id').pluck().all();
    core.close();
    core = openTempCore({ dir });
    expect(core.handle.sqlite.prepare('SELECT hash FROM audit_log ORDER BY id').pluck().all()).toEqual(before);
  });

  it('a fresh database starts with an empty, anchored chain', async () => {
    core = openTempCore();
    expect(core.handle.sqlite.prepare('SELECT id, last_id AS lastId, hash, count FROM audit_head').all()).toEqual([
      { id: 1, lastId: 0, hash: GENESIS_HASH, count: 0 },
    ]);
    expect(await ok<AuditVerifyResult>(core, 'audit.verify', {})).toEqual({ ok: true, checked: 0, firstBroken: null });
  });
});
