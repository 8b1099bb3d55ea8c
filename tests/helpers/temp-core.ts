// Test helper: a real core on a fresh SQLite file in a temp folder, with a settable clock.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../../electron/core';
import { sourceMigrationsFolder } from '../../electron/core/resources';
import { createSessionStore } from '../../electron/core/auth/sessions';
import type { ServiceDeps } from '../../electron/core/services/context';
import type { Role } from '../../electron/shared/schemas/auth';
import type { Result } from '../../electron/shared/errors';

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

/** Dependencies for tests that build their own services over a test core (no restore, their own sessions). */
export function serviceDepsOf(core: Core, overrides: Partial<ServiceDeps> = {}): ServiceDeps {
  return {
    handle: core.handle,
    clock: () => new Date('2026-11-27T02:00:00Z'),
    actor: 'tester',
    appVersion: 't',
    dataDir: path.dirname(core.dbPath),
    host: {
      restoreFrom: () => {
        throw new Error('no restore in this test');
      },
    },
    sessions: createSessionStore(),
    ...overrides,
  };
}

export const TEST_PASSWORD = 'ceshi2026mima';
let accountsMade = 0;

/** A logged-in transport session of a new account with `role` (created through the trusted `user.create`). */
export interface LoggedIn {
  key: string;
  user: { id: number; username: string; displayName: string; role: Role };
  call(method: string, input?: unknown): Promise<Result<unknown>>;
  /** Calls through the session; fails the test when the call failed. */
  ok<T = unknown>(method: string, input?: unknown): Promise<T>;
}

export function sessionOf(core: Core, key: string): Omit<LoggedIn, 'user'> {
  const call = (method: string, input: unknown = {}) => core.dispatchAs(key, method, input);
  return {
    key,
    call,
    ok: async <T>(method: string, input: unknown = {}) => {
      const result = await call(method, input);
      if (!result.ok) throw new Error(`${method} as ${key} failed: ${JSON.stringify(result.error)}`);
      return result.value as T;
    },
  };
}

export async function loginAs(core: Core, role: Role, options: { username?: string; key?: string } = {}): Promise<LoggedIn> {
  accountsMade += 1;
  const username = options.username ?? `${role}${accountsMade}`;
  await ok(core, 'user.create', { username, displayName: `测试${role}`, role, password: TEST_PASSWORD, confirm: TEST_PASSWORD });
  const session = sessionOf(core, options.key ?? `test:${username}`);
  const user = await session.ok<LoggedIn['user']>('auth.login', { username, password: TEST_PASSWORD });
  return { ...session, user };
}
