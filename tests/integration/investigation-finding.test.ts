// Findings of investigation rounds through dispatch: CRUD, the resolvedOn rule, the findings register and its filters.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FindingRow, InvestigationFinding } from '../../electron/shared/schemas/investigation-finding';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';

let core: TempCore; // today is 2026-11-27 in Asia/Shanghai
let roundId: number;
const round = {
  level: 'street', period: '2026-11-H1', kind: 'routine', conductedOn: '2026-11-12',
  investigators: '李明', responsible: '张所长',
};
const finding = {
  category: '10', summary: '工厂拖欠三名工人工资', parties: '某服装厂、刘某等三人', grid: '西街网格', riskLevel: 'medium',
  responsible: '王芳', status: 'pending', major: false, resolvedOn: null, note: null,
};
beforeEach(async () => {
  core = openTempCore();
  roundId = (await ok<{ id: number }>(core, 'investigation.create', round)).id;
});
afterEach(() => core.cleanup());

const count = (table: string) => core.handle.sqlite.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number;
type Page = { items: FindingRow[]; total: number };

describe('investigation findings', () => {
  it('records, updates and deletes a finding, each with an audit row', async () => {
    const created = await ok<InvestigationFinding>(core, 'investigationFinding.create', { investigationId: roundId, ...finding });
    expect(created).toMatchObject({ ...finding, investigationId: roundId });
    expect(created).not.toHaveProperty('caseId');
    const resolved = await ok<InvestigationFinding>(core, 'investigationFinding.update', {
      id: created.id,
      data: { ...finding, status: 'resolved', resolvedOn: '2026-11-12' },
    });
    expect(resolved).toMatchObject({ status: 'resolved', resolvedOn: '2026-11-12' });
    await ok(core, 'investigationFinding.delete', { id: created.id });
    expect(count('investigation_finding')).toBe(0);
    const methods = core.handle.sqlite.prepare("SELECT method FROM audit_log WHERE entity = 'investigationFinding' ORDER BY id").pluck().all();
    expect(methods).toEqual(['investigationFinding.create', 'investigationFinding.update', 'investigationFinding.delete']);
    expect(await core.dispatch('investigationFinding.delete', { id: created.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: '该纠纷记录不存在或已被删除' },
    });
  });

  it.each([
    [{ category: '16' }, 'category', '请选择纠纷类型'],
    [{ summary: '' }, 'summary', '请填写纠纷简要情况'],
    [{ parties: ' ' }, 'parties', '请填写当事人'],
    [{ riskLevel: 'extreme' }, 'riskLevel', '请选择风险等级'],
    [{ responsible: '' }, 'responsible', '请填写责任人'],
    [{ status: 'closed' }, 'status', '请选择化解状态'],
    [{ major: 'yes' }, 'major', '重大矛盾纠纷应为是或否'],
    [{ status: 'resolved' }, 'resolvedOn', '已化解的纠纷请填写化解日期'],
    [{ status: 'mediating', resolvedOn: '2026-11-20' }, 'resolvedOn', '只有已化解的纠纷才填写化解日期'],
    [{ status: 'resolved', resolvedOn: '2026-11-11' }, 'resolvedOn', '化解日期不能早于排查日期（2026-11-12）'],
    [{ status: 'resolved', resolvedOn: '2026-11-28' }, 'resolvedOn', '化解日期不能晚于今天'],
    [{ investigationId: 999 }, 'investigationId', '该排查记录不存在或已被删除'],
  ])('rejects %j on its field and writes nothing', async (bad, field, message) => {
    const audits = count('audit_log');
    const result = await core.dispatch('investigationFinding.create', { investigationId: roundId, ...finding, ...bad });
    expect(result).toMatchObject({ ok: false, error: { field, message } });
    expect(count('investigation_finding')).toBe(0);
    expect(count('audit_log')).toBe(audits);
  });

  it('refuses a bad update and keeps the finding as it was', async () => {
    const created = await ok<InvestigationFinding>(core, 'investigationFinding.create', { investigationId: roundId, ...finding });
    const result = await core.dispatch('investigationFinding.update', { id: created.id, data: { ...finding, status: 'resolved' } });
    expect(result).toMatchObject({ ok: false, error: { field: 'data.resolvedOn', message: '已化解的纠纷请填写化解日期' } });
    const stored = core.handle.sqlite.prepare('SELECT status, resolved_on FROM investigation_finding').get();
    expect(stored).toEqual({ status: 'pending', resolved_on: null });
  });

  it('lists findings across rounds with the round, open ones first, and filters them', async () => {
    const later = (await ok<{ id: number }>(core, 'investigation.create', { ...round, level: 'district', period: '2026-11', conductedOn: '2026-11-20' })).id;
    const add = async (investigationId: number, extra: object) =>
      (await ok<InvestigationFinding>(core, 'investigationFinding.create', { investigationId, ...finding, ...extra })).id;
    const closedMajor = await add(later, { major: true, status: 'resolved', resolvedOn: '2026-11-21', summary: '征地补偿纠纷' });
    const openMajor = await add(roundId, { major: true, riskLevel: 'high', category: '08' });
    const referred = await add(later, { status: 'referred' });
    const mediating = await add(later, { status: 'mediating', riskLevel: 'low' });

    const list = async (input: object) => (await ok<Page>(core, 'investigationFinding.list', input)).items;
    const all = await list({});
    expect(all.map((f) => f.id)).toEqual([mediating, openMajor, referred, closedMajor]);
    expect(all[1]).toMatchObject({ period: '2026-11-H1', level: 'street', conductedOn: '2026-11-12', investigationId: roundId });
    expect((await list({ major: true })).map((f) => f.id)).toEqual([openMajor, closedMajor]);
    expect((await list({ major: true, open: false })).map((f) => f.id)).toEqual([closedMajor]);
    expect((await list({ open: true })).map((f) => f.id)).toEqual([mediating, openMajor]);
    expect((await list({ category: '08' })).map((f) => f.id)).toEqual([openMajor]);
    expect((await list({ riskLevel: 'low' })).map((f) => f.id)).toEqual([mediating]);
    expect((await list({ sort: 'riskLevel', order: 'desc' }))[0]?.id).toBe(openMajor);
    expect((await list({ q: '征地' })).map((f) => f.id)).toEqual([closedMajor]);
    expect((await list({ q: '西街' })).length).toBe(4);
    expect(await core.dispatch('investigationFinding.list', { open: 1 })).toMatchObject({
      ok: false,
      error: { field: 'open', message: '办结状态筛选应为是或否' },
    });

    const rounds = (await ok<{ items: { id: number; majorOpenCount: number; findingsCount: number }[] }>(core, 'investigation.list', {})).items;
    expect(rounds.find((r) => r.id === roundId)).toMatchObject({ findingsCount: 1, majorOpenCount: 1 });
    expect(rounds.find((r) => r.id === later)).toMatchObject({ findingsCount: 3, majorOpenCount: 0 });
  });
});
