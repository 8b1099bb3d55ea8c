// The loopback HTTP bridge of `npm run web`: the built UI plus POST /api/<method>, guarded by a per-run token and a login session cookie.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DispatchAs } from '../core';
import { contentTypeOf, newNonce, resolveStaticPath, uiFileBody, uiSecurityHeaders } from '../core/static-files';
import type { ApiError } from '../shared/errors';
import { MAX_PACKAGE_BYTES } from '../shared/schemas/package';
import { RECOVERY_RESTORE_PATH } from './recovery-page';
import { readBody } from './read-body';
import { serveRecovery, type WebRecovery } from './recovery';
import { isSessionId, newSessionId, sessionCookieName, sessionKeyOf } from './session-cookie';

export const LOOPBACK_HOST = '127.0.0.1';
/** Fits one 20 MB attachment as base64 (≈ 26.7 MB) plus its JSON envelope. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;
/** The district's two upload methods take a whole package: up to MAX_PACKAGE_BYTES as base64, plus the envelope. */
export const PACKAGE_BODY_METHODS: ReadonlySet<string> = new Set(['district.verify', 'district.import']);
export const MAX_PACKAGE_BODY_BYTES = Math.ceil(MAX_PACKAGE_BYTES / 3) * 4 + 2 * 1024 * 1024;

export interface WebServerOptions {
  /** The core's transport entry: every /api call runs as the browser's login session (`web:<session cookie>`). */
  dispatchAs: DispatchAs;
  staticRoot: string;
  token: string;
  port: number;
  /** Set when the database is damaged: the recovery page is served instead of the app until a restore succeeds. */
  recovery?: WebRecovery | undefined;
  /** The core's `renameSession`: moves an unlocked session to its fresh cookie (without it, an unlock keeps the cookie). */
  renameSession?: ((from: string, to: string) => boolean) | undefined;
  /** The core's `endSession`: drops the session a login replaced (without it, that key just stays unused). */
  endSession?: ((sessionKey: string) => void) | undefined;
}

/** Calls after which the browser gets a fresh session cookie, so that an id chosen before the login never carries it. */
export const SESSION_STARTING_METHODS: ReadonlySet<string> = new Set(['auth.login', 'auth.setup', 'auth.recover', 'auth.unlock']);

export interface WebServer {
  server: http.Server;
  /** Base URL, e.g. http://127.0.0.1:5173 */
  origin: string;
  /** The URL to open: it carries the token once, then a cookie does. */
  openUrl: string;
  close(): Promise<void>;
}

export function newToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}

