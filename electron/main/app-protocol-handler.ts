// Serves files of the built UI for app://ledger/ requests, with the CSP and no-sniff headers.
import { contentTypeOf, isInside, newNonce, uiFileBody, uiSecurityHeaders } from '../core/static-files';
import { resolveAppPath } from './app-protocol';

/** Headers on every app:// response, including errors; each response has its own style nonce. */
export function securityHeaders(styleNonce: string = newNonce()): Record<string, string> {
  return { ...uiSecurityHeaders(styleNonce), 'Cache-Control': 'no-cache' };
}

export interface StaticFileSystem {
  readFile(file: string): Promise<Uint8Array>;
  realpath(file: string): Promise<string>;
}

export interface AppRequest {
  readonly url: string;
  readonly method: string;
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * The handler for protocol.handle('app', …). Only GET/HEAD; the path must pass resolveAppPath and,
 * after resolving symlinks, still lie inside the real root folder.
 */
export function createAppProtocolHandler(
  rootDir: string,
  fs: StaticFileSystem,
): (request: AppRequest) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method Not Allowed');
    const file = resolveAppPath(rootDir, request.url);
    if (file === null) return plain(404, 'Not Found');
    try {
      const [root, real] = await Promise.all([fs.realpath(rootDir), fs.realpath(file)]);
      if (!isInside(root, real)) return plain(404, 'Not Found');
      const nonce = newNonce();
      const body = uiFileBody(file, await fs.readFile(real), nonce);
      const headers = { ...securityHeaders(nonce), 'Content-Type': contentTypeOf(file) };
      // A copy typed over a plain ArrayBuffer, as the fetch Response constructor wants it.
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
    } catch {
      // Missing file, a folder, or an unreadable one: all look the same from outside.
      return plain(404, 'Not Found');
    }
  };
}
