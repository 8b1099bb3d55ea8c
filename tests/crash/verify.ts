// The parent's checks after a kill: the file is sound, and every operation the child attempted is wholly present or wholly absent.
import type Database from 'better-sqlite3';
import { blobPath, sha256Hex } from '../../electron/core/files/blob-store';
import fs from 'node:fs';
import type { Intent } from './protocol';

export type Outcome = 'committed' | 'absent';

export interface TrialVerdict {
  outcomes: Map<number, Outcome>;
  problems: string[];
}

type Sql = Database.Database;
const one = (sql: Sql, text: string, ...args: unknown[]) => sql.prepare(text).pluck().get(...args) as number;

/** [is it wholly done, is it wholly not done] for one intent, from the rows it tags. */
function state(sql: Sql, intent: Intent): [boolean, boolean] {
  const audit = one(sql, 'SELECT COUNT(*) FROM audit_log WHERE at = ?', intent.at);
  const done = (rowsOk: boolean) => audit === intent.audit && rowsOk;
  const none = (rowsOk: boolean) => audit === 0 && rowsOk;
  const tagged = (table: string, column: string) => one(sql, `SELECT COUNT(*) FROM ${table} WHERE ${column} = ?`, intent.tag);
  switch (intent.kind) {
    case 'importStaff': {
      const n = tagged('staff', 'note');
      return [done(n === intent.rows), none(n === 0)];
    }
    case 'addTraining': {
      const n = tagged('staff_training', 'title');
      return [done(n === 1), none(n === 0)];
    }
    case 'deleteStaff': {
      const exists = one(sql, 'SELECT COUNT(*) FROM staff WHERE id = ?', intent.staffId);
      const trainings = one(sql, 'SELECT COUNT(*) FROM staff_training WHERE staff_id = ?', intent.staffId);
      return [done(exists === 0 && trainings === 0), none(exists === 1 && trainings === intent.trainings)];
    }
    case 'createCommittee': {
      const n = tagged('committee', 'name');
      return [done(n === 1), none(n === 0)];
    }
    case 'addMember': {
      const n = tagged('committee_member', 'name');
      return [done(n === 1), none(n === 0)];
    }
    case 'deleteCommittee': {
      const exists = one(sql, 'SELECT COUNT(*) FROM committee WHERE id = ?', intent.committeeId);
      const members = one(sql, 'SELECT COUNT(*) FROM committee_member WHERE committee_id = ?', intent.committeeId);
      return [done(exists === 0 && members === 0), none(exists === 1 && members === intent.members)];
    }
    case 'createActivity': {
      const n = tagged('joint_activity', 'summary');
      return [done(n === 1), none(n === 0)];
    }
    case 'addAttachment': {
      const n = one(sql, 'SELECT COUNT(*) FROM attachment WHERE name = ? AND sha256 = ? AND size = ?', `${intent.tag}.png`, intent.sha256, intent.size);
      const any = one(sql, 'SELECT COUNT(*) FROM attachment WHERE name = ?', `${intent.tag}.png`);
      return [done(n === 1 && any === 1), none(any === 0)];
    }
  }
}

/** Whole-file checks: SQLite's own integrity and foreign-key checks, and every attachment row's file on disk. */
export function fileProblems(sql: Sql, dataDir: string): string[] {
  const problems: string[] = [];
  const integrity = sql.pragma('integrity_check', { simple: true });
  if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
  const fk = sql.pragma('foreign_key_check') as unknown[];
  if (fk.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(fk.slice(0, 5))}`);
  const rows = sql.prepare('SELECT id, sha256, size FROM attachment').all() as { id: number; sha256: string; size: number }[];
  for (const row of rows) {
    const file = blobPath(dataDir, row.sha256);
    const bytes = fs.existsSync(file) ? fs.readFileSync(file) : null;
    if (bytes === null) problems.push(`attachment ${row.id}: file missing`);
    else if (bytes.length !== row.size || sha256Hex(bytes) !== row.sha256) problems.push(`attachment ${row.id}: file differs from its row`);
  }
  return problems;
}

/** Classifies each intent; an acknowledged one must be committed, none may be partial, and no audit row may be unaccounted for. */
export function verifyTrial(sql: Sql, intents: Intent[], acked: ReadonlySet<number>, sinceAt: string): TrialVerdict {
  const outcomes = new Map<number, Outcome>();
  const problems: string[] = [];
  for (const intent of intents) {
    const [done, none] = state(sql, intent);
    if (done) outcomes.set(intent.seq, 'committed');
    else if (none) outcomes.set(intent.seq, 'absent');
    else problems.push(`partial ${intent.kind} ${intent.tag}: ${JSON.stringify(intent).slice(0, 200)}`);
    if (acked.has(intent.seq) && !done) problems.push(`acknowledged ${intent.kind} ${intent.tag} is not fully present`);
  }
  const known = new Set(intents.map((i) => i.at));
  const stray = (sql.prepare('SELECT DISTINCT at FROM audit_log WHERE at >= ?').pluck().all(sinceAt) as string[]).filter((at) => !known.has(at));
  if (stray.length > 0) problems.push(`audit rows of no attempted operation: ${stray.slice(0, 5).join(', ')}`);
  return { outcomes, problems };
}
