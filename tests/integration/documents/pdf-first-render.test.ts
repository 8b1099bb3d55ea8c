// The same PDF has the same bytes whether it is the first of a process or a later one (fonts parsed once and reused):
// the package's payload must not depend on which process printed it.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const script = path.resolve('tests/fixtures/scripts/first-pdf.ts');
const tsx = path.resolve('node_modules/.bin/tsx');

describe('PDF bytes and font reuse', () => {
  it('the first official PDF in a fresh process equals the later ones, byte for byte', () => {
    const out = JSON.parse(execFileSync(tsx, [script], { encoding: 'utf8', timeout: 60_000 })) as { sizes: number[]; hashes: string[] };
    expect(out.sizes[0]).toBe(out.sizes[1]);
    expect(new Set(out.hashes).size).toBe(1);
  });
});
