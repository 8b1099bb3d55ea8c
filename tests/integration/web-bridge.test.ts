// The loopback HTTP bridge: loopback only, token required, same-origin only, files contained, same dispatcher.
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES, MAX_PACKAGE_BODY_BYTES, newToken, startWebServer, type WebServer } from '../../electron/web/server';
import { MAX_PACKAGE_BYTES } from '../../electron/shared/schemas/package';
import { MAX_ATTACHMENT_BYTES } from '../../electron/shared/schemas/attachment';
import { contentSecurityPolicy, STYLE_NONCE_PLACEHOLDER } from '../../electron/shared/csp';
import { makeTempDir, ok, openTempCore, TEST_PASSWORD, type TempCore } from '../helpers/temp-core';

let core: TempCore;
let web: WebServer;
let staticRoot: string;
const token = newToken();
/** The logged-in browser's session cookie (`ledger_sid_<port>=…`). */
let session = '';

beforeAll(async () => {
  core = openTempCore();
  staticRoot = makeTempDir('ledger-static-');
  fs.writeFileSync(path.join(staticRoot, 'index.html'), `<!doctype html><title>司法所台账</title><meta property="csp-nonce" nonce="${STYLE_NONCE_PLACEHOLDER}">`);
  fs.mkdirSync(path.join(staticRoot, 'assets'));
  fs.writeFileSync(path.join(staticRoot, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(path.dirname(staticRoot), 'ledger-secret.txt'), 'secret');
  web = await startWebServer({ dispatchAs: core.dispatchAs, staticRoot, token, port: 0 });
  await ok(core, 'user.create', { username: 'web', displayName: '网页', role: 'admin', password: TEST_PASSWORD, confirm: TEST_PASSWORD });
  const login = await api('auth.login', { username: 'web', password: TEST_PASSWORD });
  session = String(login.headers['set-cookie']?.[0]).split(';')[0]!;
  expect(JSON.parse(login.body)).toMatchObject({ ok: true });
});
afterAll(async () => {
  await web.close();
  core.cleanup();
  fs.rmSync(staticRoot, { recursive: true, force: true });
});

/** A raw request, so that Host and paths are sent exactly as given. */
function request(options: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  const url = new URL(web.origin);
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: options.path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (method: string, input: unknown, headers: Record<string, string> = {}) =>
  request({
    path: `/api/${method}`,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, cookie: session, ...headers },
    body: JSON.stringify(input),
  });

describe('web bridge', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying the token', () => {
    const address = web.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
    expect(web.openUrl).toBe(`${web.origin}/?token=${token}`);
  });

  it('refuses API calls without the token, or with a wrong one', async () => {
    const none = await request({ path: '/api/staff.list', method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const wrong = await api('staff.list', {}, { authorization: `Bearer ${newToken()}` });
    expect(wrong.status).toBe(401);
  });

  it('serves the same dispatcher as IPC: results and structured errors', async () => {
    const created = await api('office.save', { name: '玄武门司法所', code: '320102002', district: '玄武区', township: '玄武门街道' });
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { name: '玄武门司法所' } });
    const bad = await api('staff.create', { name: '' });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'name', message: '请填写姓名' } });
    const unknown = await api('staff.purge', {});
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('exchanges the token in the URL for an HttpOnly same-site cookie', async () => {
    const open = await request({ path: `/?token=${token}` });
    expect(open.status).toBe(303);
    expect(open.headers.location).toBe('/');
    expect((await request({ path: `//evil.example/?token=${token}` })).headers.location).toBe('/');
    const cookie = open.headers['set-cookie']![0]!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const viaCookie = await api('office.get', {}, { authorization: '', cookie: `${cookie.split(';')[0]!}; ${session}` });
    expect(viaCookie.status).toBe(200);
    expect(JSON.parse(viaCookie.body)).toMatchObject({ ok: true });
    expect((await request({ path: `/?token=${newToken()}` })).status).toBe(401);
  });

  it('refuses other sites: foreign Origin, foreign Host (DNS rebinding), non-JSON bodies', async () => {
    expect((await api('office.get', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('office.get', {}, { host: 'evil.example' })).status).toBe(421);
    const form = await request({
      path: '/api/office.get',
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(form.status).toBe(415);
    const broken = await request({
      path: '/api/office.get',
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).error.message).toBe('请求内容不是有效的 JSON');
  });

  it('serves the UI with the CSP and never a file outside its folder', async () => {
    const index = await request({ path: '/' });
    expect(index.status).toBe(200);
    const policy = String(index.headers['content-security-policy']);
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1] ?? '';
    expect(policy).toBe(contentSecurityPolicy(nonce));
    expect(nonce).toHaveLength(24);
    expect(index.body).toContain(`nonce="${nonce}"`);
    expect(index.body).not.toContain(STYLE_NONCE_PLACEHOLDER);
    expect((await request({ path: '/' })).headers['content-security-policy']).not.toBe(policy);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect((await request({ path: '/assets/app.js' })).headers['content-type']).toMatch(/^text\/javascript/);
    for (const p of ['/../ledger-secret.txt', '/%2e%2e/ledger-secret.txt', '/assets/..%2f..%2fledger-secret.txt', '/..%5cledger-secret.txt', '/a%00b', '/%E0%A4%A']) {
      const res = await request({ path: p });
      expect(res.status, p).toBe(404);
      expect(res.body).not.toContain('secret');
    }
  });
});

