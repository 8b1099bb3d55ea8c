// Case settings (defaults, partial update, audit, validation) and the dispute categories (order, local sub-types, guards).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseSettings, DisputeCategory } from '../../electron/shared/schemas/setting';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';

let core: TempCore;
beforeEach(() => {
  core = openTempCore();
});
afterEach(() => core.cleanup());

const defaults = {
  entryDeadlineDay: 7,
  concludeWithinDays: 30,
  followUpDays: 30,
  confirmationDays: 30,
  dossierNumberPattern: '（{年}）{简称}调字第{序号:3}号',
  retentionPeriods: ['永久', '长期', '短期'],
};

describe('setting.get / setting.update', () => {
  it('gives the defaults, writes only the keys given, and audits before/after', async () => {
    expect(await ok(core, 'setting.get', {})).toEqual(defaults);
    const after = await ok<CaseSettings>(core, 'setting.update', { entryDeadlineDay: 10 });
    expect(after).toEqual({ ...defaults, entryDeadlineDay: 10 });
    expect(core.handle.sqlite.prepare('SELECT key FROM setting').pluck().all()).toEqual(['entryDeadlineDay']);
    const audit = core.handle.sqlite.prepare("SELECT before, after FROM audit_log WHERE entity = 'setting'").get() as { before: string; after: string };
    expect(JSON.parse(audit.before)).toEqual(defaults);
    expect(JSON.parse(audit.after)).toMatchObject({ entryDeadlineDay: 10 });
  });

  it('refuses bad values and unknown keys, and falls back to the default for an unreadable stored value', async () => {
    expect(await core.dispatch('setting.update', { entryDeadlineDay: 29 })).toMatchObject({ ok: false, error: { field: 'entryDeadlineDay' } });
    expect(await core.dispatch('setting.update', { dossierNumberPattern: '{年}{编号}' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(await core.dispatch('setting.update', { dossierNumberPattern: '（{年}）调字第{序号:3}号' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'dossierNumberPattern', message: '卷号格式须包含{简称}，否则各调委会的卷号会重复' },
    });
    expect(await core.dispatch('setting.update', { retentionPeriods: ['永久', '永久'] })).toMatchObject({ ok: false });
    expect(await core.dispatch('setting.update', { colour: 'red' })).toMatchObject({ ok: false });
    core.handle.sqlite.prepare("INSERT INTO setting (key, value, updated_at) VALUES ('followUpDays', '\"x\"', 'now')").run();
    expect(await ok<CaseSettings>(core, 'setting.get', {})).toMatchObject({ followUpDays: 30 });
  });
});

describe('disputeCategory', () => {
  const list = async () => (await ok<{ items: DisputeCategory[] }>(core, 'disputeCategory.list', {})).items;

  it('lists the national 15 in order with local sub-types right after their parent', async () => {
    expect((await list()).map((c) => c.code)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '99']);
    const first = await ok<DisputeCategory>(core, 'disputeCategory.create', { label: '拖欠农民工工资纠纷', parentCode: '10' });
    const second = await ok<DisputeCategory>(core, 'disputeCategory.create', { label: '其他劳动争议纠纷', parentCode: '10' });
    const other = await ok<DisputeCategory>(core, 'disputeCategory.create', { label: '电子商务纠纷', parentCode: '99' });
    expect([first.code, second.code, other.code]).toEqual(['1001', '1002', '9901']);
    expect(first).toMatchObject({ parentCode: '10', builtin: false, active: true });
    const codes = (await list()).map((c) => c.code);
    expect(codes.slice(9, 13)).toEqual(['10', '1001', '1002', '11']);
    expect(codes.slice(-2)).toEqual(['99', '9901']);
    expect(await core.dispatch('disputeCategory.create', { label: '拖欠农民工工资纠纷', parentCode: '04' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'label' } });
  });

  it('keeps built-in labels, never deactivates 其他, and lets local ones be renamed or deactivated', async () => {
    expect(await core.dispatch('disputeCategory.update', { code: '02', label: '邻居纠纷', active: true })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field: 'label' } });
    expect(await core.dispatch('disputeCategory.update', { code: '99', label: null, active: false })).toMatchObject({ ok: false, error: { field: 'active' } });
    expect(await ok(core, 'disputeCategory.update', { code: '09', label: null, active: false })).toMatchObject({ code: '09', label: '环境污染纠纷', active: false });
    const local = await ok<DisputeCategory>(core, 'disputeCategory.create', { label: '物业费纠纷', parentCode: '14' });
    expect(await ok(core, 'disputeCategory.update', { code: local.code, label: '物业服务费纠纷', active: false })).toMatchObject({ label: '物业服务费纠纷', active: false });
    expect(await core.dispatch('disputeCategory.update', { code: '7777', label: null, active: true })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
