// The web bridge's login: the session cookie, /api refused before a login and served after; an in-app restore ends every session.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup } from '../../electron/core/backup';
import { newToken, startWebServer, type WebServer } from '../../electron/web/server';
import { loginAs, makeTempDir, ok, openTempCore, TEST_PASSWORD, type TempCore } from '../helpers/temp-core';

let core: TempCore;
let web: WebServer;
let staticRoot: string;
const token = newToken();

beforeAll(async () => {
  core = openTempCore();
  staticRoot = makeTempDir('ledger-static-');
  fs.writeFileSync(path.join(staticRoot, 'index.html'), '<!doctype html><title>司法所台账</title>');
  web = await startWebServer({ dispatchAs: core.dispatchAs, staticRoot, token, port: 0, renameSession: core.renameSession, endSession: core.endSession });
  await ok(core, 'user.create', { username: 'wang', displayName: '王', role: 'staff', password: TEST_PASSWORD, confirm: TEST_PASSWORD });
});
afterAll(async () => {
  await web.close();
  core.cleanup();
  fs.rmSync(staticRoot, { recursive: true, force: true });
});

async function api(method: string, input: unknown, cookie?: string) {
  const res = await fetch(`${web.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(input),
  });
  return { status: res.status, setCookie: res.headers.getSetCookie(), body: (await res.json()) as { ok: boolean; error?: { code: string } } };
}
const sidOf = (cookies: string[]) => cookies.find((c) => c.startsWith('ledger_sid_'))?.split(';')[0];

describe('web bridge login', () => {
  it('gives a session cookie at the token exchange, refuses /api until a login and serves it after', async () => {
    const port = new URL(web.origin).port;
    const open = await fetch(`${web.origin}/?token=${token}`, { redirect: 'manual' });
    const cookies = open.headers.getSetCookie();
    expect(cookies).toHaveLength(2);
    const sidCookie = cookies.find((c) => c.startsWith(`ledger_sid_${port}=`))!;
    expect(sidCookie).toMatch(/; HttpOnly; SameSite=Strict; Path=\/$/);
    const tokenCookie = cookies[0]!.split(';')[0]!;
    const before = `${tokenCookie}; ${sidCookie.split(';')[0]}`;
    // A browser that already has a session keeps it at the next token exchange.
    const again = await fetch(`${web.origin}/?token=${token}`, { redirect: 'manual', headers: { cookie: before } });
    expect(sidOf(again.headers.getSetCookie())).toBeUndefined();

    const refused = await api('staff.list', {}, before);
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect((await api('auth.status', {}, before)).body).toMatchObject({ ok: true, value: { user: null, needsSetup: false } });
    // A failed login keeps the cookie; a successful one hands out a fresh session id (no session fixation).
    const wrong = await api('auth.login', { username: 'wang', password: 'wrong-one' }, before);
    expect(wrong.body).toMatchObject({ ok: false });
    expect(sidOf(wrong.setCookie)).toBeUndefined();
    const login = await api('auth.login', { username: 'wang', password: TEST_PASSWORD }, before);
    expect(login.body).toMatchObject({ ok: true });
    const freshSid = sidOf(login.setCookie)!;
    expect(freshSid).toMatch(/^ledger_sid_\d+=[A-Za-z0-9_-]{43}$/);
    expect(freshSid).not.toBe(sidCookie.split(';')[0]);
    const browser = `${tokenCookie}; ${freshSid}`;
    expect((await api('staff.list', {}, browser)).body).toMatchObject({ ok: true });
    // The id the browser had before the login (which another page could have planted) is not logged in.
    expect((await api('staff.list', {}, before)).body).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    // An unlock moves the session to a fresh id as well.
    await api('auth.lock', {}, browser);
    const unlocked = await api('auth.unlock', { password: TEST_PASSWORD }, browser);
    expect(unlocked.body).toMatchObject({ ok: true });
    const unlockedSid = sidOf(unlocked.setCookie)!;
    expect(unlockedSid).toBeDefined();
    expect(unlockedSid).not.toBe(freshSid);
    expect((await api('staff.list', {}, browser)).body).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    const after = `${tokenCookie}; ${unlockedSid}`;
    expect((await api('staff.list', {}, after)).body).toMatchObject({ ok: true });
    // Another browser (another session cookie) with the same token is not logged in.
    const other = `${cookies[0]!.split(';')[0]}; ledger_sid_${port}=${'x'.repeat(40)}`;
    expect((await api('staff.list', {}, other)).body).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    // Without the token the session cookie alone is refused before the core.
    expect((await api('staff.list', {}, sidCookie.split(';')[0])).status).toBe(401);
    expect((await api('auth.logout', {}, after)).body).toMatchObject({ ok: true });
    expect((await api('staff.list', {}, after)).body).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  }, 30_000);

  it('hands a session cookie to a token-authorised API client that has none, and a fresh one at its login', async () => {
    const first = await api('auth.status', {});
    const sid = sidOf(first.setCookie);
    expect(sid).toMatch(/^ledger_sid_\d+=[A-Za-z0-9_-]{43}$/);
    const res = await fetch(`${web.origin}/api/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, cookie: sid! },
      body: JSON.stringify({ username: 'wang', password: TEST_PASSWORD }),
    });
    const fresh = sidOf(res.headers.getSetCookie());
    expect(fresh).toMatch(/^ledger_sid_\d+=[A-Za-z0-9_-]{43}$/);
    expect(fresh).not.toBe(sid);
    expect(await res.json()).toMatchObject({ ok: true });
    const list = (cookie: string) =>
      fetch(`${web.origin}/api/staff.list`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, cookie }, body: '{}' });
    const served = await list(fresh!);
    expect(served.headers.getSetCookie()).toEqual([]);
    expect(await served.json()).toMatchObject({ ok: true });
    expect(await (await list(sid!)).json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });
});

describe('in-app restore through the host', () => {
  it('reopens the core on the restored file, with a new handle, and ends every session', async () => {
    const own = openTempCore();
    try {
      const admin = await loginAs(own, 'admin');
      const office = (name: string) => ({ name, code: '320102002', district: '玄武区', township: '玄武门街道' });
      await admin.ok('office.save', office('备份前司法所'));
      await createBackup({ sqlite: own.handle.sqlite, dataDir: own.dir, root: path.join(own.dir, 'backups'), kind: 'manual', now: new Date(), appVersion: 't' });
      await admin.ok('office.save', office('备份后司法所'));
      const backupDir = path.join(own.dir, 'backups', 'manual', fs.readdirSync(path.join(own.dir, 'backups', 'manual'))[0]!);
      const oldHandle = own.handle;
      const result = own.restoreFrom(backupDir);
      expect(fs.existsSync(path.join(result.asideDir, 'ledger.sqlite'))).toBe(true);
      expect(oldHandle.sqlite.open).toBe(false);
      expect(own.handle).not.toBe(oldHandle);
      expect(own.handle.sqlite.open).toBe(true);
      expect(await admin.call('office.get', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
      await admin.ok('auth.login', { username: admin.user.username, password: TEST_PASSWORD });
      expect(await admin.ok('office.get')).toMatchObject({ name: '备份前司法所' });
      // A refused restore (not a backup) leaves the data and reopens it.
      expect(() => own.restoreFrom(own.dir)).toThrow();
      expect(await ok(own, 'office.get', {})).toMatchObject({ name: '备份前司法所' });
    } finally {
      own.cleanup();
    }
  }, 60_000);
});
