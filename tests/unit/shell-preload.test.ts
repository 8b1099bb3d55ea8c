// The preload exposes exactly window.api.call over ledger:api, frozen, and never ipcRenderer itself.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const exposed = new Map<string, unknown>();
const invoke = vi.fn(async () => ({ ok: true, value: 'pong' }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: { invoke, send: vi.fn(), on: vi.fn() },
}));

beforeEach(async () => {
  exposed.clear();
  vi.resetModules();
  await import('../../electron/preload/index');
});

describe('preload', () => {
  it('exposes only `api`, a frozen object with only `call`', () => {
    expect([...exposed.keys()]).toEqual(['api']);
    const api = exposed.get('api') as Record<string, unknown>;
    expect(Object.keys(api)).toEqual(['call']);
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
  });

  it('invokes ledger:api with the method and input', async () => {
    const api = exposed.get('api') as { call: (m: string, i: unknown) => Promise<unknown> };
    await expect(api.call('staff.list', { page: 1 })).resolves.toEqual({ ok: true, value: 'pong' });
    expect(invoke).toHaveBeenLastCalledWith('ledger:api', 'staff.list', { page: 1 });
  });
});
