// Accounts through the transport entry (dispatchAs): setup, login lockout and its audit rows, idle lock, epochs, recovery, guards.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempCore, sessionOf, TEST_PASSWORD, type TempCore } from '../helpers/temp-core';

const OFFICE = { name: '玄武门司法所', code: '320102002', district: '玄武区', township: '玄武门街道' };
const ADMIN = { username: 'Suozhang', displayName: '王所长', password: TEST_PASSWORD, confirm: TEST_PASSWORD };
const T0 = '2026-11-27T02:00:00.000Z';
const minutesAfter = (m: number) => new Date(Date.parse(T0) + m * 60_000).toISOString();

let core: TempCore;
beforeEach(() => {
  core = openTempCore({ now: T0 });
});
afterEach(() => core.cleanup());

async function setUp() {
  const win = sessionOf(core, 'ipc:1');
  const done = await win.ok<{ user: { id: number; username: string }; recoveryCode: string }>('auth.setup', { office: OFFICE, admin: ADMIN });
  return { win, ...done };
}

const loginRows = () =>
  core.handle.sqlite
    .prepare("SELECT method, actor, entity_id AS entityId, after FROM audit_log WHERE entity = 'user_account' AND method IN ('auth.login', 'auth.unlock') ORDER BY id")
    .all()
    .map((r) => {
      const row = r as { method: string; actor: string; entityId: string | null; after: string };
      return { ...row, after: JSON.parse(row.after) as Record<string, unknown> };
    });

describe('first-run setup', () => {
  it('needs the office when there is none, creates the admin once, logs this session in and shows the recovery code', async () => {
    const anon = sessionOf(core, 'ipc:1');
    expect(await anon.ok('auth.status')).toEqual({ needsSetup: true, office: null, user: null, locked: false, idleLockMinutes: 15 });
    expect(await anon.call('auth.setup', { admin: ADMIN })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'office' } });
    const { user, recoveryCode } = await setUp();
    expect(user).toMatchObject({ username: 'suozhang', displayName: '王所长', role: 'admin' });
    expect(recoveryCode).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){4}$/);
    expect(await anon.ok('auth.status')).toMatchObject({ needsSetup: false, office: { name: '玄武门司法所', code: '320102002' }, user: { username: 'suozhang' } });
    expect(await sessionOf(core, 'ipc:2').call('auth.setup', { admin: { ...ADMIN, username: 'other' } })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const stored = core.handle.sqlite.prepare('SELECT password_hash AS p FROM user_account').pluck().get() as string;
    expect(stored).toMatch(/^scrypt\$17\$8\$1\$/);
    const audit = JSON.stringify(core.handle.sqlite.prepare('SELECT * FROM audit_log').all());
    expect(audit).not.toContain(TEST_PASSWORD);
    expect(audit).not.toContain(stored.split('$')[5]);
    expect(audit).not.toContain(recoveryCode);
  });
});

