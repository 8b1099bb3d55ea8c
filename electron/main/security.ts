// Who the main process trusts and where windows may go: pure predicates plus hardening for webContents and sessions.
import { isAppOriginUrl } from './app-protocol';

function parse(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw === '') return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * Only frames showing our own UI may call the API. For non-special schemes URL.origin is the
 * string "null", so we compare the parsed protocol and host, never substrings.
 */
export function isTrustedSender(frameUrl: string | null | undefined): boolean {
  const url = parse(frameUrl);
  return url !== null && isAppOriginUrl(url);
}

/** Navigation stays inside app://ledger; the app has no external links. */
export function isAllowedNavigation(targetUrl: string): boolean {
  const url = parse(targetUrl);
  return url !== null && isAppOriginUrl(url);
}

export interface PreventableEvent {
  preventDefault(): void;
}

export interface NavigationEvent extends PreventableEvent {
  readonly url: string;
}

/** The slice of Electron's WebContents this module needs, so tests can pass a fake. */
export interface WebContentsLike {
  on(
    event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect',
    listener: (event: NavigationEvent) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** Applied to every webContents the app creates (via app 'web-contents-created'). */
export function hardenWebContents(contents: WebContentsLike): void {
  const guard = (event: NavigationEvent): void => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
  // The webviewTag preference is off already; this also stops a guest page that slips through.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // No popups of any kind, and no opening links in the system browser either.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** The slice of Electron's Session this module needs. */
export interface SessionLike {
  setPermissionRequestHandler(
    handler: ((webContents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null,
  ): void;
  setPermissionCheckHandler(handler: ((webContents: unknown, permission: string) => boolean) | null): void;
  setDevicePermissionHandler(handler: ((details: unknown) => boolean) | null): void;
}

/** The UI needs no camera, notifications, USB, clipboard-read or any other permission. */
export function hardenSession(session: SessionLike): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
