// Office profile and the dispatcher's envelope: unknown methods, bad shapes, no exception escapes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrationCount, ok, openTempCore, type TempCore } from '../helpers/temp-core';

let core: TempCore;
beforeEach(() => {
  core = openTempCore();
});
afterEach(() => core.cleanup());

const office = { name: '玄武门司法所', code: '320102002', district: '玄武区', township: '玄武门街道' };

describe('office profile', () => {
  it('is empty at first, then saved and updated in place with audit rows', async () => {
    expect(await ok(core, 'office.get', {})).toBeNull();
    const saved = await ok<Record<string, unknown>>(core, 'office.save', { ...office, phone: '' });
    expect(saved).toMatchObject({ ...office, address: null, head: null, phone: null });
    core.setNow('2026-12-01T00:00:00.000Z');
    const updated = await ok<Record<string, unknown>>(core, 'office.save', { ...office, head: '黄宇航' });
    expect(updated).toMatchObject({ head: '黄宇航', createdAt: saved.createdAt, updatedAt: '2026-12-01T00:00:00.000Z' });
    expect(await ok(core, 'office.get', {})).toEqual(updated);
    const audit = core.handle.sqlite.prepare('SELECT method, before IS NULL AS fresh FROM audit_log ORDER BY id').all();
    expect(audit).toEqual([{ method: 'office.save', fresh: 1 }, { method: 'office.save', fresh: 0 }]);
  });

  it('accepts a code typed full-width', async () => {
    expect(await ok(core, 'office.save', { ...office, code: '３２０１０２００２' })).toMatchObject({ code: '320102002' });
  });

  it.each([
    [{ code: '32010200' }, 'code', '机构代码应为乡镇（街道）区划代码：9位或12位数字'],
    [{ code: '990102002' }, 'code', '机构代码前两位应为省级行政区划代码'],
    [{ code: '910102002' }, 'code', '机构代码前两位应为省级行政区划代码'],
    [{ name: '' }, 'name', '请填写司法所名称'],
    [{ township: undefined }, 'township', '请填写街道（乡镇）'],
  ])('rejects %j', async (bad, field, message) => {
    expect(await core.dispatch('office.save', { ...office, ...bad })).toEqual({ ok: false, error: { code: 'VALIDATION_FAILED', field, message } });
    expect(await ok(core, 'office.get', {})).toBeNull();
  });
});

describe('dispatch', () => {
  it('answers unknown methods, odd names and prototype keys with UNKNOWN_METHOD', async () => {
    for (const name of ['staff.drop', '__proto__', 'constructor', 'toString', '']) {
      expect(await core.dispatch(name, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });

  it('turns wrong input shapes into Chinese validation errors', async () => {
    for (const input of [null, 42, 'x', [], { id: 'one' }, { id: 1.5 }, { id: -1 }]) {
      const result = await core.dispatch('staff.get', input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('VALIDATION_FAILED');
        expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    expect(await core.dispatch('office.get', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });

  it('reports app info', async () => {
    expect(await ok(core, 'app.info', {})).toMatchObject({ version: '0.0.0-test', schemaVersion: migrationCount(), counts: { staff: 0 } });
  });
});
