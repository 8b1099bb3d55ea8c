// Mediator training through dispatch: a mediator's records, the register of all training, validation, audit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeIdNumber } from '../../electron/core/demo-data';
import type { Mediator } from '../../electron/shared/schemas/mediator';
import type { MediatorTraining } from '../../electron/shared/schemas/mediator-training';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';
import { addCommittee, mediatorOf, tableCounts } from './mediator-helpers';

let core: TempCore;
let wang: Mediator;
let li: Mediator;
beforeEach(async () => {
  core = openTempCore();
  const committeeId = addCommittee(core, '玄武门社区人民调解委员会');
  wang = await ok<Mediator>(core, 'mediator.create', mediatorOf(committeeId));
  li = await ok<Mediator>(core, 'mediator.create', mediatorOf(committeeId, { name: '李明', idNumber: makeIdNumber('320102', '1985-02-03', 'female', 2) }));
});
afterEach(() => core.cleanup());

const course = { title: '全区人民调解员集中培训', kind: 'centralized', startDate: '2026-05-11', endDate: '2026-05-13', hours: 24, organizer: '区司法局' };
type Page = { items: MediatorTraining[]; total: number };

describe('mediator training', () => {
  it('records, lists newest first, updates and deletes, each with an audit row', async () => {
    const first = await ok<MediatorTraining>(core, 'mediatorTraining.create', { mediatorId: wang.id, ...course });
    expect(first).toMatchObject({ mediatorId: wang.id, mediatorName: '王调解', hours: 24 });
    const second = await ok<MediatorTraining>(core, 'mediatorTraining.create', { mediatorId: wang.id, title: '庭审观摩', kind: 'trialObservation', startDate: '2026-09-01' });
    expect(second).toMatchObject({ endDate: null, hours: null, organizer: null, note: null });
    const own = await ok<Page>(core, 'mediatorTraining.list', { mediatorId: wang.id });
    expect(own.items.map((t) => t.id)).toEqual([second.id, first.id]);
    const updated = await ok<MediatorTraining>(core, 'mediatorTraining.update', { id: first.id, data: { ...course, hours: 32 } });
    expect(updated).toMatchObject({ hours: 32, mediatorName: '王调解' });
    await ok(core, 'mediatorTraining.delete', { id: second.id });
    expect((await ok<Page>(core, 'mediatorTraining.list', { mediatorId: wang.id })).total).toBe(1);
    const methods = core.handle.sqlite.prepare("SELECT method FROM audit_log WHERE entity = 'mediatorTraining' ORDER BY id").pluck().all();
    expect(methods).toEqual(['mediatorTraining.create', 'mediatorTraining.create', 'mediatorTraining.update', 'mediatorTraining.delete']);
  });

  it.each([
    [{ title: '' }, 'title', '请填写培训名称'],
    [{ kind: 'business' }, 'kind', '请选择培训类型'],
    [{ endDate: '2026-05-01' }, 'endDate', '结束日期不能早于开始日期'],
    [{ hours: 0 }, 'hours', '学时应在1–2000之间'],
    [{ hours: 2001 }, 'hours', '学时应在1–2000之间'],
    [{ hours: 1.5 }, 'hours', '学时应为整数'],
    [{ startDate: '2026-12-01', endDate: null }, 'startDate', '开始日期不能晚于今天'],
    [{ mediatorId: undefined }, 'mediatorId', '请选择调解员'],
    [{ mediatorId: 999 }, 'mediatorId', '该调解员不存在或已被删除'],
  ])('rejects %j on its field and writes nothing', async (bad, field, message) => {
    const before = tableCounts(core);
    const result = await core.dispatch('mediatorTraining.create', { mediatorId: wang.id, ...course, ...bad });
    expect(result).toMatchObject({ ok: false, error: { field, message } });
    expect(tableCounts(core)).toEqual(before);
  });

  it('refuses a bad update on the nested field and leaves the record as it was', async () => {
    const t = await ok<MediatorTraining>(core, 'mediatorTraining.create', { mediatorId: wang.id, ...course });
    expect(await core.dispatch('mediatorTraining.update', { id: t.id, data: { ...course, endDate: '2026-01-01' } })).toEqual({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'data.endDate', message: '结束日期不能早于开始日期' },
    });
    expect((await ok<Page>(core, 'mediatorTraining.list', {})).items).toEqual([t]);
    expect(await core.dispatch('mediatorTraining.update', { id: 99, data: course })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.dispatch('mediatorTraining.delete', { id: 99 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.dispatch('mediatorTraining.list', { mediatorId: 99 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'mediatorId' } });
  });

  it('serves the register of all training: year, kind, search by mediator name, paging and sorting', async () => {
    await ok(core, 'mediatorTraining.create', { mediatorId: wang.id, ...course });
    await ok(core, 'mediatorTraining.create', { mediatorId: li.id, title: '网络课程：调解技巧', kind: 'online', startDate: '2026-03-02', hours: 8 });
    await ok(core, 'mediatorTraining.create', { mediatorId: li.id, title: '案例研讨会', kind: 'caseStudy', startDate: '2025-12-20', hours: 4 });
    const list = async (input: object) => (await ok<Page>(core, 'mediatorTraining.list', input)).items.map((t) => `${t.mediatorName}:${t.startDate}`);
    expect(await list({})).toEqual(['王调解:2026-05-11', '李明:2026-03-02', '李明:2025-12-20']);
    expect(await list({ year: 2025 })).toEqual(['李明:2025-12-20']);
    expect(await list({ kind: 'online' })).toEqual(['李明:2026-03-02']);
    expect(await list({ q: 'lm' })).toEqual(['李明:2026-03-02', '李明:2025-12-20']);
    expect(await list({ q: '王' })).toEqual(['王调解:2026-05-11']);
    expect(await list({ q: '研讨' })).toEqual(['李明:2025-12-20']);
    expect(await list({ sort: 'hours', order: 'asc' })).toEqual(['李明:2025-12-20', '李明:2026-03-02', '王调解:2026-05-11']);
    const page2 = await ok<Page>(core, 'mediatorTraining.list', { page: 2, pageSize: 2 });
    expect([page2.total, page2.items.length]).toEqual([3, 1]);
    expect(await core.dispatch('mediatorTraining.list', { year: 1800 })).toEqual({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'year', message: '年度应在1949–2100之间' },
    });
  });
});