describe('login', () => {
  it('locks the account after exactly 5 wrong passwords for 15 minutes, audits every attempt and the lock', async () => {
    await setUp();
    const browser = sessionOf(core, 'web:b');
    for (let i = 1; i <= 4; i++) {
      expect(await browser.call('auth.login', { username: 'suozhang', password: `wrong${i}` })).toEqual({ ok: false, error: { code: 'UNAUTHORIZED', message: '用户名或密码不正确' } });
    }
    const fifth = await browser.call('auth.login', { username: 'suozhang', password: 'wrong5' });
    // Locked until 02:15Z = 10:15 in Shanghai.
    expect(fifth).toEqual({ ok: false, error: { code: 'UNAUTHORIZED', message: '该账户因连续5次密码错误已锁定，请于10:15后再试或联系管理员解锁' } });
    // Locked: even the right password is refused, without being checked.
    core.setNow(minutesAfter(14));
    expect(await browser.call('auth.login', { username: 'SuoZhang', password: TEST_PASSWORD })).toMatchObject({ ok: false, error: { message: expect.stringContaining('已锁定') } });
    expect(await browser.call('app.info', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    core.setNow(minutesAfter(15));
    expect(await browser.ok('auth.login', { username: 'suozhang', password: TEST_PASSWORD })).toMatchObject({ username: 'suozhang' });
    expect(await browser.call('app.info', {})).toMatchObject({ ok: true });

    const rows = loginRows();
    expect(rows.map((r) => [r.after.result, r.after.reason ?? null])).toEqual([
      ['failure', 'wrong-password'],
      ['failure', 'wrong-password'],
      ['failure', 'wrong-password'],
      ['failure', 'wrong-password'],
      ['failure', 'wrong-password'],
      ['locked', null],
      ['refused', 'locked'],
      ['success', null],
    ]);
    // Not logged in yet: the actor says so and names the user name that was tried.
    expect(rows.every((r) => r.actor === '未登录（suozhang）' && r.entityId === '1')).toBe(true);
    expect(rows[5]!.after.lockedUntil).toBe(minutesAfter(15));
    // A success resets the count: 4 more failures do not lock.
    for (let i = 0; i < 4; i++) await browser.call('auth.login', { username: 'suozhang', password: 'nope' });
    expect(core.handle.sqlite.prepare('SELECT failed_attempts AS n, locked_until AS u FROM user_account').get()).toEqual({ n: 4, u: null });
  }, 60_000);

  it('answers an unknown name like a wrong password, audited without an account id', async () => {
    await setUp();
    const result = await sessionOf(core, 'web:x').call('auth.login', { username: 'nobody', password: 'whatever1' });
    expect(result).toEqual({ ok: false, error: { code: 'UNAUTHORIZED', message: '用户名或密码不正确' } });
    expect(loginRows().at(-1)).toMatchObject({ entityId: null, after: { result: 'failure', reason: 'unknown-user', username: 'nobody' } });
  });

  it('names the logged-in user as the actor of the changes made through the session', async () => {
    const { win } = await setUp();
    await win.ok('office.save', { ...OFFICE, township: '梅园新村街道' });
    expect(core.handle.sqlite.prepare("SELECT actor FROM audit_log WHERE method = 'office.save'").pluck().get()).toBe('王所长（suozhang）');
    // The trusted in-process dispatch keeps its configured actor.
    await core.dispatch('office.save', OFFICE);
    expect(core.handle.sqlite.prepare("SELECT actor FROM audit_log WHERE method = 'office.save' ORDER BY id DESC").pluck().get()).toBe('tester');
  });
});

describe('idle lock and session end', () => {
  it('locks a session idle longer than idle_lock_minutes; only its user unlocks it, with the password', async () => {
    const { win } = await setUp();
    await win.ok('security.save', { idleLockMinutes: 5 });
    core.setNow(minutesAfter(4));
    expect(await win.call('staff.list', {})).toMatchObject({ ok: true });
    core.setNow(minutesAfter(9.5));
    expect(await win.call('staff.list', {})).toEqual({ ok: false, error: { code: 'LOCKED', message: '长时间未操作，已自动锁定，请输入密码解锁' } });
    expect(await win.ok('auth.status')).toMatchObject({ user: { username: 'suozhang' }, locked: true });
    expect(await win.call('auth.unlock', { password: 'wrong' })).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(await win.ok('auth.unlock', { password: TEST_PASSWORD })).toMatchObject({ username: 'suozhang' });
    expect(await win.call('staff.list', {})).toMatchObject({ ok: true });
    // The 锁定 button: locked at once, audited.
    await win.ok('auth.lock');
    expect(await win.call('staff.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(core.handle.sqlite.prepare("SELECT after FROM audit_log WHERE method = 'auth.lock'").pluck().get()).toContain('session-locked');
    // A session nobody logged in on cannot unlock anything; endSession (window closed) and logout end the login.
    expect(await sessionOf(core, 'ipc:9').call('auth.unlock', { password: TEST_PASSWORD })).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    core.endSession('ipc:1');
    expect(await win.call('staff.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED', message: '请先登录' } });
  }, 30_000);

  it('ends other sessions when a password is reset or changed, or the account is disabled', async () => {
    const { win: admin } = await setUp();
    const staff = await admin.ok<{ id: number }>('user.create', { username: 'xiaoli', displayName: '李明', role: 'staff', password: TEST_PASSWORD, confirm: TEST_PASSWORD });
    const one = sessionOf(core, 'web:one');
    const two = sessionOf(core, 'web:two');
    await one.ok('auth.login', { username: 'xiaoli', password: TEST_PASSWORD });
    await two.ok('auth.login', { username: 'xiaoli', password: TEST_PASSWORD });
    // Changing one's own password keeps this session and ends the other.
    await one.ok('auth.changePassword', { current: TEST_PASSWORD, password: 'xinmima2026', confirm: 'xinmima2026' });
    expect(await one.call('staff.list', {})).toMatchObject({ ok: true });
    expect(await two.call('staff.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    // An admin's reset ends it too.
    await admin.ok('user.resetPassword', { id: staff.id, password: 'chongzhi2026', confirm: 'chongzhi2026' });
    expect(await one.call('staff.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    await one.ok('auth.login', { username: 'xiaoli', password: 'chongzhi2026' });
    await admin.ok('user.update', { id: staff.id, displayName: '李明', role: 'staff', disabled: true });
    expect(await one.call('staff.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(await one.call('auth.login', { username: 'xiaoli', password: 'chongzhi2026' })).toMatchObject({ ok: false, error: { message: '该账户已停用，请联系管理员' } });
    // A role change applies at the next call.
    await admin.ok('user.update', { id: staff.id, displayName: '李明', role: 'readonly', disabled: false });
    await one.ok('auth.login', { username: 'xiaoli', password: 'chongzhi2026' });
    expect(await one.call('office.save', OFFICE)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '当前账户（只读）无权执行此操作' } });
  }, 60_000);
});

describe('account guards', () => {
  it('keeps one enabled admin, refuses disabling oneself and a taken name; unlock clears a lock', async () => {
    const { win, user } = await setUp();
    expect(await win.call('user.update', { id: user.id, displayName: '王所长', role: 'staff', disabled: false })).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'role' } });
    const other = await win.ok<{ id: number }>('user.create', { username: 'fusuo', displayName: '副所长', role: 'admin', password: TEST_PASSWORD, confirm: TEST_PASSWORD });
    expect(await win.call('user.update', { id: user.id, displayName: '王所长', role: 'admin', disabled: true })).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'disabled' } });
    expect(await win.call('user.create', { username: 'FUSUO', displayName: '重名', role: 'staff', password: TEST_PASSWORD, confirm: TEST_PASSWORD })).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'username' } });
    await win.ok('user.update', { id: other.id, displayName: '副所长', role: 'admin', disabled: true });
    expect(await win.call('user.update', { id: user.id, displayName: '王所长', role: 'readonly', disabled: false })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    core.handle.sqlite.prepare("UPDATE user_account SET failed_attempts = 5, locked_until = '2026-11-27T02:10:00.000Z' WHERE id = ?").run(other.id);
    expect(await win.ok('user.unlock', { id: other.id })).toMatchObject({ lockedUntil: null });
    const list = await win.ok<{ items: Record<string, unknown>[] }>('user.list');
    expect(list.items.map((u) => u.username)).toEqual(['suozhang', 'fusuo']);
    expect(JSON.stringify(list)).not.toMatch(/scrypt|password/i);
  }, 30_000);
});

