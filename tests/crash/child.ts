// The crash harness's child: opens the real core and runs random multi-row mutations until the parent kills it (SIGKILL).
import fs from 'node:fs';
import { openCore } from '../../electron/core';
import { nextOp, type ChildState } from './child-ops';
import { ACK, BEGAN, INTENT, READY, instantOf, type ChildConfig } from './protocol';

/** Straight to the pipe, no buffering in this process: a line written here survives the kill. */
const say = (line: string) => void fs.writeSync(1, `${line}\n`);

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function main(config: ChildConfig): Promise<void> {
  let now = new Date(instantOf(config.seqStart));
  const core = openCore({
    dbPath: config.dbPath,
    migrationsFolder: config.migrationsFolder,
    actor: 'crash-child',
    appVersion: '0.0.0-crash',
    clock: () => now,
  });
  const sql = core.handle.sqlite;
  // Marks the moment the dispatcher's transaction runs its body, so the parent can tell kills inside a transaction from kills before it.
  let current = -1;
  let marked = -1;
  const transaction = sql.transaction.bind(sql);
  sql.transaction = ((fn: (...args: unknown[]) => unknown) =>
    transaction((...args: unknown[]) => {
      if (marked !== current) {
        marked = current;
        say(BEGAN + current);
      }
      return fn(...args);
    })) as typeof sql.transaction;
  const ids = (text: string) => sql.prepare(text).pluck().all() as number[];
  const state: ChildState = {
    sql,
    random: mulberry32(config.seed),
    staff: ids(`SELECT id FROM staff WHERE note LIKE 'crash-c%'`),
    committees: ids(`SELECT id FROM committee WHERE name LIKE 'crash-c%'`),
    touched: new Set(),
    nextPerson: config.personStart,
  };
  const partnerUnitId = sql.prepare(`SELECT id FROM partner_unit ORDER BY id LIMIT 1`).pluck().get() as number;
  say(READY);
  for (let seq = config.seqStart; ; seq += 1) {
    const op = await nextOp(state, seq, partnerUnitId);
    say(INTENT + JSON.stringify(op.intent));
    now = new Date(op.intent.at);
    current = seq;
    const result = await core.dispatch(op.method, op.input);
    if (!result.ok) {
      say(`ERROR ${op.method} ${JSON.stringify(result.error)}`);
      process.exit(2);
    }
    say(ACK + seq);
  }
}

main(JSON.parse(process.argv[2] ?? '{}') as ChildConfig).catch((error: unknown) => {
  say(`ERROR ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(3);
});
