// The case benchmark still runs (tiny district): benchmarks are not in the test path, so this keeps it from rotting.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

it('the case benchmark builds a district and prints its table', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const out = execFileSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['bench/cases.bench.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, BENCH_CASES: '600', BENCH_RUNS: '3' },
  });
  expect(out).toContain('600 cases');
  expect(out).toContain('| case.list: committee + state');
  expect(out).toContain('| search ID number, full 18 characters');
  expect(out.match(/^\| /gm)?.length).toBe(14); // header + 3 pages + 10 searches
}, 120_000);
