// Refusals of the case workflow: steps out of order, dates outside the rules, deleting needed steps, locked dossiers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dossier } from '../../drizzle/schema';
import type { CaseDetail } from '../../electron/shared/schemas/case';
import type { StepInput } from '../../electron/shared/schemas/case-step';
import { ok } from '../helpers/temp-core';
import { stepOf } from '../unit/case-state-fixtures';
import { openCaseWorld, type CaseWorld } from './case-workflow-fixtures';

let w: CaseWorld;
let caseId: number;
beforeEach(async () => {
  w = await openCaseWorld();
  caseId = (await w.intake()).id; // received 2026-11-02, today 2026-11-27
});
afterEach(() => w.core.cleanup());

const tryStep = (step: StepInput) => w.core.dispatch('caseStep.create', { caseId, step });

describe('order of steps', () => {
  it('refuses steps before 受理, a second outcome and follow-ups without an agreement, writing nothing', async () => {
    expect(await tryStep(stepOf.session('2026-11-05'))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '请先登记受理，再登记调解' },
    });
    await w.step(caseId, stepOf.accept('2026-11-03'));
    await w.step(caseId, stepOf.session('2026-11-05'));
    await w.step(caseId, stepOf.outcome('2026-11-06'));
    expect(await tryStep(stepOf.outcome('2026-11-07', 'failure'))).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await tryStep(stepOf.followUp('2026-11-20'))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '登记调解协议后才能登记回访' },
    });
    expect(w.count('case_step')).toBe(3);
    expect(w.audits('caseStep')).toHaveLength(3);
  });

  it('refuses deleting a needed step and changing the outcome under an agreement', async () => {
    const accept = (await w.step(caseId, stepOf.accept('2026-11-03'))).steps[0]!;
    await w.step(caseId, stepOf.session('2026-11-05'));
    const outcome = (await w.step(caseId, stepOf.outcome('2026-11-06'))).steps[2]!;
    const agreement = (await w.step(caseId, stepOf.written('2026-11-06'))).steps[3]!;
    await w.step(caseId, stepOf.followUp('2026-11-20'));
    expect(await w.core.dispatch('caseStep.delete', { id: accept.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '已登记调解，不能删除受理；请先删除依赖它的步骤' },
    });
    expect(await w.core.dispatch('caseStep.delete', { id: agreement.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '已登记回访，不能删除调解协议；请先删除依赖它的步骤' },
    });
    expect(await w.core.dispatch('caseStep.update', { id: outcome.id, step: stepOf.outcome('2026-11-06', 'failure') })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '已登记调解协议，不能这样修改：调解成功后才能登记调解协议' },
    });
    expect(w.count('case_step')).toBe(5);
  });

  it('needs a 调解 before 调解成功 or 不成功, and keeps the last one under such a result', async () => {
    await w.step(caseId, stepOf.accept('2026-11-03'));
    for (const result of ['success', 'failure'] as const) {
      expect(await tryStep(stepOf.outcome('2026-11-06', result))).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: '请先登记调解记录，再登记调解结果' },
      });
    }
    const session = (await w.step(caseId, stepOf.session('2026-11-05'))).steps[1]!;
    const outcome = (await w.step(caseId, stepOf.outcome('2026-11-06', 'failure'))).steps[2]!;
    expect(await w.core.dispatch('caseStep.delete', { id: session.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '已登记调解结果，不能删除调解；请先删除依赖它的步骤' },
    });
    // 终止 (e.g. the applicant withdrew) needs no 调解, so the 调解 may then go.
    await ok(w.core, 'caseStep.update', { id: outcome.id, step: stepOf.outcome('2026-11-06', 'terminated') });
    const d = await ok<CaseDetail>(w.core, 'caseStep.delete', { id: session.id });
    expect(d).toMatchObject({ state: 'terminated' });
    expect(await w.core.dispatch('caseStep.update', { id: outcome.id, step: stepOf.outcome('2026-11-06', 'success') })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '请先登记调解记录，再登记调解结果' },
    });
  });
});

