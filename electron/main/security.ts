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
  /** Set on will-frame-navigate: false for a sub-frame (e.g. the PDF preview frame). */
  readonly isMainFrame?: boolean;
}

/** Whether `url` is a blob: URL the UI made itself (blob:app://ledger/<uuid>). */
export function isOwnBlobUrl(url: string): boolean {
  const parsed = parse(url);
  if (parsed === null || parsed.protocol !== 'blob:') return false;
  const inner = parse(parsed.pathname);
  return inner !== null && isAppOriginUrl(inner);
}

/**
 * A sub-frame may also show a PDF the UI generated (a blob: URL of app://ledger) for preview and
 * printing; the main frame never leaves app://ledger.
 */
export function isAllowedFrameNavigation(url: string, isMainFrame: boolean): boolean {
  return isAllowedNavigation(url) || (!isMainFrame && isOwnBlobUrl(url));
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
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedFrameNavigation(event.url, event.isMainFrame !== false)) event.preventDefault();
  });
  contents.on('will-redirect', guard);
  // The webviewTag preference is off already; this also stops a guest page that slips through.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // No popups of any kind, and no opening links in the system browser either.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/**
 * Downloads the UI may start: only files it built itself in memory (blob: URLs of app://ledger), as
 * when an attachment is saved. Nothing else — no http(s), file: or data: URL — is ever fetched to disk.
 */
export function isAllowedDownload(url: string): boolean {
  return isOwnBlobUrl(url);
}

/** The slice of Electron's DownloadItem this module needs. */
export interface DownloadItemLike {
  getURL(): string;
  setSaveDialogOptions(options: { title?: string; buttonLabel?: string }): void;
}

/** The slice of Electron's Session this module needs. */
export interface SessionLike {
  on(event: 'will-download', listener: (event: PreventableEvent, item: DownloadItemLike) => void): unknown;
  setPermissionRequestHandler(
    handler: ((webContents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null,
  ): void;
  setPermissionCheckHandler(handler: ((webContents: unknown, permission: string) => boolean) | null): void;
  setDevicePermissionHandler(handler: ((details: unknown) => boolean) | null): void;
}

/** The UI needs no camera, notifications, USB, clipboard-read or any other permission; it downloads only its own blobs. */
export function hardenSession(session: SessionLike): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // No save path is set, so Electron asks where to save: the file goes where the user chooses and is
  // never opened by the app (nothing here calls shell.openPath).
  session.on('will-download', (event, item) => {
    if (!isAllowedDownload(item.getURL())) {
      event.preventDefault();
      return;
    }
    item.setSaveDialogOptions({ title: '保存文件', buttonLabel: '保存' });
  });
}
