// The single IPC entry point: checks the sender, forwards to the core as that window's login session, never throws across IPC.
import type { ApiError, Result } from '../shared/errors';
import { API_CHANNEL } from '../shared/ipc-channel';

export { API_CHANNEL };

import type { DispatchAs } from '../core';

export interface InvokeEventLike {
  readonly senderFrame?: { readonly url: string } | null;
  /** The calling webContents: its id names the window's login session. */
  readonly sender: { readonly id: number };
}

/** The login session of one renderer (webContents); the main process ends it when that webContents is destroyed. */
export const ipcSessionKey = (webContentsId: number): string => `ipc:${webContentsId}`;

/** The slice of Electron's ipcMain this module needs, so tests can pass a fake. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<Result<unknown>>,
  ): void;
}

function failure(error: ApiError): Result<never> {
  return { ok: false, error };
}

export const unauthorized = (): Result<never> =>
  failure({ code: 'UNAUTHORIZED', message: '拒绝来自未知页面的请求' });
export const badMethod = (): Result<never> => failure({ code: 'UNKNOWN_METHOD', message: '请求的方法名无效' });
export const internalError = (): Result<never> =>
  failure({ code: 'INTERNAL', message: '内部错误，请重试；如仍失败请联系管理员' });

function senderUrl(event: InvokeEventLike): string | undefined {
  try {
    // senderFrame is null once the frame navigated away or was destroyed.
    return event.senderFrame?.url;
  } catch {
    return undefined;
  }
}

/** Registers `ledger:api`; every outcome, including a crash in dispatch, is a Result. */
export function registerApiHandler(
  ipc: IpcMainLike,
  dispatchAs: DispatchAs,
  isTrusted: (frameUrl: string | undefined) => boolean,
  onError: (error: unknown) => void = (error) => console.error('[ledger:api]', error),
): void {
  ipc.handle(API_CHANNEL, async (event, method, input) => {
    if (!isTrusted(senderUrl(event))) return unauthorized();
    if (typeof method !== 'string' || method === '') return badMethod();
    try {
      return await dispatchAs(ipcSessionKey(event.sender.id), method, input);
    } catch (error) {
      onError(error);
      return internalError();
    }
  });
}
