// The mediator register through dispatch on a real SQLite file: CRUD, ID checks, expert pool rule, list filters, cascade with audit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeIdNumber } from '../../electron/core/demo-data';
import type { Mediator, MediatorInput, MediatorListItem } from '../../electron/shared/schemas/mediator';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';
import { addCommittee, mediatorOf, tableCounts } from './mediator-helpers';

let core: TempCore;
let committeeId: number;
beforeEach(() => {
  core = openTempCore(); // today is 2026-11-27 in Asia/Shanghai
  committeeId = addCommittee(core, '玄武门社区人民调解委员会');
});
afterEach(() => core.cleanup());

const person = (overrides: Partial<MediatorInput> = {}) => mediatorOf(committeeId, overrides);

describe('mediator register', () => {
  it('creates, reads, updates and deletes, with the committee name and an audit row for each change', async () => {
    const created = await ok<Mediator>(core, 'mediator.create', person({ idNumber: '11010519491231002x' }));
    expect(created).toMatchObject({
      id: 1, idNumber: '11010519491231002X', birthDate: '1949-12-31', gender: 'female',
      committeeName: '玄武门社区人民调解委员会', employment: 'fullTime', inExpertPool: false, expertField: null,
    });
    expect(await ok(core, 'mediator.get', { id: created.id })).toEqual(created);

    const other = addCommittee(core, '物业纠纷人民调解委员会', 'professional');
    core.setNow('2026-11-28T02:00:00.000Z');
    const updated = await ok<Mediator>(core, 'mediator.update', {
      id: created.id,
      data: person({ idNumber: created.idNumber, committeeId: other, employment: 'partTime', leftOn: '2026-11-01' }),
    });
    expect(updated).toMatchObject({ committeeName: '物业纠纷人民调解委员会', employment: 'partTime', leftOn: '2026-11-01', updatedAt: '2026-11-28T02:00:00.000Z' });

    expect(await ok(core, 'mediator.delete', { id: created.id })).toEqual({ id: created.id });
    expect(await core.dispatch('mediator.get', { id: created.id })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: '该调解员不存在或已被删除' },
    });
    const methods = core.handle.sqlite.prepare("SELECT method FROM audit_log WHERE entity = 'mediator' ORDER BY id").pluck().all();
    expect(methods).toEqual(['mediator.create', 'mediator.update', 'mediator.delete']);
  });

  it.each([
    [{ name: ' ' }, 'name', '请填写姓名'],
    [{ idNumber: '110105194912310021' }, 'idNumber', '身份证号码校验位不正确，请核对'],
    [{ phone: '12345' }, 'phone', '联系电话格式不正确（手机11位，或区号-座机号）'],
    [{ employment: 'volunteer' }, 'employment', '请选择专兼职'],
    [{ committeeId: 0 }, 'committeeId', '请选择所属调解委员会'],
    [{ inExpertPool: true, expertField: ' ' }, 'expertField', '已入选专家库的，请填写专长领域'],
    [{ startedOn: '1960-01-01' }, 'startedOn', '任职日期应晚于出生日期'],
    [{ startedOn: '2027-01-01' }, 'startedOn', '任职日期不能晚于今天'],
    [{ leftOn: '2010-01-01' }, 'leftOn', '离任日期不能早于任职日期'],
    [{ leftOn: '2026-12-01' }, 'leftOn', '离任日期不能晚于今天'],
    [{ leftOn: '2026-02-30' }, 'leftOn', '离任日期应为有效日期（如 2026-01-31）'],
  ] as [Partial<MediatorInput>, string, string][])('rejects %j with a Chinese error on the field and writes nothing', async (bad, field, message) => {
    const before = tableCounts(core);
    const result = await core.dispatch('mediator.create', person(bad));
    expect(result).toEqual({ ok: false, error: { code: 'VALIDATION_FAILED', field, message } });
    expect(tableCounts(core)).toEqual(before);
  });

  it('refuses a committee that does not exist, on the field', async () => {
    expect(await core.dispatch('mediator.create', person({ committeeId: 99 }))).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', field: 'committeeId', message: '所选调解委员会不存在或已被删除' },
    });
    expect(tableCounts(core).mediator).toBe(0);
  });

  it('keeps the expert field only for members of the expert pool', async () => {
    const expert = await ok<Mediator>(core, 'mediator.create', person({ inExpertPool: true, expertField: '婚姻家庭' }));
    expect(expert).toMatchObject({ inExpertPool: true, expertField: '婚姻家庭' });
    const out = await ok<Mediator>(core, 'mediator.update', { id: expert.id, data: person({ inExpertPool: false, expertField: '婚姻家庭' }) });
    expect(out).toMatchObject({ inExpertPool: false, expertField: null });
    const bad = await core.dispatch('mediator.update', { id: expert.id, data: person({ inExpertPool: true, expertField: null }) });
    expect(bad).toEqual({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'data.expertField', message: '已入选专家库的，请填写专长领域' } });
    expect(await ok(core, 'mediator.get', { id: expert.id })).toEqual(out);
  });

  it('refuses a second mediator with the same ID number, on create and on update', async () => {
    const first = await ok<Mediator>(core, 'mediator.create', person());
    const other = await ok<Mediator>(core, 'mediator.create', person({ name: '李四', idNumber: makeIdNumber('320102', '1980-05-06', 'male', 11) }));
    const before = tableCounts(core);
    expect(await core.dispatch('mediator.create', person({ name: '赵六', idNumber: first.idNumber.toLowerCase() }))).toEqual({
      ok: false,
      error: { code: 'CONFLICT', field: 'idNumber', message: '该身份证号码已登记为调解员（王调解）' },
    });
    const clash = await core.dispatch('mediator.update', { id: other.id, data: person({ name: '李四' }) });
    expect(clash).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'idNumber' } });
    expect(tableCounts(core)).toEqual(before);
    expect(await ok(core, 'mediator.get', { id: other.id })).toEqual(other);
    expect(await core.dispatch('mediator.update', { id: 99, data: person() })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.dispatch('mediator.delete', { id: 99 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('deletes training and discipline rows with the mediator, and keeps them in the audit row', async () => {
    const m = await ok<Mediator>(core, 'mediator.create', person());
    await ok(core, 'mediatorTraining.create', { mediatorId: m.id, title: '全区人民调解员培训', kind: 'centralized', startDate: '2026-04-10', hours: 16 });
    await ok(core, 'mediatorDiscipline.create', { mediatorId: m.id, occurredOn: '2026-06-01', kind: 'criticism', reason: 'insult', detail: '调解中言语失当' });
    await ok(core, 'mediator.delete', { id: m.id });
    expect(tableCounts(core)).toMatchObject({ mediator: 0, training: 0, discipline: 0 });
    const before = core.handle.sqlite.prepare("SELECT before FROM audit_log WHERE method = 'mediator.delete'").pluck().get() as string;
    expect(JSON.parse(before)).toMatchObject({
      name: '王调解',
      trainings: [{ title: '全区人民调解员培训', hours: 16 }],
      disciplines: [{ kind: 'criticism', reason: 'insult', detail: '调解中言语失当' }],
    });
  });

  describe('list', () => {
    const names = ['张三', '李四', '王五', '单雄信', '曾小贤'];
    let second: number;
    beforeEach(async () => {
      second = addCommittee(core, '医患纠纷人民调解委员会', 'professional');
      for (const [i, name] of names.entries()) {
        core.setNow(`2026-11-0${i + 1}T02:00:00.000Z`);
        await ok(core, 'mediator.create', person({
          name,
          idNumber: makeIdNumber('320102', `198${i}-01-1${i}`, i % 2 ? 'male' : 'female', i),
          committeeId: i < 3 ? committeeId : second,
          employment: i % 2 ? 'partTime' : 'fullTime',
          inExpertPool: i === 4,
          expertField: i === 4 ? '医疗' : null,
          leftOn: i === 2 ? '2026-10-01' : null,
        }));
      }
      core.setNow('2026-11-27T02:00:00.000Z');
      await ok(core, 'mediatorTraining.create', { mediatorId: 1, title: '去年的培训', kind: 'online', startDate: '2025-11-26' });
      await ok(core, 'mediatorTraining.create', { mediatorId: 2, title: '今年的培训', kind: 'centralized', startDate: '2025-11-27' });
      await ok(core, 'mediatorTraining.create', { mediatorId: 2, title: '更早的培训', kind: 'centralized', startDate: '2024-03-01' });
    });

    const names$ = async (input: object) =>
      (await ok<{ items: MediatorListItem[] }>(core, 'mediator.list', { sort: 'name', ...input })).items.map((m) => m.name);

    it('finds by name, pinyin initials and ID number', async () => {
      expect(await names$({ q: '张' })).toEqual(['张三']);
      expect(await names$({ q: 'sxx' })).toEqual(['单雄信']);
      expect(await names$({ q: 'zeng' })).toEqual(['曾小贤']);
      expect(await names$({ q: makeIdNumber('320102', '1981-01-11', 'male', 1).slice(6, 14) })).toEqual(['李四']);
      expect(await names$({ q: '%' })).toEqual([]);
    });

    it('filters by committee, employment, expert pool, in post and training due', async () => {
      expect(await names$({ committeeId: second })).toEqual(['单雄信', '曾小贤']);
      expect(await names$({ employment: 'partTime' })).toEqual(['李四', '单雄信']);
      expect(await names$({ inExpertPool: true })).toEqual(['曾小贤']);
      expect(await names$({ active: false })).toEqual(['王五']);
      expect(await names$({ active: true, committeeId })).toEqual(['李四', '张三']);
      // 张三 trained 2025-11-26 (more than a year before 2026-11-27); 王五 left, so is not due.
      expect(await names$({ trainingDue: true })).toEqual(['单雄信', '曾小贤', '张三']);
      expect(await names$({ trainingDue: false })).toEqual(['李四', '王五']);
      // The total counts the same rows as the page (its query has no join, so the subquery must name its table).
      const due = await ok<{ items: MediatorListItem[]; total: number }>(core, 'mediator.list', { trainingDue: true });
      expect(due.total).toBe(due.items.length);
    });

    it('counts a training from its last day, as the 工作台 rule does', async () => {
      await ok(core, 'mediatorTraining.create', { mediatorId: 4, title: '跨年轮岗', kind: 'rotation', startDate: '2025-10-01', endDate: '2025-12-01' });
      expect(await names$({ trainingDue: true })).toEqual(['曾小贤', '张三']);
      const summary = await ok<{ count: number; items: { label: string }[] }>(core, 'reminder.mediatorUntrained', {});
      expect(summary.items.map((i) => i.label).sort()).toEqual(['张三', '曾小贤'].sort());
    });

    it('returns the latest training date and the committee name, pages and sorts by them', async () => {
      const page = await ok<{ items: MediatorListItem[]; total: number }>(core, 'mediator.list', { sort: 'lastTrainingOn', order: 'desc', pageSize: 2 });
      expect(page.total).toBe(5);
      expect(page.items.map((m) => [m.name, m.lastTrainingOn, m.committeeName])).toEqual([
        ['李四', '2025-11-27', '玄武门社区人民调解委员会'],
        ['张三', '2025-11-26', '玄武门社区人民调解委员会'],
      ]);
      expect(await core.dispatch('mediator.list', { sort: 'idNumber' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'sort' } });
      expect(await core.dispatch('mediator.list', { employment: 'x' })).toEqual({
        ok: false,
        error: { code: 'VALIDATION_FAILED', field: 'employment', message: '请选择专兼职' },
      });
    });
  });
});
