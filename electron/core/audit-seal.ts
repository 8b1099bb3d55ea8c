// One-time step at open: chains the audit rows written before migration 0003 and creates the head row.
import type Database from 'better-sqlite3';
import { hasTable } from './db/migrate';
import { GENESIS_HASH, rowHash, type ChainedFields } from './audit-hash';

const BATCH = 1000;

/**
 * Runs at every open but acts once: when `audit_head` has no row and no audit row is chained yet
 * (a fresh file, or one just migrated from 0002). If the head is missing while chained rows exist,
 * the head was deleted by hand: nothing is re-sealed, so 校验 reports it instead of blessing a cut chain.
 * Returns the number of rows sealed (null when nothing was done).
 */
export function sealAuditChain(sqlite: Database.Database): number | null {
  // A file opened with an older set of migrations (tests do) has no head table yet: nothing to seal.
  if (!hasTable(sqlite, 'audit_head')) return null;
  const pending = () =>
    sqlite.prepare('SELECT 1 FROM audit_head').get() === undefined &&
    sqlite.prepare("SELECT 1 FROM audit_log WHERE hash <> '' LIMIT 1").get() === undefined;
  if (!pending()) return null;
  return sqlite
    .transaction(() => {
      if (!pending()) return null;
      const page = sqlite.prepare(
        `SELECT id, at, actor, method, entity, entity_id AS entityId, before, after FROM audit_log WHERE id > ? ORDER BY id LIMIT ${BATCH}`,
      );
      const update = sqlite.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?');
      let prevHash = GENESIS_HASH;
      let lastId = 0;
      let count = 0;
      for (;;) {
        const rows = page.all(lastId) as Omit<ChainedFields, 'prevHash'>[];
        for (const row of rows) {
          const hash = rowHash({ ...row, prevHash });
          update.run(prevHash, hash, row.id);
          prevHash = hash;
          lastId = row.id;
          count += 1;
        }
        if (rows.length < BATCH) break;
      }
      sqlite.prepare('INSERT INTO audit_head (id, last_id, hash, count) VALUES (1, ?, ?, ?)').run(lastId, prevHash, count);
      return count;
    })
    .immediate();
}
