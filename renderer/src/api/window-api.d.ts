// Global type of the bridge the Electron preload exposes as `window.api` (absent in web mode).
import type { Result } from '@shared/errors';

declare global {
  interface LedgerBridge {
    call(method: string, input: unknown): Promise<Result<unknown>>;
  }
  interface Window {
    readonly api?: LedgerBridge;
  }
}

export {};
