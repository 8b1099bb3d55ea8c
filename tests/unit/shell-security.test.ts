// Exploit-style checks: who may call the API, where windows may navigate, popups, webviews, permissions.
import { describe, expect, it, vi } from 'vitest';
import {
  hardenSession,
  hardenWebContents,
  isAllowedDownload,
  isAllowedNavigation,
  isTrustedSender,
  type DownloadItemLike,
  type NavigationEvent,
  type PreventableEvent,
  type SessionLike,
  type WebContentsLike,
} from '../../electron/main/security';

const hostile = [
  'app://ledger.evil/index.html',
  'app://evil/index.html',
  'app://evil/ledger/index.html',
  'app://ledger@evil/index.html',
  'app://user:pass@ledger/index.html',
  'app://ledger:1234/index.html',
  'app://LEDGER.evil/',
  'app:ledger/index.html',
  'apps://ledger/index.html',
  'http://ledger/index.html',
  'https://ledger/index.html',
  'http://127.0.0.1/',
  'http://localhost:5173/',
  'file:///etc/passwd',
  'file:///C:/app/index.html',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'devtools://devtools/bundled/inspector.html',
  'https://evil.example/?app://ledger/',
  'not a url',
  '',
  // An attachment's blob URL may be downloaded, never navigated to (it would show the file as a page).
  'blob:app://ledger/5f0c2b1e-8a4d-4c47-9a5e-1d2f3b4c5d6e',
];

describe('isTrustedSender / isAllowedNavigation', () => {
  it('accept only app://ledger', () => {
    for (const url of ['app://ledger/', 'app://ledger/index.html', 'app://ledger/index.html#/staff?page=2']) {
      expect(isTrustedSender(url), url).toBe(true);
      expect(isAllowedNavigation(url), url).toBe(true);
    }
  });

  it.each(hostile)('reject %j', (url) => {
    expect(isTrustedSender(url)).toBe(false);
    expect(isAllowedNavigation(url)).toBe(false);
  });

  it('reject a missing frame', () => {
    expect(isTrustedSender(undefined)).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});

type Listener = (event: NavigationEvent & PreventableEvent) => void;

function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: WebContentsLike = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler) {
      openHandler = handler;
    },
  };
  const emit = (name: string, url = '', isMainFrame?: boolean) => {
    const event = { url, isMainFrame, preventDefault: vi.fn() };
    for (const listener of listeners.get(name) ?? []) listener(event);
    return event.preventDefault;
  };
  return { contents, emit, open: (url: string) => openHandler?.({ url }), listeners };
}

describe('hardenWebContents', () => {
  it('cancels navigation and redirects that leave app://ledger', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(fake.listeners.get(name), name).toHaveLength(1);
      for (const url of hostile) expect(fake.emit(name, url), `${name} ${url}`).toHaveBeenCalledOnce();
      expect(fake.emit(name, 'app://ledger/index.html')).not.toHaveBeenCalled();
    }
  });

  it('lets only a sub-frame show the UI’s own blob: PDFs (preview and print); the main frame stays on app://ledger', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    const own = 'blob:app://ledger/6f1c1a52-7c1e-4c59-9d6e-1f0c1f8a7b11';
    expect(fake.emit('will-frame-navigate', own, false)).not.toHaveBeenCalled();
    expect(fake.emit('will-frame-navigate', own, true)).toHaveBeenCalledOnce();
    expect(fake.emit('will-navigate', own)).toHaveBeenCalledOnce();
    for (const url of ['blob:https://evil.example/1', 'blob:null/2', 'https://evil.example/a.pdf', 'data:application/pdf;base64,JVBERi0=', 'file:///etc/passwd']) {
      expect(fake.emit('will-frame-navigate', url, false), url).toHaveBeenCalledOnce();
    }
  });

  it('denies every popup, including app:// and https links', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    for (const url of ['https://www.moj.gov.cn/', 'app://ledger/index.html', 'javascript:alert(1)', 'about:blank']) {
      expect(fake.open(url)).toEqual({ action: 'deny' });
    }
  });

  it('refuses to attach webviews', () => {
    const fake = fakeContents();
    hardenWebContents(fake.contents);
    expect(fake.emit('will-attach-webview')).toHaveBeenCalledOnce();
  });
});

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    const handlers: Partial<Record<'request' | 'check' | 'device', unknown>> = {};
    const session: SessionLike = {
      on: () => session,
      setPermissionRequestHandler: (h) => void (handlers.request = h),
      setPermissionCheckHandler: (h) => void (handlers.check = h),
      setDevicePermissionHandler: (h) => void (handlers.device = h),
    };
    hardenSession(session);
    const request = handlers.request as (wc: unknown, p: string, cb: (granted: boolean) => void) => void;
    const check = handlers.check as (wc: unknown, p: string) => boolean;
    const device = handlers.device as (d: unknown) => boolean;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(check({}, permission)).toBe(false);
    }
    expect(device({ deviceType: 'usb' })).toBe(false);
  });
});

describe('downloads', () => {
  const ours = 'blob:app://ledger/5f0c2b1e-8a4d-4c47-9a5e-1d2f3b4c5d6e';

  it('allow only blob: URLs the app itself made', () => {
    expect(isAllowedDownload(ours)).toBe(true);
    for (const url of [
      'blob:app://evil/5f0c2b1e',
      'blob:app://ledger.evil/5f0c2b1e',
      'blob:app://ledger:1234/5f0c2b1e',
      'blob:http://127.0.0.1:5173/5f0c2b1e',
      'blob:null/5f0c2b1e',
      'app://ledger/index.html',
      'https://evil.example/setup.exe',
      'file:///C:/Windows/System32/calc.exe',
      'data:application/octet-stream;base64,TVqQ',
      'blob:',
      '',
    ]) {
      expect(isAllowedDownload(url), url).toBe(false);
    }
  });

  it('cancel other downloads and ask where to save the app\'s own', () => {
    let listener: ((event: PreventableEvent, item: DownloadItemLike) => void) | undefined;
    const session: SessionLike = {
      on: (_event, l) => void (listener = l),
      setPermissionRequestHandler: () => undefined,
      setPermissionCheckHandler: () => undefined,
      setDevicePermissionHandler: () => undefined,
    };
    hardenSession(session);
    const download = (url: string) => {
      const event = { preventDefault: vi.fn() };
      const item = { getURL: () => url, setSaveDialogOptions: vi.fn() };
      listener!(event, item);
      return { cancelled: event.preventDefault.mock.calls.length > 0, dialog: item.setSaveDialogOptions };
    };
    const good = download(ours);
    expect(good.cancelled).toBe(false);
    expect(good.dialog).toHaveBeenCalledExactlyOnceWith({ title: '保存文件', buttonLabel: '保存' });
    const bad = download('https://evil.example/setup.exe');
    expect(bad.cancelled).toBe(true);
    expect(bad.dialog).not.toHaveBeenCalled();
  });
});
