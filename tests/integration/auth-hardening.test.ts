// Review fixes of the auth core: parallel logins cannot pass the lockout, own-password checks are counted, a restore keeps the accounts and refuses logins in flight.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackup } from '../../electron/core/backup';
import { openTempCore, sessionOf, TEST_PASSWORD, type TempCore } from '../helpers/temp-core';

const OFFICE = { name: '玄武门司法所', code: '320102002', district: '玄武区', township: '玄武门街道' };
const ADMIN = { username: 'suozhang', displayName: '王所长', password: TEST_PASSWORD, confirm: TEST_PASSWORD };

let core: TempCore;
beforeEach(() => {
  core = openTempCore();
});
afterEach(() => {
  vi.restoreAllMocks();
  core.cleanup();
});

const accountRow = () => core.handle.sqlite.prepare('SELECT failed_attempts AS n, locked_until AS until, session_epoch AS epoch FROM user_account WHERE id = 1').get() as { n: number; until: string | null; epoch: number };
const attemptResults = (method: string) =>
  core.handle.sqlite
    .prepare("SELECT after FROM audit_log WHERE entity = 'user_account' AND method = ? ORDER BY id")
    .pluck()
    .all(method)
    .map((a) => JSON.parse(a as string) as { result: string; reason?: string; purpose?: string });

async function backupNow(c: TempCore): Promise<string> {
  await createBackup({ sqlite: c.handle.sqlite, dataDir: c.dir, root: path.join(c.dir, 'backups'), kind: 'manual', now: new Date(), appVersion: 't' });
  const manual = path.join(c.dir, 'backups', 'manual');
  return path.join(manual, fs.readdirSync(manual).sort().at(-1)!);
}

describe('lockout under parallel attempts', () => {
  it('checks at most 5 passwords out of 11 parallel logins and ends with the account locked', async () => {
    await sessionOf(core, 'ipc:1').ok('auth.setup', { office: OFFICE, admin: ADMIN });
    const scrypt = vi.spyOn(crypto, 'scrypt');
    const attempts = Array.from({ length: 11 }, (_, i) =>
      sessionOf(core, `web:${i}`).call('auth.login', { username: 'suozhang', password: i === 10 ? TEST_PASSWORD : `wrong${i}` }),
    );
    const results = await Promise.all(attempts);
    expect(scrypt.mock.calls.length).toBeLessThanOrEqual(5);
    expect(accountRow().until).not.toBeNull();
    const rows = attemptResults('auth.login');
    const checked = rows.filter((r) => r.result === 'failure' || r.result === 'success');
    expect(checked.length).toBeLessThanOrEqual(5);
    expect(rows.filter((r) => r.result === 'refused').length).toBe(11 - checked.length);
    expect(rows.filter((r) => r.result === 'locked')).toHaveLength(1);
    // The right password was refused (it came after the lock), so no session is logged in.
    expect(results[10]).toMatchObject({ ok: false, error: { message: expect.stringContaining('已锁定') } });
    for (let i = 0; i < 11; i++) expect(await sessionOf(core, `web:${i}`).call('app.info', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  }, 60_000);
});

describe('own-password checks count like logins', () => {
  it('locks the account after 5 wrong current passwords to auth.changePassword and ends its sessions', async () => {
    const win = sessionOf(core, 'ipc:1');
    await win.ok('auth.setup', { office: OFFICE, admin: ADMIN });
    const other = sessionOf(core, 'ipc:2');
    await other.ok('auth.login', { username: 'suozhang', password: TEST_PASSWORD });
    const change = (current: string) => win.call('auth.changePassword', { current, password: 'xinmima2027', confirm: 'xinmima2027' });
    for (let i = 1; i <= 4; i++) {
      expect(await change(`cuowu${i}`)).toEqual({ ok: false, error: { code: 'VALIDATION_FAILED', message: '当前密码不正确', field: 'current' } });
    }
    expect(accountRow()).toMatchObject({ n: 4, until: null });
    expect(await change('cuowu5')).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED', message: expect.stringContaining('已锁定') } });
    expect(accountRow().until).not.toBeNull();
    // The right password is refused now; both sessions of the account ended.
    expect(await change(TEST_PASSWORD)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(await other.call('app.info', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED', message: '请先登录' } });
    const rows = attemptResults('auth.changePassword');
    expect(rows.filter((r) => r.result === 'failure')).toHaveLength(5);
    expect(rows.every((r) => r.purpose === 'change-password')).toBe(true);
    expect(rows.map((r) => r.result)).toContain('locked');
    expect(JSON.stringify(rows)).not.toContain('cuowu');
  }, 60_000);

  it('counts a wrong password to auth.newRecoveryCode and resets the count on the right one', async () => {
    const win = sessionOf(core, 'ipc:1');
    await win.ok('auth.setup', { office: OFFICE, admin: ADMIN });
    expect(await win.call('auth.newRecoveryCode', { password: 'wrong' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'password' } });
    expect(accountRow().n).toBe(1);
    expect(attemptResults('auth.newRecoveryCode').at(-1)).toMatchObject({ result: 'failure', purpose: 'new-recovery-code' });
    await win.ok('auth.newRecoveryCode', { password: TEST_PASSWORD });
    expect(accountRow().n).toBe(0);
  }, 30_000);
});

describe('in-app restore and the accounts', () => {
  it('keeps the current accounts when the backup has none, audited in the restored log', async () => {
    const backupDir = await backupNow(core);
    const win = sessionOf(core, 'ipc:1');
    await win.ok('auth.setup', { office: OFFICE, admin: ADMIN });
    core.restoreFrom(backupDir);
    const anon = sessionOf(core, 'ipc:3');
    expect(await anon.ok('auth.status')).toMatchObject({ needsSetup: false, user: null });
    expect(await anon.call('auth.setup', { office: OFFICE, admin: { ...ADMIN, username: 'intruder' } })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await win.call('app.info', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    await win.ok('auth.login', { username: 'suozhang', password: TEST_PASSWORD });
    const carried = core.handle.sqlite.prepare("SELECT after FROM audit_log WHERE method = 'backup.restore' AND entity = 'user_account'").pluck().get() as string;
    expect(JSON.parse(carried)).toMatchObject({ result: 'carried-over', usernames: ['suozhang'] });
    expect(core.handle.sqlite.prepare('SELECT recovery_hash IS NOT NULL FROM auth_state').pluck().get()).toBe(1);
  }, 60_000);

  it('refuses a login whose password check was running when the restore happened', async () => {
    const win = sessionOf(core, 'ipc:1');
    await win.ok('auth.setup', { office: OFFICE, admin: ADMIN });
    const backupDir = await backupNow(core);
    const late = sessionOf(core, 'web:late');
    const pending = late.call('auth.login', { username: 'suozhang', password: TEST_PASSWORD });
    core.restoreFrom(backupDir);
    expect(await pending).toEqual({ ok: false, error: { code: 'UNAUTHORIZED', message: '数据已从备份恢复，请重新登录' } });
    expect(await late.call('app.info', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  }, 60_000);

  it('keeps the sessions when a restore is refused, and rethrows its own error', async () => {
    const win = sessionOf(core, 'ipc:1');
    await win.ok('auth.setup', { office: OFFICE, admin: ADMIN });
    const notABackup = fs.mkdtempSync(path.join(core.dir, 'nothing-'));
    expect(() => core.restoreFrom(notABackup)).toThrow(/备份/);
    expect(await win.call('app.info', {})).toMatchObject({ ok: true });
  }, 30_000);
});
