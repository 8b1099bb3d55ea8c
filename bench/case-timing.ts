// Bench helper: per-call timings (p50/p95), alternating two contenders in one run so their ratio is fair.
import { performance } from 'node:perf_hooks';

export interface Stat {
  p50: number;
  p95: number;
}

function stat(samples: number[]): Stat {
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

/** Runs a(i) and b(i) alternately `runs` times after a warm-up (first a, then b first, …); b may be omitted. */
export async function alternate(
  runs: number,
  a: (i: number) => unknown,
  b?: (i: number) => unknown,
): Promise<{ a: Stat; b: Stat | null }> {
  for (let i = 0; i < Math.min(20, Math.ceil(runs / 5)); i++) {
    await a(i);
    if (b) await b(i);
  }
  const sa: number[] = [];
  const sb: number[] = [];
  const timed = async (fn: (i: number) => unknown, i: number, into: number[]) => {
    const t = performance.now();
    await fn(i);
    into.push(performance.now() - t);
  };
  // Who goes first swaps every call: the second would otherwise find the first's pages in SQLite's cache.
  for (let i = 0; i < runs; i++) {
    if (b && i % 2 === 1) await timed(b, i, sb);
    await timed(a, i, sa);
    if (b && i % 2 === 0) await timed(b, i, sb);
  }
  return { a: stat(sa), b: b ? stat(sb) : null };
}
