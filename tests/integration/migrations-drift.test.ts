// The committed SQL migrations match the drizzle schema: drizzle-kit finds nothing left to generate.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const scratch = path.join(root, '.tmp', `drift-${process.pid}`);
afterEach(() => fs.rmSync(scratch, { recursive: true, force: true }));

it('drizzle/migrations is up to date with drizzle/schema', () => {
  fs.cpSync(path.join(root, 'drizzle', 'migrations'), scratch, { recursive: true });
  const before = fs.readdirSync(scratch).sort();
  // drizzle-kit resolves --out relative to the working directory, so pass it relative.
  const out = execFileSync(
    path.join(root, 'node_modules', '.bin', 'drizzle-kit'),
    ['generate', '--dialect', 'sqlite', '--schema', './drizzle/schema/index.ts', '--out', `./${path.relative(root, scratch)}`],
    { cwd: root, encoding: 'utf8', stdio: 'pipe' },
  );
  expect(out).toContain('No schema changes');
  expect(fs.readdirSync(scratch).sort()).toEqual(before);
});
