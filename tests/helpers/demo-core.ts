// A real core over a private copy of the demo office's database (written once per run by demo-db.setup.ts).
import fs from 'node:fs';
import { inject } from 'vitest';
import { makeTempDir, openTempCore, type TempCore } from './temp-core';

export function openDemoCore(now = '2026-11-27T02:00:00.000Z'): TempCore {
  const template = inject('demoDbDir');
  const dir = makeTempDir('ledger-demo-');
  fs.cpSync(template, dir, { recursive: true });
  return openTempCore({ dir, now });
}
