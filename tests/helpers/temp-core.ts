// Test helper: a real core on a fresh SQLite file in a temp folder, with a settable clock.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../../electron/core';
import { sourceMigrationsFolder } from '../../electron/core/resources';

export interface TempCore extends Core {
  dir: string;
  setNow(iso: string): void;
  cleanup(): void;
}

export function makeTempDir(prefix = 'ledger-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function openTempCore(options: { dir?: string; now?: string } = {}): TempCore {
  const dir = options.dir ?? makeTempDir();
  let now = new Date(options.now ?? '2026-11-27T02:00:00.000Z');
  const core = openCore({
    dbPath: path.join(dir, 'ledger.sqlite'),
    migrationsFolder: sourceMigrationsFolder,
    actor: 'tester',
    appVersion: '0.0.0-test',
    clock: () => now,
  });
  return Object.assign(core, {
    dir,
    setNow: (iso: string) => {
      now = new Date(iso);
    },
    cleanup: () => {
      core.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  });
}

/** Calls dispatch and returns the value, failing the test with the error when the call failed. */
export async function ok<T = unknown>(core: Core, method: string, input: unknown): Promise<T> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** How many migrations the source tree holds: the schema version of a freshly migrated database. */
export function migrationCount(): number {
  const journal = JSON.parse(fs.readFileSync(path.join(sourceMigrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };
  return journal.entries.length;
}