describe('dates of steps', () => {
  it.each([
    [stepOf.accept('2026-11-01'), 'occurredOn', '日期不能早于收案日期（2026-11-02）'],
    [stepOf.accept('2026-11-28'), 'occurredOn', '日期不能晚于今天'],
  ])('refuses %j', async (step, field, message) => {
    expect(await tryStep(step)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED', field, message } });
  });

  it('keeps the work after 受理 and the follow-ups after the agreement', async () => {
    await w.step(caseId, stepOf.accept('2026-11-05'));
    expect(await tryStep(stepOf.session('2026-11-04'))).toMatchObject({
      ok: false,
      error: { field: 'occurredOn', message: '日期不能早于受理日期（2026-11-05）' },
    });
    await w.step(caseId, stepOf.session('2026-11-05'));
    await w.step(caseId, stepOf.outcome('2026-11-06'));
    const d = await w.step(caseId, stepOf.written('2026-11-10', '2026-11-12'));
    expect(await tryStep(stepOf.performance('2026-11-09'))).toMatchObject({
      ok: false,
      error: { field: 'occurredOn', message: '日期不能早于调解协议日期（2026-11-10）' },
    });
    expect(await tryStep(stepOf.confirmation('2026-11-11'))).toMatchObject({
      ok: false,
      error: { field: 'occurredOn', message: '申请日期不能早于协议生效日期（2026-11-12）' },
    });
    const agreementId = d.steps.find((s) => s.kind === 'agreement')!.id;
    expect(await w.core.dispatch('caseStep.update', { id: agreementId, step: stepOf.written('2026-11-10', '2026-11-30') })).toMatchObject({
      ok: false,
      error: { field: 'effectiveOn', message: '协议生效日期不能晚于今天' },
    });
    await w.step(caseId, stepOf.followUp('2026-11-20'));
    expect(await w.core.dispatch('caseStep.update', { id: agreementId, step: stepOf.written('2026-11-21', '2026-11-21') })).toMatchObject({
      ok: false,
      error: { field: 'occurredOn', message: '调解协议的日期不能晚于已登记的回访（2026-11-20）' },
    });
    const accept = d.steps.find((s) => s.kind === 'accept')!;
    expect(await w.core.dispatch('caseStep.update', { id: accept.id, step: stepOf.accept('2026-11-07') })).toMatchObject({
      ok: false,
      error: { field: 'occurredOn', message: '受理的日期不能晚于已登记的调解（2026-11-05）' },
    });
  });

  it('does not let 收案日期 move after a recorded step', async () => {
    await w.step(caseId, stepOf.accept('2026-11-03'));
    const detail = await w.core.dispatch('case.get', { id: caseId });
    const c = (detail as { ok: true; value: { committeeId: number } }).value;
    const result = await w.core.dispatch('case.update', {
      id: caseId,
      data: { committeeId: c.committeeId, source: 'applied', receivedOn: '2026-11-04', category: '02', facts: '漏水纠纷', mediatorIds: [] },
    });
    expect(result).toMatchObject({ ok: false, error: { field: 'receivedOn', message: '收案日期不能晚于已登记的步骤日期（2026-11-03）' } });
  });
});

describe('a closed dossier', () => {
  it('locks the case, its parties and steps', async () => {
    const now = '2026-11-20T00:00:00.000Z';
    w.core.handle.db
      .insert(dossier)
      .values({ caseId, committeeId: w.committeeId, year: 2026, seq: 1, number: '（2026）城关调字第001号', openedOn: '2026-11-20', status: 'closed', createdAt: now, updatedAt: now })
      .run();
    const locked = { ok: false, error: { code: 'CONFLICT', message: '卷宗已立卷归档，不能修改；如需修改请先重新打开卷宗' } };
    expect(await tryStep(stepOf.accept('2026-11-03'))).toMatchObject(locked);
    expect(await w.core.dispatch('case.delete', { id: caseId, reason: '重复登记' })).toMatchObject(locked);
    const party = (await w.core.dispatch('case.get', { id: caseId })) as { ok: true; value: { parties: { id: number }[]; locked: boolean } };
    expect(party.value.locked).toBe(true);
    expect(await w.core.dispatch('party.delete', { id: party.value.parties[0]!.id })).toMatchObject(locked);
  });
});