/** Security headers for one response, with its own style nonce. */
function securityHeaders(styleNonce: string = newNonce()) {
  return {
    ...uiSecurityHeaders(styleNonce),
    'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...securityHeaders(), 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...extra });
  res.end(JSON.stringify(body));
}

function sendError(res: http.ServerResponse, status: number, error: ApiError): void {
  sendJson(res, status, { ok: false, error });
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  let origin = '';
  let cookieName = '';
  let sidName = '';
  /** The browser's session id, or a new one with the header that gives it to the browser. */
  const sessionOf = (req: http.IncomingMessage): { id: string; setCookie: string | null } => {
    const given = cookieValue(req.headers.cookie, sidName);
    if (given !== undefined && isSessionId(given)) return { id: given, setCookie: null };
    const id = newSessionId();
    return { id, setCookie: sidCookie(id) };
  };
  const sidCookie = (id: string) => `${sidName}=${id}; HttpOnly; SameSite=Strict; Path=/`;
  const allowedHosts = new Set<string>();

  const isSameOrigin = (req: http.IncomingMessage): boolean =>
    req.headers.origin === undefined || allowedHosts.has(req.headers.origin.replace(/^http:\/\//, ''));
  const isAuthorized = (req: http.IncomingMessage): boolean => {
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    return sameToken(bearer ?? cookieValue(req.headers.cookie, cookieName), options.token);
  };

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') return sendError(res, 405, { code: 'UNKNOWN_METHOD', message: '接口只接受 POST 请求' });
    if (!isSameOrigin(req)) {
      return sendError(res, 403, { code: 'UNAUTHORIZED', message: '拒绝来自其他网站的请求' });
    }
    if (!isAuthorized(req)) {
      return sendError(res, 401, { code: 'UNAUTHORIZED', message: '访问令牌无效：请使用启动时显示的链接打开本页' });
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendError(res, 415, { code: 'VALIDATION_FAILED', message: '请求内容应为 JSON' });
    }
    const text = await readBody(req, PACKAGE_BODY_METHODS.has(method) ? MAX_PACKAGE_BODY_BYTES : MAX_BODY_BYTES);
    if (text === null) return sendError(res, 413, { code: 'VALIDATION_FAILED', message: '请求内容过大' });
    let input: unknown;
    try {
      input = text === '' ? {} : JSON.parse(text);
    } catch {
      return sendError(res, 400, { code: 'VALIDATION_FAILED', message: '请求内容不是有效的 JSON' });
    }
    const session = sessionOf(req);
    if (!SESSION_STARTING_METHODS.has(method)) {
      const result = await options.dispatchAs(sessionKeyOf(session.id), method, input);
      return sendJson(res, 200, result, session.setCookie === null ? {} : { 'Set-Cookie': session.setCookie });
    }
    // Session fixation: a login (setup, recovery) runs on a brand-new key, an unlock moves its session to one.
    const [oldKey, fresh] = [sessionKeyOf(session.id), newSessionId()];
    const freshKey = sessionKeyOf(fresh);
    const unlock = method === 'auth.unlock';
    const result = await options.dispatchAs(unlock ? oldKey : freshKey, method, input);
    let rekeyed = false;
    if (result.ok && unlock) rekeyed = options.renameSession?.(oldKey, freshKey) ?? false;
    else if (result.ok) {
      if (session.setCookie === null) options.endSession?.(oldKey);
      rekeyed = true;
    }
    const cookie = rekeyed ? sidCookie(fresh) : session.setCookie;
    sendJson(res, 200, result, cookie === null ? {} : { 'Set-Cookie': cookie });
  }

  function handleStatic(req: http.IncomingMessage, res: http.ServerResponse, url: URL): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, securityHeaders()).end();
      return;
    }
    const given = url.searchParams.get('token');
    if (given !== null) {
      if (!sameToken(given, options.token)) {
        res.writeHead(401, { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('访问令牌无效：请使用启动时显示的链接打开本页。');
        return;
      }
      const session = sessionOf(req);
      const tokenCookie = `${cookieName}=${options.token}; HttpOnly; SameSite=Strict; Path=/`;
      res.writeHead(303, {
        ...securityHeaders(),
        'Set-Cookie': session.setCookie === null ? [tokenCookie] : [tokenCookie, session.setCookie],
        Location: '/',
      });
      res.end();
      return;
    }
    const file = resolveStaticPath(options.staticRoot, url.pathname);
    if (file === null || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' }).end('未找到');
      return;
    }
    const isHtml = file.endsWith('.html');
    const nonce = newNonce();
    res.writeHead(200, {
      ...securityHeaders(nonce),
      'Content-Type': contentTypeOf(file),
      'Cache-Control': isHtml ? 'no-store' : 'max-age=3600',
    });
    if (req.method === 'HEAD') res.end();
    else if (isHtml) res.end(uiFileBody(file, fs.readFileSync(file), nonce));
    else fs.createReadStream(file).pipe(res);
  }

  async function route(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // Only our own host names: a page on another site resolving to 127.0.0.1 (DNS rebinding) is refused.
    if (!allowedHosts.has(req.headers.host ?? '')) {
      return sendError(res, 421, { code: 'UNAUTHORIZED', message: '主机名不正确' });
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', origin);
    } catch {
      return sendError(res, 400, { code: 'VALIDATION_FAILED', message: '请求地址不正确' });
    }
    const { recovery } = options;
    if (recovery && (recovery.active() || url.pathname === RECOVERY_RESTORE_PATH) && !url.searchParams.has('token')) {
      if (url.pathname.startsWith('/api/')) return sendError(res, 503, { code: 'INTERNAL', message: '数据库文件已损坏，请先在恢复页面从备份恢复' });
      const sameOrigin = req.method !== 'POST' || (req.headers.origin !== undefined && isSameOrigin(req));
      return serveRecovery(req, res, url.pathname, { recovery, authorized: isAuthorized(req), sameOrigin, baseHeaders: securityHeaders() });
    }
    const api = /^\/api\/([A-Za-z]+\.[A-Za-z]+)$/.exec(url.pathname);
    if (api) return handleApi(req, res, api[1]!);
    handleStatic(req, res, url);
  }

  // Nothing a request does may take the server down: every failure becomes a response.
  const server = http.createServer((req, res) => {
    route(req, res).catch((cause: unknown) => {
      console.error('[ledger] web request failed', cause);
      if (!res.headersSent) sendError(res, 500, { code: 'INTERNAL', message: '内部错误' });
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, LOOPBACK_HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${LOOPBACK_HOST}:${port}`;
  cookieName = `ledger_token_${port}`;
  sidName = sessionCookieName(port);
  allowedHosts.add(`${LOOPBACK_HOST}:${port}`).add(`localhost:${port}`);

  return {
    server,
    origin,
    openUrl: `${origin}/?token=${options.token}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
