// The app:// handler against a real folder: headers, content types, methods and a symlink escape.
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppProtocolHandler } from '../../electron/main/app-protocol-handler';
import { contentTypeOf as mimeTypeFor } from '../../electron/core/static-files';
import { contentSecurityPolicy, STYLE_NONCE_PLACEHOLDER } from '../../electron/shared/csp';

let base: string;
let root: string;
let handle: ReturnType<typeof createAppProtocolHandler>;

beforeAll(async () => {
  base = await fsp.mkdtemp(path.join(os.tmpdir(), 'shell-protocol-'));
  root = path.join(base, 'renderer');
  await fsp.mkdir(path.join(root, 'assets'), { recursive: true });
  await fsp.writeFile(path.join(root, 'index.html'), `<!doctype html><title>司法所台账</title><meta property="csp-nonce" nonce="${STYLE_NONCE_PLACEHOLDER}">`);
  await fsp.writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await fsp.writeFile(path.join(base, 'secret.txt'), 'top secret');
  await fsp.symlink(path.join(base, 'secret.txt'), path.join(root, 'assets', 'leak.txt'));
  await fsp.symlink(base, path.join(root, 'up'), 'dir');
  handle = createAppProtocolHandler(root, { readFile: (f) => fsp.readFile(f), realpath: (f) => fsp.realpath(f) });
});

afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => handle({ url, method });

describe('createAppProtocolHandler', () => {
  it('serves index.html with the CSP and nosniff', async () => {
    const response = await get('app://ledger/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const policy = response.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1] ?? '';
    expect(nonce).toHaveLength(24);
    expect(policy).toBe(contentSecurityPolicy(nonce));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const html = await response.text();
    expect(html).toContain('司法所台账');
    expect(html).toContain(`<meta property="csp-nonce" nonce="${nonce}">`);
    expect(html).not.toContain(STYLE_NONCE_PLACEHOLDER);
    const again = (await get('app://ledger/')).headers.get('content-security-policy');
    expect(again).not.toBe(policy);
  });

  it('serves assets with their content type; HEAD has no body', async () => {
    const js = await get('app://ledger/assets/app.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
    const head = await get('app://ledger/assets/app.js', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
  });

  it('answers 404 (with the security headers) for missing files, folders and hostile paths', async () => {
    for (const url of ['app://ledger/missing.js', 'app://ledger/assets', 'app://ledger/%2e%2e/secret.txt', 'app://evil/index.html']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toMatch(/^default-src 'none'; script-src 'self'; style-src 'self' 'nonce-/);
    }
  });

  it('does not follow symlinks out of the root', async () => {
    for (const url of ['app://ledger/assets/leak.txt', 'app://ledger/up/secret.txt']) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('top secret');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://ledger/index.html', 'POST')).status).toBe(405);
    expect((await get('app://ledger/index.html', 'PUT')).status).toBe(405);
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['a.html', 'text/html; charset=utf-8'],
    ['a.JS', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.png', 'image/png'],
    ['a.woff2', 'font/woff2'],
    ['a.json', 'application/json; charset=utf-8'],
    ['favicon.ico', 'image/x-icon'],
    ['a.exe', 'application/octet-stream'],
    ['README', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});
