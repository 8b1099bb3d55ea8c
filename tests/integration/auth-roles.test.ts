// The role check of every contract method through the transport entry, and fuzzed anonymous calls: always a structured refusal.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../electron/shared/contract';
import { permissionOf, roleMay } from '../../electron/shared/access';
import { errorCodes } from '../../electron/shared/errors';
import { loginAs, openTempCore, sessionOf, type LoggedIn, type TempCore } from '../helpers/temp-core';

let core: TempCore;
const as: Partial<Record<'admin' | 'staff' | 'readonly', LoggedIn>> = {};
beforeAll(async () => {
  core = openTempCore();
  as.admin = await loginAs(core, 'admin');
  as.staff = await loginAs(core, 'staff');
  as.readonly = await loginAs(core, 'readonly');
}, 60_000);
afterAll(() => core.cleanup());

/** Methods that would end or lock the calling session, or take a password: checked for the refusal only. */
const sessionChanging = new Set(['auth.logout', 'auth.lock', 'auth.login', 'auth.setup', 'auth.recover', 'auth.unlock']);
const refusals = ['UNAUTHORIZED', 'FORBIDDEN', 'LOCKED'];

describe('role enforcement in the core', () => {
  it('refuses every non-public method to a session nobody logged in on', async () => {
    const anon = sessionOf(core, 'web:anonymous');
    for (const method of methodNames) {
      const result = await anon.call(method, method === 'auth.unlock' ? { password: 'x' } : {});
      if (method === 'auth.lock' || method === 'auth.unlock') {
        // Public (a locked session must reach them), but there is no login here to lock or unlock.
        expect(result, method).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
      } else if (permissionOf(method) === 'public') {
        expect(result.ok || !refusals.includes(result.error.code), method).toBe(true);
      } else {
        expect(result, method).toEqual({ ok: false, error: { code: 'UNAUTHORIZED', message: '请先登录' } });
      }
    }
  });

  it.each(['readonly', 'staff', 'admin'] as const)('lets %s call exactly what roleMay allows', async (role) => {
    const session = as[role]!;
    const forbidden: string[] = [];
    for (const method of methodNames) {
      if (sessionChanging.has(method)) continue;
      const result = await session.call(method, {});
      if (!roleMay(role, method)) {
        expect(result, method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
        forbidden.push(method);
      } else {
        expect(result.ok || !refusals.includes(result.error.code), `${method}: ${JSON.stringify(result)}`).toBe(true);
      }
    }
    if (role === 'admin') expect(forbidden).toEqual([]);
    if (role === 'staff') expect(forbidden).toEqual(methodNames.filter((m) => permissionOf(m) === 'admin'));
    if (role === 'readonly') {
      expect(forbidden).toContain('staff.create');
      expect(forbidden).toContain('attachment.read');
      expect(forbidden).toContain('user.list');
      expect(forbidden).not.toContain('staff.list');
    }
  }, 120_000);

  it('keeps a refused call from changing anything', async () => {
    const count = () => core.handle.sqlite.prepare('SELECT COUNT(*) FROM audit_log').pluck().get();
    const before = count();
    const refused = await as.readonly!.call('office.save', { name: '玄武门司法所', code: '320102002', district: '玄武区', township: '玄武门街道' });
    expect(refused).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '当前账户（只读）无权执行此操作' } });
    expect(await as.staff!.call('user.create', {})).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '当前账户（工作人员）无权执行此操作' } });
    expect(count()).toBe(before);
    expect(await as.staff!.call('office.save', { name: '玄武门司法所', code: '320102002', district: '玄武区', township: '玄武门街道' })).toMatchObject({ ok: true });
  });
});

describe('fuzzed calls from an anonymous session', () => {
  it('always answer with a structured error or success, never INTERNAL', async () => {
    const anon = sessionOf(core, 'web:fuzz');
    const method = fc.oneof(fc.constantFrom(...methodNames), fc.string({ maxLength: 40 }));
    await fc.assert(
      fc.asyncProperty(method, fc.jsonValue({ maxDepth: 3 }), async (name, input) => {
        const result = await anon.call(name, input);
        if (result.ok) return;
        expect(errorCodes).toContain(result.error.code);
        expect(result.error.code).not.toBe('INTERNAL');
        expect(typeof result.error.message).toBe('string');
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
