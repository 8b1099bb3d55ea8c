// Walks the audit chain in id order and reports the first row that was edited, deleted, inserted or cut off.
import type Database from 'better-sqlite3';
import { GENESIS_HASH, rowHash, type ChainedFields } from './audit-hash';

export interface VerifyResult {
  ok: boolean;
  checked: number;
  /** The first broken place: a row id (or the first missing id), with a Chinese reason. */
  firstBroken: { id: number | null; reason: string } | null;
}

interface Head {
  lastId: number;
  hash: string;
  count: number;
}

const range = (from: number, to: number) => (from === to ? `第 ${from} 号` : `第 ${from}–${to} 号`);

/**
 * Pure over its inputs so tests can feed rows directly. Limits, stated honestly: the chain and its head
 * show edits made without recomputing hashes. Someone who can write the file and knows this scheme can
 * rewrite every hash and the head; only an outside copy of the head (e.g. in a backup) would show that.
 */
export function verifyChain(rows: Iterable<ChainedFields & { hash: string }>, head: Head | undefined): VerifyResult {
  let prev = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  const broken = (id: number | null, reason: string): VerifyResult => ({ ok: false, checked, firstBroken: { id, reason } });
  for (const row of rows) {
    checked += 1;
    if (head && row.id > head.lastId) {
      return broken(row.id, `此记录在链头登记的最后一条（第 ${head.lastId} 号）之后，不是程序写入的，疑似被插入`);
    }
    // Ids come from AUTOINCREMENT and a rolled-back insert gives its id back, so a gap means deleted rows.
    if (row.id > lastId + 1) return broken(row.id, `此记录之前的${range(lastId + 1, row.id - 1)}记录已被删除`);
    if (row.prevHash !== prev) {
      return broken(row.id, '此记录与上一条记录的链接不符：上一条记录被改动、替换或插入');
    }
    if (rowHash(row) !== row.hash) return broken(row.id, '此记录的内容与其校验值不符，已被改动');
    prev = row.hash;
    lastId = row.id;
  }
  if (!head) return broken(null, '审计链头记录（audit_head）缺失，无法确认末尾的记录是否被删除');
  if (lastId < head.lastId) return broken(lastId + 1, `链尾的${range(lastId + 1, head.lastId)}记录已被删除`);
  if (prev !== head.hash) return broken(lastId, '最后一条记录与链头登记的校验值不符');
  if (checked !== head.count) return broken(lastId, `记录条数（${checked}）与链头登记的条数（${head.count}）不符`);
  return { ok: true, checked, firstBroken: null };
}

/** Verifies the database's chain inside one read transaction (a consistent snapshot), streaming the rows. */
export function verifyAuditLog(sqlite: Database.Database): VerifyResult {
  return sqlite.transaction(() => {
    const head = sqlite.prepare('SELECT last_id AS lastId, hash, count FROM audit_head WHERE id = 1').get() as Head | undefined;
    const rows = sqlite
      .prepare(
        'SELECT id, at, actor, method, entity, entity_id AS entityId, before, after, prev_hash AS prevHash, hash FROM audit_log ORDER BY id',
      )
      .iterate() as Iterable<ChainedFields & { hash: string }>;
    return verifyChain(rows, head);
  }).deferred();
}
