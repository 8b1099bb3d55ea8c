// Intake checks against the registers, case.update, the link to an investigation finding, and soft delete.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dossier } from '../../drizzle/schema';
import type { CaseDetail, CaseInput } from '../../electron/shared/schemas/case';
import { ok } from '../helpers/temp-core';
import { stepOf } from '../unit/case-state-fixtures';
import { openCaseWorld, type CaseWorld } from './case-workflow-fixtures';
import { mediatorOf } from './mediator-helpers';
import { makeIdNumber } from '../../electron/core/demo-data';

let w: CaseWorld;
beforeEach(async () => {
  w = await openCaseWorld();
});
afterEach(() => w.core.cleanup());

const sql = (text: string) => w.core.handle.sqlite.prepare(text).run();
const fieldsOf = (d: CaseDetail): CaseInput => ({
  committeeId: d.committeeId,
  source: d.source as CaseInput['source'],
  sourceDetail: d.sourceDetail,
  findingId: d.findingId,
  receivedOn: d.receivedOn,
  category: d.category,
  facts: d.facts,
  requests: d.requests,
  amountFen: d.amountFen,
  mediatorIds: d.mediators.map((m) => m.id),
  note: d.note,
});

describe('intake checks', () => {
  it('refuses an unknown committee or category, an inactive category, a left mediator and a future date', async () => {
    sql(`UPDATE dispute_category SET active = 0 WHERE code = '14'`);
    sql(`UPDATE mediator SET left_on = '2026-10-01' WHERE id = ${w.mediatorId}`);
    const cases: [object, string, string][] = [
      [{ committeeId: 999 }, 'committeeId', '该调委会不存在或已被删除'],
      [{ category: '77' }, 'category', '该纠纷类型不存在，请重新选择'],
      [{ category: '14' }, 'category', '纠纷类型“物业纠纷”已停用，请重新选择'],
      [{}, 'mediatorIds', '调解员王调解已于2026-10-01离任，不能承办案件'],
      [{ mediatorIds: [999] }, 'mediatorIds', '所选调解员不存在或已被删除'],
      [{ receivedOn: '2026-11-28', mediatorIds: [] }, 'receivedOn', '收案日期不能晚于今天'],
    ];
    for (const [bad, field, message] of cases) {
      await expect(w.intake(bad)).rejects.toThrow(JSON.stringify({ code: 'VALIDATION_FAILED', message, field }));
    }
    expect(w.count('mediation_case')).toBe(0);
    expect(w.count('case_party')).toBe(0);
  });

  it('updates the case and its mediators, audited; keeps a category and mediator that were valid when chosen', async () => {
    const d = await w.intake();
    const second = (await ok<{ id: number }>(w.core, 'mediator.create', mediatorOf(w.committeeId, { name: '赵调解', idNumber: makeIdNumber('320102', '1972-01-01', 'female', 3) }))).id;
    sql(`UPDATE dispute_category SET active = 0 WHERE code = '02'`);
    sql(`UPDATE mediator SET left_on = '2026-11-20' WHERE id = ${w.mediatorId}`);
    const updated = await ok<CaseDetail>(w.core, 'case.update', {
      id: d.id,
      data: { ...fieldsOf(d), facts: '漏水致天花板和墙面受损', mediatorIds: [w.mediatorId, second] },
    });
    expect(updated).toMatchObject({ facts: '漏水致天花板和墙面受损', category: '02', mediators: [{ name: '王调解' }, { name: '赵调解' }] });
    const audit = w.audits('case').at(-1)!;
    expect(audit).toMatchObject({ method: 'case.update', before: { mediatorIds: [w.mediatorId] }, after: { mediatorIds: [w.mediatorId, second] } });
    expect(await w.core.dispatch('case.update', { id: d.id, data: { ...fieldsOf(d), category: '14' } })).toMatchObject({ ok: true });
    expect(await w.core.dispatch('case.update', { id: d.id, data: { ...fieldsOf(d), category: '02' } })).toMatchObject({
      ok: false,
      error: { field: 'category' },
    });
  });
});

describe('link to an investigation finding', () => {
  it('links the finding at intake (待化解 → 调处中) and clears the link when the case is deleted', async () => {
    const roundId = (await ok<{ id: number }>(w.core, 'investigation.create', {
      level: 'street', period: '2026-11-H1', kind: 'routine', conductedOn: '2026-11-01', investigators: '李明', responsible: '张所长',
    })).id;
    const findingId = (await ok<{ id: number }>(w.core, 'investigationFinding.create', {
      investigationId: roundId, category: '02', summary: '楼上漏水', parties: '张三、李四', riskLevel: 'low', responsible: '王芳', status: 'pending', major: false,
    })).id;
    const d = await w.intake({ source: 'investigation', findingId });
    const finding = () => w.core.handle.sqlite.prepare('SELECT case_id AS caseId, status FROM investigation_finding').get();
    expect(finding()).toEqual({ caseId: d.id, status: 'mediating' });
    expect(w.audits('investigationFinding').at(-1)).toMatchObject({ method: 'case.create', after: { caseId: d.id, status: 'mediating' } });
    await expect(w.intake({ source: 'investigation', findingId })).rejects.toThrow('该排查纠纷已关联其他调解案件');

    await ok(w.core, 'case.delete', { id: d.id, reason: '重复登记' });
    expect(finding()).toEqual({ caseId: null, status: 'mediating' });
  });
});

describe('soft delete', () => {
  it('hides the case from case.get, search and step changes, keeps its rows and dossier, and is audited', async () => {
    const d = await w.intake();
    const withStep = await w.step(d.id, stepOf.accept('2026-11-03'));
    const now = '2026-11-20T00:00:00.000Z';
    w.core.handle.db
      .insert(dossier)
      .values({ caseId: d.id, committeeId: w.committeeId, year: 2026, seq: 1, number: '（2026）城关调字第001号', openedOn: '2026-11-20', createdAt: now, updatedAt: now })
      .run();
    expect(w.count('case_search', `rowid = ${d.id}`)).toBe(1);
    expect(await w.core.dispatch('case.delete', { id: d.id, reason: '重复登记' })).toEqual({ ok: true, value: { id: d.id } });
    expect(w.count('case_search', `rowid = ${d.id}`)).toBe(0);
    expect(w.count('case_search_gram', `case_id = ${d.id}`)).toBe(0);
    const gone = { ok: false, error: { code: 'NOT_FOUND' } };
    expect(await w.core.dispatch('case.get', { id: d.id })).toMatchObject(gone);
    expect(await w.core.dispatch('caseStep.delete', { id: withStep.steps[0]!.id })).toMatchObject(gone);
    expect(await w.core.dispatch('party.delete', { id: d.parties[0]!.id })).toMatchObject(gone);
    expect(await w.core.dispatch('case.delete', { id: d.id, reason: '再删' })).toMatchObject(gone);
    expect(w.count('mediation_case', `deleted_at IS NOT NULL AND delete_reason = '重复登记'`)).toBe(1);
    expect(w.count('dossier')).toBe(1);
    expect(w.audits('case').at(-1)).toMatchObject({ method: 'case.delete', before: { id: d.id, steps: [{ kind: 'accept' }] } });
  });
});
