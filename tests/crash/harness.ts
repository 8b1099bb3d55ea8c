// The crash harness's parent: bundles the child once, then runs trials on one database — start, kill at a random instant, reopen, verify.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { openCore } from '../../electron/core';
import { instantOf, parseChildOutput, READY, type ChildConfig } from './protocol';
import { fileProblems, verifyTrial } from './verify';

const root = fileURLToPath(new URL('../../', import.meta.url));
const migrationsFolder = path.join(root, 'drizzle', 'migrations');

export interface CrashRun {
  trials: number;
  /** Operations the child started (intent printed). */
  attempts: number;
  /** Operations acknowledged: dispatch returned ok before the kill. */
  acked: number;
  /** Killed while an operation's write transaction had begun (before COMMIT, or after it and before the ack). */
  killedInTransaction: number;
  /** Killed after COMMIT but before the ack was printed: present though never acknowledged. */
  committedUnacked: number;
  /** Killed before COMMIT: absent, nothing of them left. */
  rolledBack: number;
  /** Reopens that found a non-empty write-ahead log to recover. */
  walRecoveries: number;
  problems: string[];
  seed: number;
  ms: number;
}

/** Compiles the child once into a plain CommonJS file, so each trial starts with `node` and no TypeScript loader. */
export async function bundleChild(outDir: string): Promise<string> {
  const outfile = path.join(outDir, 'crash-child.cjs');
  await build({
    entryPoints: [path.join(root, 'tests', 'crash', 'child.ts')],
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['better-sqlite3'], outfile, logLevel: 'error',
  });
  return outfile;
}

/** Runs the child until `delayMs` after it is ready, then kills it with SIGKILL; returns what it printed. */
function runChild(bundle: string, config: ChildConfig, delayMs: number): Promise<{ stdout: string; problem: string | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bundle, JSON.stringify(config)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
    });
    let stdout = '';
    let stderr = '';
    let killed = false;
    const kill = () => {
      killed = true;
      child.kill('SIGKILL');
    };
    const stuck = setTimeout(kill, 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      const before = stdout;
      stdout += chunk.toString('utf8');
      if (!before.includes(`${READY}\n`) && stdout.includes(`${READY}\n`)) setTimeout(kill, delayMs);
    });
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
    child.on('close', (code, signal) => {
      clearTimeout(stuck);
      const ok = killed && signal === 'SIGKILL' && stdout.includes(`${READY}\n`);
      const errors = stdout.split('\n').filter((l) => l.startsWith('ERROR')).join('\n');
      resolve({ stdout, problem: ok ? null : `child ended by itself (code ${code}, signal ${signal}): ${errors} ${stderr.slice(0, 2000)}` });
    });
  });
}

function mulberry(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x9e3779b9) >>> 0;
    let t = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
    t = Math.imul(t ^ (t >>> 13), 0xc2b2ae35);
    return ((t ^ (t >>> 16)) >>> 0) / 4294967296;
  };
}

const open = (dbPath: string) =>
  openCore({ dbPath, migrationsFolder, actor: 'crash-parent', appVersion: '0.0.0-crash', clock: () => new Date(instantOf(0)) });

/** `trials` kills in a row on one database in `dir`; stops at the first trial whose checks fail. */
export async function runCrashTrials(options: { trials: number; dir: string; seed: number; minDelayMs?: number; maxDelayMs?: number }): Promise<CrashRun> {
  const { trials, dir, seed, minDelayMs = 20, maxDelayMs = 300 } = options;
  const started = Date.now();
  const bundle = await bundleChild(dir);
  const dbPath = path.join(dir, 'data', 'ledger.sqlite');
  const setup = open(dbPath);
  const unit = await setup.dispatch('partnerUnit.create', { kind: 'policeStation', name: '崩溃测试派出所' });
  setup.close();
  if (!unit.ok) throw new Error(`setup failed: ${JSON.stringify(unit.error)}`);

  const random = mulberry(seed);
  const run: CrashRun = { trials: 0, attempts: 0, acked: 0, committedUnacked: 0, killedInTransaction: 0, rolledBack: 0, walRecoveries: 0, problems: [], seed, ms: 0 };
  let seqStart = 1;
  let personStart = 0;
  for (let trial = 1; trial <= trials && run.problems.length === 0; trial += 1) {
    const delay = minDelayMs + Math.floor(random() * (maxDelayMs - minDelayMs + 1));
    const config: ChildConfig = { dbPath, migrationsFolder, seqStart, personStart, seed: (seed + trial * 7919) >>> 0 };
    const { stdout, problem } = await runChild(bundle, config, delay);
    const { intents, began, acked } = parseChildOutput(stdout);
    const wal = fs.statSync(`${dbPath}-wal`, { throwIfNoEntry: false });
    if (wal && wal.size > 0) run.walRecoveries += 1;
    const core = open(dbPath); // WAL recovery happens here, as when the app starts after a crash
    try {
      const verdict = verifyTrial(core.handle.sqlite, intents, acked, instantOf(seqStart));
      const problems = [...(problem ? [problem] : []), ...fileProblems(core.handle.sqlite, path.dirname(dbPath)), ...verdict.problems];
      run.problems.push(...problems.map((p) => `trial ${trial} (seed ${seed}, kill after ${delay} ms): ${p}`));
      for (const intent of intents) {
        const outcome = verdict.outcomes.get(intent.seq);
        if (acked.has(intent.seq)) run.acked += 1;
        else if (began.has(intent.seq)) run.killedInTransaction += 1;
        if (acked.has(intent.seq)) continue;
        if (outcome === 'committed') run.committedUnacked += 1;
        else if (outcome === 'absent') run.rolledBack += 1;
      }
    } finally {
      core.close();
    }
    run.attempts += intents.length;
    run.trials = trial;
    seqStart = Math.max(seqStart, ...intents.map((i) => i.seq + 1));
    personStart = Math.max(personStart, ...intents.map((i) => (i.kind === 'importStaff' ? i.personEnd : 0)));
  }
  run.ms = Date.now() - started;
  return run;
}

/** Several independent sequences at once (one database each), to use every core; their counts are summed. */
export async function runCrashSequences(options: { trials: number; sequences: number; dirOf: (i: number) => string; seed: number }): Promise<CrashRun> {
  const { trials, sequences, dirOf, seed } = options;
  const started = Date.now();
  const share = (i: number) => Math.floor(trials / sequences) + (i < trials % sequences ? 1 : 0);
  const runs = await Promise.all(
    Array.from({ length: sequences }, (_, i) => runCrashTrials({ trials: share(i), dir: dirOf(i), seed: (seed + i * 104_729) >>> 0 })),
  );
  const sum = (key: 'trials' | 'attempts' | 'acked' | 'committedUnacked' | 'killedInTransaction' | 'rolledBack' | 'walRecoveries') =>
    runs.reduce((n, r) => n + r[key], 0);
  return {
    trials: sum('trials'), attempts: sum('attempts'), acked: sum('acked'), committedUnacked: sum('committedUnacked'),
    killedInTransaction: sum('killedInTransaction'), rolledBack: sum('rolledBack'), walRecoveries: sum('walRecoveries'),
    problems: runs.flatMap((r) => r.problems), seed, ms: Date.now() - started,
  };
}
