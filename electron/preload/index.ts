// Sandboxed preload: exposes exactly one function, window.api.call, and never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import type { Result } from '../shared/errors';
import { API_CHANNEL } from '../shared/ipc-channel';

const api = Object.freeze({
  call: (method: string, input: unknown): Promise<Result<unknown>> =>
    ipcRenderer.invoke(API_CHANNEL, method, input) as Promise<Result<unknown>>,
});

contextBridge.exposeInMainWorld('api', api);
