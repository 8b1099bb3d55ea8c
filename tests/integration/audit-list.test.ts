// The audit log viewer's list through dispatch: newest first, each filter, the search text, the facets, input errors.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoOffice, makeIdNumber } from '../../electron/core/demo-data';
import type { AuditRow } from '../../electron/shared/schemas/audit';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';

let core: TempCore;
beforeEach(async () => {
  core = openTempCore({ now: '2026-11-25T17:00:00.000Z' }); // 2026-11-26 01:00 in Shanghai
  await ok(core, 'office.save', demoOffice);
  core.setNow('2026-11-26T17:00:00.000Z'); // 2026-11-27 in Shanghai
  const person = (name: string, n: number) => ({
    name,
    idNumber: makeIdNumber('320102', '1980-01-01', 'male', n),
    ethnicity: '01',
    politicalStatus: '01',
    education: '21',
    post: '司法助理员',
    staffingType: 'politicalLegal',
    startDate: null,
    phone: null,
    note: null,
  });
  const a = await ok<{ id: number }>(core, 'staff.create', person('张三', 1));
  await ok(core, 'staff.create', person('李四', 2));
  await ok(core, 'staff.update', { id: a.id, data: person('张三丰', 1) });
});
afterEach(() => core.cleanup());

type Page = { items: AuditRow[]; total: number };
const list = (input: object) => ok<Page>(core, 'audit.list', input);

describe('audit.list', () => {
  it('lists newest first with before/after as JSON', async () => {
    const page = await list({});
    expect(page.total).toBe(4);
    expect(page.items.map((r) => r.method)).toEqual(['staff.update', 'staff.create', 'staff.create', 'office.save']);
    const update = page.items[0]!;
    expect(update).toMatchObject({ actor: 'tester', entity: 'staff', entityId: '1', before: { name: '张三' }, after: { name: '张三丰' } });
    expect(page.items[1]!.before).toBeNull();
  });

  it('filters by entity, method, actor, record id and Shanghai date range', async () => {
    expect((await list({ entity: 'office' })).total).toBe(1);
    expect((await list({ method: 'staff.create' })).total).toBe(2);
    expect((await list({ actor: 'nobody' })).total).toBe(0);
    expect((await list({ entity: 'staff', entityId: '1' })).items.map((r) => r.method)).toEqual(['staff.update', 'staff.create']);
    expect((await list({ from: '2026-11-26', to: '2026-11-26' })).items.map((r) => r.entity)).toEqual(['office']);
    expect((await list({ from: '2026-11-27' })).total).toBe(3);
    expect((await list({ to: '2026-11-25' })).total).toBe(0);
  });

  it('searches the record text, pages, and offers the filter choices', async () => {
    expect((await list({ q: '李四' })).total).toBe(1);
    expect((await list({ q: '%' })).total).toBe(0);
    const second = await list({ page: 2, pageSize: 3 });
    expect(second.items.map((r) => r.method)).toEqual(['office.save']);
    expect(await ok(core, 'audit.facets', {})).toEqual({
      entities: ['office', 'staff'],
      methods: ['office.save', 'staff.create', 'staff.update'],
      actors: ['tester'],
    });
  });

  it('rejects a reversed date range in Chinese', async () => {
    const result = await core.dispatch('audit.list', { from: '2026-11-27', to: '2026-11-01' });
    expect(result).toEqual({ ok: false, error: { code: 'VALIDATION_FAILED', message: '开始日期不能晚于结束日期', field: 'to' } });
  });
});
