// The unknown-name login's dummy hash: a failed build is not cached (the next login retries it).
import crypto from 'node:crypto';
import { afterEach, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
  vi.resetModules();
});

it('does not keep a rejected dummy hash', async () => {
  const { dummyPasswordHash } = await import('../../electron/core/auth/password');
  vi.spyOn(crypto, 'scrypt').mockImplementationOnce(((...args: unknown[]) => {
    (args.at(-1) as (error: Error | null) => void)(new Error('out of memory'));
  }) as typeof crypto.scrypt);
  await expect(dummyPasswordHash()).rejects.toThrow('out of memory');
  await new Promise((resolve) => setImmediate(resolve));
  await expect(dummyPasswordHash()).resolves.toMatch(/^scrypt\$17\$/);
}, 20_000);
