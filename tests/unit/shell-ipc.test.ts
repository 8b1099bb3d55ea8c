// The ledger:api IPC handler with a fake ipcMain: sender checks, method checks, per-window session keys, errors become Results.
import { describe, expect, it, vi } from 'vitest';
import { API_CHANNEL, ipcSessionKey, registerApiHandler, type InvokeEventLike, type IpcMainLike } from '../../electron/main/ipc';
import { isTrustedSender } from '../../electron/main/security';
import type { Result } from '../../electron/shared/errors';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<Result<unknown>>;

function setup(dispatch = vi.fn(async (): Promise<Result<unknown>> => ({ ok: true, value: 42 }))) {
  const handlers = new Map<string, Listener>();
  const ipc: IpcMainLike = { handle: (channel, listener) => void handlers.set(channel, listener) };
  const onError = vi.fn();
  registerApiHandler(ipc, dispatch, isTrustedSender, onError);
  const listener = handlers.get(API_CHANNEL);
  if (!listener) throw new Error('no handler registered');
  const invoke = (frameUrl: string | null, ...args: unknown[]) =>
    listener({ senderFrame: frameUrl === null ? null : { url: frameUrl }, sender: { id: 7 } }, ...args);
  return { handlers, dispatch, onError, invoke, listener };
}

const trusted = 'app://ledger/index.html';

describe('registerApiHandler', () => {
  it('registers exactly one channel, ledger:api', () => {
    const { handlers } = setup();
    expect([...handlers.keys()]).toEqual(['ledger:api']);
  });

  it('forwards trusted calls to dispatch and returns its Result', async () => {
    const { invoke, dispatch } = setup();
    await expect(invoke(trusted, 'staff.list', { page: 1 })).resolves.toEqual({ ok: true, value: 42 });
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('ipc:7', 'staff.list', { page: 1 });
  });

  it('gives each window (webContents) its own login session key', async () => {
    const { listener, dispatch } = setup();
    await listener({ senderFrame: { url: trusted }, sender: { id: 3 } }, 'auth.status', {});
    await listener({ senderFrame: { url: trusted }, sender: { id: 12 } }, 'auth.status', {});
    expect(dispatch.mock.calls.map((c) => (c as unknown[])[0])).toEqual(['ipc:3', 'ipc:12']);
    expect(ipcSessionKey(12)).toBe('ipc:12');
  });

  it('passes dispatch failures through unchanged', async () => {
    const failure: Result<unknown> = { ok: false, error: { code: 'NOT_FOUND', message: '记录不存在' } };
    const { invoke } = setup(vi.fn(async () => failure));
    await expect(invoke(trusted, 'staff.get', { id: 'x' })).resolves.toEqual(failure);
  });

  it.each(['https://evil.example/', 'app://evil/index.html', 'app://ledger.evil/', 'file:///index.html', 'about:blank', null])(
    'refuses sender %j without calling dispatch',
    async (frameUrl) => {
      const { invoke, dispatch } = setup();
      await expect(invoke(frameUrl, 'staff.list', {})).resolves.toEqual({
        ok: false,
        error: { code: 'UNAUTHORIZED', message: '拒绝来自未知页面的请求' },
      });
      expect(dispatch).not.toHaveBeenCalled();
    },
  );

  it('refuses an event with no senderFrame, or one whose getter throws', async () => {
    const { listener, dispatch } = setup();
    await expect(listener({ sender: { id: 1 } }, 'staff.list', {})).resolves.toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const destroyed = Object.defineProperty({ sender: { id: 1 } }, 'senderFrame', {
      get() {
        throw new Error('Render frame was disposed');
      },
    }) as InvokeEventLike;
    await expect(listener(destroyed, 'staff.list', {})).resolves.toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it.each([undefined, 42, { toString: () => 'staff.list' }, ['staff.list'], ''])('refuses method %j', async (method) => {
    const { invoke, dispatch } = setup();
    await expect(invoke(trusted, method, {})).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('turns a throwing or rejecting dispatch into INTERNAL, never an exception', async () => {
    for (const dispatch of [
      vi.fn(async (): Promise<Result<unknown>> => Promise.reject(new Error('disk I/O error at /home/x/ledger.sqlite'))),
      vi.fn((): Promise<Result<unknown>> => {
        throw new TypeError('boom');
      }),
    ]) {
      const { invoke, onError } = setup(dispatch);
      const result = await invoke(trusted, 'staff.list', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      if (!result.ok) {
        expect(result.error.message).toMatch(/^内部错误/);
        expect(result.error.message).not.toContain('ledger.sqlite');
      }
      expect(onError).toHaveBeenCalledOnce();
    }
  });
});
