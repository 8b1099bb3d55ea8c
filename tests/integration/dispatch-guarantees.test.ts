// The dispatcher's promises, with misbehaving handlers on a real DB: all-or-nothing, audit required, output checked, nothing leaks.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staff } from '../../drizzle/schema';
import { createDispatcher } from '../../electron/core/dispatch';
import { createServices } from '../../electron/core/services';
import { asyncHandler, type CallContext, type Handler, type Handlers } from '../../electron/core/services/context';
import { AppError } from '../../electron/shared/errors';
import { openTempCore, serviceDepsOf, type TempCore } from '../helpers/temp-core';

let core: TempCore;
let logged: string[];
beforeEach(() => {
  core = openTempCore();
  logged = [];
});
afterEach(() => core.cleanup());

const person = { name: '张三', idNumber: '11010519491231002X', ethnicity: '01', politicalStatus: '01', education: '21', post: '所长', staffingType: 'politicalLegal' };

function dispatcherWith(create: Handler<'staff.create'>) {
  const real = createServices(serviceDepsOf(core));
  const handlers: Handlers = { ...real.handlers, 'staff.create': create };
  return createDispatcher({ deps: real.deps, handlers }, (message) => logged.push(message));
}

function insertRow(call: CallContext) {
  return call.db
    .insert(staff)
    .values({ ...person, gender: 'female', birthDate: '1949-12-31', nameInitials: 'zs', namePinyin: 'zhangsan', createdAt: call.now, updatedAt: call.now })
    .returning()
    .get();
}

const counts = () => ({
  staff: core.handle.sqlite.prepare('SELECT COUNT(*) FROM staff').pluck().get(),
  audit: core.handle.sqlite.prepare('SELECT COUNT(*) FROM audit_log').pluck().get(),
});

describe('dispatch guarantees', () => {
  it('rolls back the row and its audit row when the handler fails afterwards', async () => {
    const dispatch = dispatcherWith((_input, call) => {
      const row = insertRow(call);
      call.audit({ entity: 'staff', entityId: row.id, before: null, after: row });
      throw new AppError('CONFLICT', '后续检查失败', 'name');
    });
    expect(await dispatch('staff.create', person)).toEqual({ ok: false, error: { code: 'CONFLICT', message: '后续检查失败', field: 'name' } });
    expect(counts()).toEqual({ staff: 0, audit: 0 });
  });

  it('refuses and rolls back a mutation that wrote no audit row', async () => {
    const dispatch = dispatcherWith((_input, call) => {
      const { nameInitials: _i, namePinyin: _p, ...row } = insertRow(call);
      return row;
    });
    expect(await dispatch('staff.create', person)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(counts()).toEqual({ staff: 0, audit: 0 });
    expect(logged).toEqual(['[ledger] staff.create failed']);
  });

  it('refuses and rolls back a result that breaks the output schema', async () => {
    const dispatch = dispatcherWith((_input, call) => {
      const row = insertRow(call);
      call.audit({ entity: 'staff', entityId: row.id, before: null, after: row });
      return { ...row, createdAt: 'yesterday' };
    });
    expect(await dispatch('staff.create', person)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(counts()).toEqual({ staff: 0, audit: 0 });
  });

  it('runs after-commit tasks only when the transaction commits', async () => {
    const ran: string[] = [];
    const committing = dispatcherWith((_input, call) => {
      const { nameInitials: _i, namePinyin: _p, ...row } = insertRow(call);
      call.audit({ entity: 'staff', entityId: row.id, before: null, after: row });
      call.afterCommit(() => ran.push('committed'));
      return row;
    });
    expect(await committing('staff.create', person)).toMatchObject({ ok: true });
    const failing = dispatcherWith((_input, call) => {
      call.afterCommit(() => ran.push('rolled back'));
      throw new AppError('CONFLICT', '冲突');
    });
    expect(await failing('staff.create', { ...person, idNumber: '110105194912310021' })).toMatchObject({ ok: false });
    expect(ran).toEqual(['committed']);
  });

  it('an async handler writes through short transactions, each needing its audit row', async () => {
    const dispatch = dispatcherWith(
      asyncHandler<'staff.create'>(async (_input, call) => {
        await Promise.resolve();
        expect(() => call.write((tx) => insertRow(tx))).toThrow('wrote no audit row');
        expect(counts()).toEqual({ staff: 0, audit: 0 });
        const { nameInitials: _i, namePinyin: _p, ...row } = call.write((tx) => {
          const inserted = insertRow(tx);
          tx.audit({ entity: 'staff', entityId: inserted.id, before: null, after: inserted });
          return inserted;
        });
        await Promise.resolve();
        return call.read(() => row);
      }),
    );
    expect(await dispatch('staff.create', person)).toMatchObject({ ok: true, value: { name: '张三' } });
    expect(counts()).toEqual({ staff: 1, audit: 1 });
  });

  it('turns any other exception into INTERNAL without leaking its text', async () => {
    const dispatch = dispatcherWith(() => {
      throw new TypeError('SQLITE_CORRUPT at /home/secret/path');
    });
    const result = await dispatch('staff.create', person);
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: '内部错误，操作未完成，数据未作改动。' } });
    expect(JSON.stringify(result)).not.toContain('secret');
  });

  it('never rejects, even for inputs that are not JSON-like', async () => {
    const dispatch = dispatcherWith(() => {
      throw new Error('unreachable');
    });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const input of [undefined, cyclic, Symbol('x'), () => 1, new Map()]) {
      await expect(dispatch('staff.create', input)).resolves.toMatchObject({ ok: false });
    }
  });
});
