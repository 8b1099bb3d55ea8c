// Vitest global setup: the demo office (cases, registers) is written once per run into a template database
// that tests copy (openDemoCore), instead of every file paying for the demo.
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { demo } from '../../electron/cli/commands';
import { makeTempDir, openTempCore } from './temp-core';

declare module 'vitest' {
  export interface ProvidedContext {
    demoDbDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = makeTempDir('ledger-demo-template-');
  const core = openTempCore({ dir, now: '2026-11-27T02:00:00.000Z' });
  const err: string[] = [];
  const code = await demo(core, { out: () => undefined, err: (l) => err.push(l) }, 8);
  core.close();
  if (code !== 0) throw new Error(`demo failed: ${err.join('\n')}`);
  for (const f of fs.readdirSync(dir)) if (f.endsWith('-wal') || f.endsWith('-shm')) fs.rmSync(path.join(dir, f));
  project.provide('demoDbDir', dir);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
