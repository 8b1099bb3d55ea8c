// A finding linked to a live mediation case (and the round holding it) cannot be deleted: the case's link would vanish unaudited.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../electron/shared/schemas/case';
import { ok } from '../helpers/temp-core';
import { stepOf } from '../unit/case-state-fixtures';
import { openCaseWorld, type CaseWorld } from './case-workflow-fixtures';

let w: CaseWorld; // today is 2026-11-27 in Asia/Shanghai
let roundId: number;
let findingId: number;
let d: CaseDetail;
beforeEach(async () => {
  w = await openCaseWorld();
  roundId = (await ok<{ id: number }>(w.core, 'investigation.create', {
    level: 'street', period: '2026-11-H1', kind: 'routine', conductedOn: '2026-11-01', investigators: '李明', responsible: '张所长',
  })).id;
  findingId = (await ok<{ id: number }>(w.core, 'investigationFinding.create', {
    investigationId: roundId, category: '02', summary: '楼上漏水', parties: '张三、李四', riskLevel: 'low', responsible: '王芳', status: 'pending', major: false,
  })).id;
  d = await w.intake({ source: 'investigation', findingId });
});
afterEach(() => w.core.cleanup());

const refusal = (what: string, name: string) => ({
  ok: false,
  error: { code: 'CONFLICT', message: `${what}已关联调解案件“${name}”，不能删除；如需删除，请先在该案件中取消关联` },
});
const deleteFinding = () => w.core.dispatch('investigationFinding.delete', { id: findingId });
const deleteRound = () => w.core.dispatch('investigation.delete', { id: roundId });

describe('deleting investigation records linked to a case', () => {
  it('refuses the finding and its round, naming the case by 卷名 and then by 卷号 (locked too), changing nothing', async () => {
    expect(d.title).toContain('张三');
    expect(await deleteFinding()).toMatchObject(refusal('该纠纷', d.title));
    expect(await deleteRound()).toMatchObject(refusal('本次排查发现的纠纷', d.title));
    await w.step(d.id, stepOf.accept('2026-11-03'));
    await ok(w.core, 'dossier.open', { caseId: d.id, openedOn: '2026-11-03' });
    w.core.handle.sqlite.prepare("UPDATE dossier SET status = 'closed' WHERE case_id = ?").run(d.id); // 立卷: the case is locked
    expect((await ok<CaseDetail>(w.core, 'case.get', { id: d.id })).locked).toBe(true);
    expect(await deleteFinding()).toMatchObject(refusal('该纠纷', '（2026）城关调字第001号'));
    expect(await deleteRound()).toMatchObject(refusal('本次排查发现的纠纷', '（2026）城关调字第001号'));
    expect(w.count('investigation_finding')).toBe(1);
    expect(w.count('mediation_case', `finding_id = ${findingId}`)).toBe(1);
    expect(w.audits('investigationFinding').map((a) => a.method)).toEqual(['investigationFinding.create', 'case.create']);
  });

  it('allows them once the case no longer holds the finding', async () => {
    await ok(w.core, 'case.delete', { id: d.id, reason: '重复登记' }); // clears the link
    expect(await deleteFinding()).toMatchObject({ ok: true });
    expect(await deleteRound()).toMatchObject({ ok: true });
    expect(w.count('investigation')).toBe(0);
  });
});
