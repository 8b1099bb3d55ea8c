// Investigation rounds through dispatch: create/list/get/update/delete, period rules, one routine round, cascade with audit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InvestigationDetail, InvestigationRow } from '../../electron/shared/schemas/investigation';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';

let core: TempCore; // today is 2026-11-27 in Asia/Shanghai
beforeEach(() => {
  core = openTempCore();
});
afterEach(() => core.cleanup());

const round = {
  level: 'street', period: '2026-11-H1', kind: 'routine', conductedOn: '2026-11-12', grid: '东城第三网格',
  investigators: '李明、王芳', method: '走访', responsible: '张所长', reportedOn: '2026-11-14', note: null,
};
const finding = {
  category: '08', summary: '拆迁补偿款分配争议', parties: '赵某、钱某', grid: '东城第三网格', riskLevel: 'high',
  responsible: '李明', status: 'pending', major: true, resolvedOn: null, note: null,
};
const count = (table: string) => core.handle.sqlite.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
type Page = { items: InvestigationRow[]; total: number };

describe('investigation rounds', () => {
  it('records rounds, lists them with counts and filters, and marks 零报告', async () => {
    const zero = await ok<{ id: number }>(core, 'investigation.create', round);
    const found = await ok<{ id: number }>(core, 'investigation.create', { ...round, period: '2026-11-H2', conductedOn: '2026-11-20', reportedOn: null, investigators: '周强' });
    const district = await ok<{ id: number }>(core, 'investigation.create', { ...round, level: 'district', period: '2026-10', kind: 'special', conductedOn: '2026-10-08', responsible: '孙科长' });
    await ok(core, 'investigationFinding.create', { investigationId: found.id, ...finding });
    await ok(core, 'investigationFinding.create', { investigationId: found.id, ...finding, major: false, riskLevel: 'low' });

    const all = await ok<Page>(core, 'investigation.list', { sort: 'period', order: 'desc' });
    expect(all.items.map((r) => r.id)).toEqual([found.id, zero.id, district.id]);
    expect(all.items[0]).toMatchObject({ findingsCount: 2, majorOpenCount: 1, zeroReport: false });
    expect(all.items[1]).toMatchObject({ findingsCount: 0, majorOpenCount: 0, zeroReport: true });

    const ids = async (input: object) => (await ok<Page>(core, 'investigation.list', input)).items.map((r) => r.id).sort();
    expect(await ids({ level: 'district' })).toEqual([district.id]);
    expect(await ids({ kind: 'routine' })).toEqual([zero.id, found.id].sort());
    expect(await ids({ zeroReport: true })).toEqual([zero.id, district.id].sort());
    expect(await ids({ zeroReport: false })).toEqual([found.id]);
    expect(await ids({ year: 2025 })).toEqual([]);
    expect(await ids({ q: '周强' })).toEqual([found.id]);
    expect(await ids({ q: '孙科' })).toEqual([district.id]);
    expect(await ids({ q: '第三网格' })).toHaveLength(3);
    expect(await ids({ q: '100%' })).toEqual([]);

    const detail = await ok<InvestigationDetail>(core, 'investigation.get', { id: zero.id });
    expect(detail).toMatchObject({ ...round, zeroReport: true, findings: [] });
    const withFindings = await ok<InvestigationDetail>(core, 'investigation.get', { id: found.id });
    expect(withFindings.findings.map((f) => f.summary)).toEqual([finding.summary, finding.summary]);
    expect(withFindings.findings[0]).not.toHaveProperty('caseId');
  });

  it('refuses a second 日常排查 for the same level and period, but not a 专项 one', async () => {
    await ok(core, 'investigation.create', round);
    const again = await core.dispatch('investigation.create', { ...round, conductedOn: '2026-11-13' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'period' } });
    expect(!again.ok && again.error.message).toContain('2026年11月上半月已登记日常排查');
    await ok(core, 'investigation.create', { ...round, kind: 'special' });
    await ok(core, 'investigation.create', { ...round, kind: 'keyPeriod' });
    await ok(core, 'investigation.create', { ...round, level: 'district', period: '2026-11' });
    expect(count('investigation')).toBe(4);
    // Moving another routine round onto the taken period is refused too.
    const other = await ok<{ id: number }>(core, 'investigation.create', { ...round, period: '2026-11-H2', conductedOn: '2026-11-20', reportedOn: null });
    const moved = await core.dispatch('investigation.update', { id: other.id, data: round });
    expect(moved).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'period' } });
  });

  it.each([
    [{ level: 'county' }, 'level', '请选择排查层级'],
    [{ period: '2026-11' }, 'period', '街道排查按半月，排查期间应为上半月或下半月'],
    [{ level: 'district' }, 'period', '区级排查按月，排查期间应为整月'],
    [{ period: '2026-11-H3' }, 'period', '排查期间格式不正确（如 2026-11-H1 或 2026-11）'],
    [{ period: '' }, 'period', '请选择排查期间'],
    [{ kind: 'weekly' }, 'kind', '请选择排查类型'],
    [{ conductedOn: '2026-10-31' }, 'conductedOn', '排查日期不能早于排查期间的开始（2026-11-01）'],
    [{ period: '2026-11-H2', conductedOn: '2026-11-28', reportedOn: null }, 'conductedOn', '排查日期不能晚于今天'],
    [{ conductedOn: '2026-11-31' }, 'conductedOn', '排查日期应为有效日期（如 2026-01-31）'],
    [{ investigators: '  ' }, 'investigators', '请填写排查人'],
    [{ responsible: '' }, 'responsible', '请填写负责人'],
    [{ reportedOn: '2026-11-11' }, 'reportedOn', '上报日期不能早于排查日期'],
    [{ reportedOn: '2026-11-30' }, 'reportedOn', '上报日期不能晚于今天'],
    [{ note: '注'.repeat(501) }, 'note', '备注不能超过500个字'],
  ])('rejects %j on its field and writes nothing', async (bad, field, message) => {
    const result = await core.dispatch('investigation.create', { ...round, ...bad });
    expect(result).toMatchObject({ ok: false, error: { field, message } });
    expect(count('investigation')).toBe(0);
    expect(count('audit_log')).toBe(0);
  });

  it('updates a round, but not to a day after one of its disputes was resolved', async () => {
    const created = await ok<{ id: number }>(core, 'investigation.create', round);
    const updated = await ok<{ method: string }>(core, 'investigation.update', { id: created.id, data: { ...round, method: '座谈' } });
    expect(updated.method).toBe('座谈');
    await ok(core, 'investigationFinding.create', { investigationId: created.id, ...finding, status: 'resolved', resolvedOn: '2026-11-13' });
    const late = await core.dispatch('investigation.update', { id: created.id, data: { ...round, conductedOn: '2026-11-14' } });
    expect(late).toMatchObject({ ok: false, error: { field: 'conductedOn', message: '本次排查发现的纠纷已于 2026-11-13 化解，排查日期不能晚于该日期' } });
    const missing = await core.dispatch('investigation.update', { id: 999, data: round });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '该排查记录不存在或已被删除' } });
    const methods = core.handle.sqlite.prepare("SELECT method FROM audit_log WHERE entity = 'investigation' ORDER BY id").pluck().all();
    expect(methods).toEqual(['investigation.create', 'investigation.update']);
  });

  it('deletes a round with its findings, keeping them in the audit row', async () => {
    const created = await ok<{ id: number }>(core, 'investigation.create', round);
    await ok(core, 'investigationFinding.create', { investigationId: created.id, ...finding });
    await ok(core, 'investigation.delete', { id: created.id });
    expect(count('investigation')).toBe(0);
    expect(count('investigation_finding')).toBe(0);
    const before = core.handle.sqlite.prepare("SELECT before FROM audit_log WHERE method = 'investigation.delete'").pluck().get() as string;
    expect(JSON.parse(before)).toMatchObject({ period: '2026-11-H1', findings: [{ summary: finding.summary, major: true }] });
    expect(await core.dispatch('investigation.get', { id: created.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.dispatch('investigation.delete', { id: created.id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('rejects a malformed list request in Chinese', async () => {
    expect(await core.dispatch('investigation.list', { zeroReport: 'yes' })).toMatchObject({
      ok: false,
      error: { field: 'zeroReport', message: '零报告筛选应为是或否' },
    });
    expect(await core.dispatch('investigation.list', { sort: 'grid' })).toMatchObject({ ok: false, error: { field: 'sort' } });
  });
});