/** Sends raw bytes and returns whatever comes back before the server closes or 2 s pass. */
function rawExchange(bytes: string): Promise<string> {
  const url = new URL(web.origin);
  return new Promise((resolve) => {
    const socket = net.connect(Number(url.port), url.hostname, () => socket.write(bytes));
    let answer = '';
    socket.on('data', (d) => (answer += d.toString()));
    const done = () => resolve(answer);
    socket.on('close', done);
    socket.on('error', done);
    setTimeout(() => {
      socket.destroy();
      done();
    }, 2000);
  });
}

describe('web bridge under hostile requests', () => {
  it('answers a malformed request line with 400 and keeps serving', async () => {
    const host = new URL(web.origin).host;
    const answer = await rawExchange(`GET http://[x HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect((await api('office.get', {})).status).toBe(200);
  });

  it('takes a 20 MB attachment as base64 JSON, and refuses bodies over 32 MB with 413, declared or streamed', async () => {
    expect(MAX_BODY_BYTES).toBe(32 * 1024 * 1024);
    expect(Math.ceil((MAX_ATTACHMENT_BYTES / 3) * 4) + 1024).toBeLessThan(MAX_BODY_BYTES);
    // Just under the limit is read and answered by the dispatcher (a validation error, not 413).
    const under = await api('staff.create', { name: 'x'.repeat(MAX_BODY_BYTES - 100) });
    expect(under.status).toBe(200);
    expect(JSON.parse(under.body).ok).toBe(false);
    const declared = await api('staff.create', { name: 'x'.repeat(MAX_BODY_BYTES + 10) });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body).error.message).toBe('请求内容过大');
    const chunked = await new Promise<number>((resolve, reject) => {
      const url = new URL(web.origin);
      const req = http.request(
        { host: url.hostname, port: url.port, path: '/api/staff.create', method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      const chunk = 'x'.repeat(1024 * 1024);
      for (let i = 0; i < 33; i++) req.write(chunk);
      req.end();
    });
    expect(chunked).toBe(413);
    expect((await api('office.get', {})).status).toBe(200);
  });

  it('takes a whole upload package (over 32 MB as base64) for the district methods only', async () => {
    expect(MAX_PACKAGE_BODY_BYTES).toBeGreaterThan(Math.ceil(((MAX_PACKAGE_BYTES + 1024 * 1024) / 3) * 4) + 1024);
    // 30 MB of zeros: a body of 40 MB, read and answered by the dispatcher (not a zip: a structured verify result).
    const dataBase64 = Buffer.alloc(30 * 1024 * 1024).toString('base64');
    const verify = await api('district.verify', { fileName: 'big.zip', dataBase64 });
    expect(verify.status).toBe(200);
    const result = JSON.parse(verify.body) as { ok: boolean; value: { valid: boolean; problems: { code: string }[] } };
    expect(result.ok).toBe(true);
    expect(result.value.valid).toBe(false);
    expect(result.value.problems.map((p) => p.code)).toEqual(['zipNotZip']);
    // Any other method keeps the 32 MB limit.
    expect((await api('staff.create', { name: 'x'.repeat(MAX_BODY_BYTES + 10) })).status).toBe(413);
  });
});
