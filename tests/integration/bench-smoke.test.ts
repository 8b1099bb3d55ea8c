// `npm run bench` still runs (tiny sizes): benchmarks are not in the test path, so this keeps them from rotting.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

it('the core benchmark runs and prints its table', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const out = execFileSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['bench/core.bench.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, BENCH_STAFF: '300', BENCH_RUNS: '5' },
  });
  expect(out).toContain('| staff.create');
  expect(out).toContain('search "zs" over 300 staff');
  expect(out.match(/^\| /gm)?.length).toBe(6); // header + five measurements
});

it('the register benchmark runs and prints its table', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const out = execFileSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['bench/registers.bench.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, BENCH_STAFF: '50', BENCH_RUNS: '3' },
  });
  expect(out).toContain('| reminder.summary');
  expect(out).toContain('xlsx.preview of that file');
  expect(out.match(/^\| /gm)?.length).toBe(4); // header + three measurements
});

it('the package benchmark runs and prints its table', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const out = execFileSync(path.join(root, 'node_modules', '.bin', 'tsx'), ['bench/package.bench.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, BENCH_MONTH_CASES: '4', BENCH_YEAR_CASES: '300', BENCH_PACKAGE_RUNS: '3' },
    timeout: 120_000,
  });
  expect(out).toContain('| export a month in the app');
  expect(out).toContain('| verify + import that year');
  expect(out.match(/^\| /gm)?.length).toBe(7); // header + six measurements
}, 150_000);
