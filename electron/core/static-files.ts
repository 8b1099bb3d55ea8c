// Serving the built UI safely (app:// in Electron, HTTP in web mode): URL path → file inside the root, and content types.
import path from 'node:path';
import crypto from 'node:crypto';
import { contentSecurityPolicy, STYLE_NONCE_PLACEHOLDER } from '../shared/csp';

/** A fresh CSP nonce: 128 random bits, base64. */
export function newNonce(): string {
  return crypto.randomBytes(16).toString('base64');
}

/** Headers on every response that carries the UI, over app:// and over HTTP alike (errors included). */
export function uiSecurityHeaders(styleNonce: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(styleNonce),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

/**
 * A file of the UI as it is sent: index.html gets this response's nonce in place of the
 * placeholder (in its CSP meta and its csp-nonce meta), matching the CSP header.
 */
export function uiFileBody(file: string, content: Uint8Array, styleNonce: string): Uint8Array {
  if (!file.endsWith('.html')) return content;
  return Buffer.from(Buffer.from(content).toString('utf8').replaceAll(STYLE_NONCE_PLACEHOLDER, styleNonce), 'utf8');
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Content-Type by file extension; unknown types are served as opaque bytes (and nosniff holds). */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

// A browser never percent-encodes '.', '/', '\' or NUL in a path it built itself; seeing them
// encoded means someone is trying to smuggle a traversal past the URL parser.
const SMUGGLED_ESCAPES = /%(?:2e|2f|5c|00)/i;

export function hasSmuggledEscape(raw: string): boolean {
  return SMUGGLED_ESCAPES.test(raw);
}

/** True when `file` is strictly below `root` (both absolute); path.relative, never string prefixes. */
export function isInside(root: string, file: string, p: path.PlatformPath = path): boolean {
  const rel = p.relative(root, file);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${p.sep}`) && !p.isAbsolute(rel);
}

/**
 * Maps a raw URL pathname (still percent-encoded, no query) to a file inside `root`, or null when it
 * is malformed or could name anything outside. A path ending in '/' means its index.html. Dot
 * segments are refused, not repaired. The check is lexical; callers that can meet symlinks compare
 * real paths as well.
 */
export function resolveStaticPath(root: string, rawPathname: string, p: path.PlatformPath = path): string | null {
  if (!rawPathname.startsWith('/') || rawPathname.includes('\\') || rawPathname.includes('\0')) return null;
  if (hasSmuggledEscape(rawPathname)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPathname);
  } catch {
    return null;
  }
  if (/[\0\\:]/.test(decoded)) return null;
  const segments = decoded.split('/').slice(1);
  if (segments.some((s) => s === '..' || s === '.')) return null;
  if (decoded.endsWith('/')) segments.push('index.html');
  const absoluteRoot = p.resolve(root);
  const file = p.resolve(absoluteRoot, ...segments.filter((s) => s !== ''));
  return isInside(absoluteRoot, file, p) ? file : null;
}