describe('recovery code', () => {
  it('resets a forgotten admin password once per code, rotating it; 5 wrong codes suspend recovery for 15 minutes', async () => {
    const { recoveryCode } = await setUp();
    const anon = sessionOf(core, 'web:forgot');
    const input = { username: 'suozhang', password: 'huifu2026x', confirm: 'huifu2026x' };
    const used = await anon.ok<{ user: { username: string }; recoveryCode: string }>('auth.recover', { ...input, recoveryCode: recoveryCode.toLowerCase() });
    expect(used.user.username).toBe('suozhang');
    expect(used.recoveryCode).not.toBe(recoveryCode);
    expect(await anon.call('app.info', {})).toMatchObject({ ok: true });
    expect(await sessionOf(core, 'web:n').ok('auth.login', { username: 'suozhang', password: 'huifu2026x' })).toMatchObject({ role: 'admin' });
    // The old code is spent.
    expect(await anon.call('auth.recover', { ...input, recoveryCode })).toEqual({ ok: false, error: { code: 'UNAUTHORIZED', message: '用户名或恢复码不正确' } });
    for (let i = 0; i < 3; i++) await anon.call('auth.recover', { ...input, recoveryCode: 'AAAA-BBBB-CCCC-DDDD-EEEE' });
    const fifth = await anon.call('auth.recover', { ...input, recoveryCode: 'AAAA-BBBB-CCCC-DDDD-EEEE' });
    expect(fifth).toMatchObject({ ok: false, error: { message: expect.stringContaining('恢复码连续5次错误') } });
    expect(await anon.call('auth.recover', { ...input, recoveryCode: used.recoveryCode })).toMatchObject({ ok: false, error: { message: expect.stringContaining('恢复码连续5次错误') } });
    core.setNow(minutesAfter(16));
    expect(await anon.ok('auth.recover', { ...input, recoveryCode: used.recoveryCode })).toMatchObject({ user: { username: 'suozhang' } });
  }, 90_000);

  it('works only for an admin account', async () => {
    const { win, recoveryCode } = await setUp();
    await win.ok('user.create', { username: 'staff1', displayName: '职员', role: 'staff', password: TEST_PASSWORD, confirm: TEST_PASSWORD });
    const result = await sessionOf(core, 'web:s').call('auth.recover', { username: 'staff1', recoveryCode, password: 'huifu2026x', confirm: 'huifu2026x' });
    expect(result).toEqual({ ok: false, error: { code: 'UNAUTHORIZED', message: '用户名或恢复码不正确' } });
    // A new code needs the admin's own password, and the old one stops working.
    expect(await win.call('auth.newRecoveryCode', { password: 'wrong' })).toMatchObject({ ok: false, error: { field: 'password' } });
    const fresh = await win.ok<{ recoveryCode: string }>('auth.newRecoveryCode', { password: TEST_PASSWORD });
    const input = { username: 'suozhang', password: 'huifu2026x', confirm: 'huifu2026x' };
    expect(await sessionOf(core, 'web:t').call('auth.recover', { ...input, recoveryCode })).toMatchObject({ ok: false });
    expect(await sessionOf(core, 'web:t').call('auth.recover', { ...input, recoveryCode: fresh.recoveryCode })).toMatchObject({ ok: true });
  }, 60_000);
});
