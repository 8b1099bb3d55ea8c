// Crash safety: the real core in child processes killed with SIGKILL at random instants; on reopen every acknowledged write is whole and nothing is half-written.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nextOp, type ChildState } from '../crash/child-ops';
import { runCrashSequences } from '../crash/harness';
import { instantOf, type Intent } from '../crash/protocol';
import { verifyTrial } from '../crash/verify';
import { makeTempDir, openTempCore } from '../helpers/temp-core';

const trials = Number(process.env.CRASH_TRIALS ?? 200);
const seed = Number(process.env.CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe('crash safety', () => {
  it(`${trials} SIGKILLs at random instants: integrity ok, foreign keys ok, every acknowledged write whole, none partial`, async () => {
    const run = await runCrashSequences({
      trials,
      sequences: 2,
      seed,
      dirOf: () => {
        const dir = makeTempDir('ledger-crash-');
        dirs.push(dir);
        return dir;
      },
    });
    const { problems, ...counts } = run;
    console.log(`[crash] ${JSON.stringify(counts)}`);
    expect(problems).toEqual([]);
    expect(run.trials).toBe(trials);
    expect(run.acked).toBeGreaterThan(0);
    // The kills did land inside operations, and some inside the write transaction itself.
    expect(run.attempts - run.acked).toBeGreaterThan(trials / 5);
    expect(run.killedInTransaction).toBeGreaterThan(0);
  }, 600_000);

  it('the checks catch a partial batch, a lost acknowledged write and an audit row of no operation', async () => {
    const core = openTempCore();
    dirs.push(core.dir);
    try {
      const sql = core.handle.sqlite;
      const state: ChildState = { sql, random: () => 0.99, staff: [], committees: [], touched: new Set(), nextPerson: 0 };
      const op = await nextOp(state, 7, 1);
      expect(op.intent).toMatchObject({ kind: 'importStaff', rows: 40, audit: 41 });
      core.setNow(op.intent.at);
      expect((await core.dispatch(op.method, op.input)).ok).toBe(true);
      expect(verifyTrial(sql, [op.intent], new Set([7]), instantOf(7))).toMatchObject({ problems: [] });

      const lost: Intent = { seq: 8, tag: 'crash-c8', at: instantOf(8), audit: 1, kind: 'createCommittee' };
      const afterLoss = verifyTrial(sql, [op.intent, lost], new Set([7, 8]), instantOf(7));
      expect(afterLoss.problems).toEqual(['acknowledged createCommittee crash-c8 is not fully present']);
      expect(afterLoss.outcomes.get(8)).toBe('absent');

      sql.prepare(`DELETE FROM staff WHERE id = (SELECT MAX(id) FROM staff WHERE note = 'crash-c7')`).run();
      sql.prepare(`INSERT INTO audit_log (at, actor, method, entity) VALUES (?, 'x', 'staff.create', 'staff')`).run(instantOf(9));
      const broken = verifyTrial(sql, [op.intent], new Set(), instantOf(7)).problems;
      expect(broken).toEqual([
        expect.stringMatching(/^partial importStaff crash-c7/),
        `audit rows of no attempted operation: ${instantOf(9)}`,
      ]);
      expect(fs.existsSync(path.join(core.dir, 'ledger.sqlite'))).toBe(true);
    } finally {
      core.close();
    }
  });
});
