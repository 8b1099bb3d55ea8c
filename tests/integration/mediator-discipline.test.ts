// Mediator discipline events (人民调解法 Art.15) through dispatch: CRUD, validation, leftOn untouched, audit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mediator } from '../../electron/shared/schemas/mediator';
import type { MediatorDiscipline } from '../../electron/shared/schemas/mediator-discipline';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';
import { addCommittee, mediatorOf, tableCounts } from './mediator-helpers';

let core: TempCore;
let m: Mediator;
beforeEach(async () => {
  core = openTempCore();
  m = await ok<Mediator>(core, 'mediator.create', mediatorOf(addCommittee(core, '玄武门社区人民调解委员会')));
});
afterEach(() => core.cleanup());

const event = { occurredOn: '2026-08-15', kind: 'dismissal', reason: 'bribe', detail: '收受当事人礼品' };

describe('mediator discipline', () => {
  it('records, lists newest first, updates and deletes, each with an audit row, and leaves 离任日期 alone', async () => {
    const first = await ok<MediatorDiscipline>(core, 'mediatorDiscipline.create', { mediatorId: m.id, ...event });
    expect(first).toMatchObject({ mediatorId: m.id, ...event });
    expect((await ok<Mediator>(core, 'mediator.get', { id: m.id })).leftOn).toBeNull();
    const earlier = await ok<MediatorDiscipline>(core, 'mediatorDiscipline.create', { mediatorId: m.id, occurredOn: '2026-02-01', kind: 'criticism', reason: 'partiality' });
    expect(earlier.detail).toBeNull();
    const list = await ok<{ items: MediatorDiscipline[] }>(core, 'mediatorDiscipline.list', { mediatorId: m.id });
    expect(list.items.map((d) => d.id)).toEqual([first.id, earlier.id]);
    const updated = await ok<MediatorDiscipline>(core, 'mediatorDiscipline.update', { id: first.id, data: { ...event, kind: 'removal' } });
    expect(updated.kind).toBe('removal');
    await ok(core, 'mediatorDiscipline.delete', { id: earlier.id });
    expect((await ok<{ items: MediatorDiscipline[] }>(core, 'mediatorDiscipline.list', { mediatorId: m.id })).items).toEqual([updated]);
    const methods = core.handle.sqlite.prepare("SELECT method FROM audit_log WHERE entity = 'mediatorDiscipline' ORDER BY id").pluck().all();
    expect(methods).toEqual(['mediatorDiscipline.create', 'mediatorDiscipline.create', 'mediatorDiscipline.update', 'mediatorDiscipline.delete']);
  });

  it.each([
    [{ occurredOn: '' }, 'occurredOn', '处理日期应为有效日期（如 2026-01-31）'],
    [{ occurredOn: '2026-12-01' }, 'occurredOn', '处理日期不能晚于今天'],
    [{ occurredOn: '1960-01-01' }, 'occurredOn', '处理日期应晚于调解员的出生日期'],
    [{ kind: 'warning' }, 'kind', '请选择处理方式'],
    [{ reason: 'late' }, 'reason', '请选择事由'],
    [{ reason: 'other', detail: '' }, 'detail', '事由为“其他”的，请填写具体情况'],
    [{ mediatorId: 999 }, 'mediatorId', '该调解员不存在或已被删除'],
  ])('rejects %j on its field and writes nothing', async (bad, field, message) => {
    const before = tableCounts(core);
    const result = await core.dispatch('mediatorDiscipline.create', { mediatorId: m.id, ...event, ...bad });
    expect(result).toMatchObject({ ok: false, error: { field, message } });
    expect(tableCounts(core)).toEqual(before);
  });

  it('refuses a bad update on the nested field, and unknown ids', async () => {
    const d = await ok<MediatorDiscipline>(core, 'mediatorDiscipline.create', { mediatorId: m.id, ...event });
    expect(await core.dispatch('mediatorDiscipline.update', { id: d.id, data: { ...event, reason: 'other', detail: null } })).toEqual({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'data.detail', message: '事由为“其他”的，请填写具体情况' },
    });
    expect((await ok<{ items: MediatorDiscipline[] }>(core, 'mediatorDiscipline.list', { mediatorId: m.id })).items).toEqual([d]);
    expect(await core.dispatch('mediatorDiscipline.update', { id: 99, data: event })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.dispatch('mediatorDiscipline.delete', { id: 99 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.dispatch('mediatorDiscipline.list', { mediatorId: 99 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'mediatorId' } });
  });
});
