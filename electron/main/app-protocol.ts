// The app:// scheme that serves the built UI, and the pure decision of which file a request may read.
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { hasSmuggledEscape, resolveStaticPath } from '../core/static-files';

export { isInside } from '../core/static-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'ledger';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * standard: relative URLs, origin and storage behave like http. secure: counts as a secure
 * context. supportFetchAPI: the UI may fetch its own files. Deliberately not bypassCSP.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** True for app://ledger/... exactly: no other host, port, user info or scheme. */
export function isAppOriginUrl(url: URL): boolean {
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

/**
 * Maps `app://ledger/<path>` to an absolute file inside rootDir, or null when the request is not
 * for our host or could name anything outside rootDir (see resolveStaticPath). The protocol
 * handler also compares real paths to defeat symlinks.
 */
export function resolveAppPath(
  rootDir: string,
  requestUrl: string,
  p: path.PlatformPath = path,
): string | null {
  if (requestUrl.includes('\\') || requestUrl.includes('\0')) return null;
  const rawPath = requestUrl.split(/[?#]/, 1)[0] ?? '';
  // The URL parser would quietly fold '..' away; a request that carries one is refused, not repaired.
  if (hasSmuggledEscape(rawPath) || rawPath.split('/').some((s) => s === '.' || s === '..')) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (!isAppOriginUrl(url)) return null;
  return resolveStaticPath(rootDir, url.pathname, p);
}
