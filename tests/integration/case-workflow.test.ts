// Every path of a case through dispatch: written and oral success, failure, termination, 不予受理 — state, derived columns, next steps, audit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../electron/shared/schemas/case';
import { stepOf } from '../unit/case-state-fixtures';
import { liSiId, openCaseWorld, type CaseWorld } from './case-workflow-fixtures';

let w: CaseWorld;
beforeEach(async () => {
  w = await openCaseWorld();
});
afterEach(() => w.core.cleanup());

const kinds = (d: CaseDetail) => d.nextSteps.map((n) => n.kind);
const column = (id: number, name: string) =>
  w.core.handle.sqlite.prepare(`SELECT ${name} FROM mediation_case WHERE id = ?`).pluck().get(id) as string | null;

describe('case intake', () => {
  it('stores the case, parties (applicants first, ID facts filled in), agents and mediators, audited as one intake', async () => {
    const d = await w.intake();
    expect(d).toMatchObject({
      state: 'received',
      title: '张三与李四邻里纠纷',
      categoryLabel: '邻里纠纷',
      committeeName: '城关社区人民调解委员会',
      mediators: [{ id: w.mediatorId, name: '王调解' }],
      enteredAt: null,
      locked: false,
      dossier: null,
    });
    expect(d.parties.map((p) => [p.role, p.name])).toEqual([
      ['applicant', '张三'],
      ['respondent', '李四'],
    ]);
    expect(d.parties[1]).toMatchObject({ idNumber: liSiId, gender: 'female', birthDate: '1975-02-03' });
    expect(d.parties[0]!.agents).toMatchObject([{ name: '张小明', kind: 'entrusted', authority: 'general' }]);
    expect(kinds(d)).toEqual(['accept', 'reject']);
    const [audit] = w.audits('case');
    expect(audit).toMatchObject({ method: 'case.create', before: null, after: { id: d.id, mediatorIds: [w.mediatorId] } });
    expect((audit!.after as { parties: { agents: unknown[] }[] }).parties.flatMap((p) => p.agents)).toHaveLength(1);
    expect(w.count('case_party', `case_id = ${d.id} AND name_initials = 'zs'`)).toBe(1);
  });
});

describe('case workflow', () => {
  it('goes from 受理 to a written agreement, then performance, 回访 and 司法确认', async () => {
    const { id } = await w.intake();
    expect((await w.step(id, stepOf.accept('2026-11-03'))).state).toBe('mediating');
    await w.step(id, stepOf.inquiry('2026-11-04'));
    const mediating = await w.step(id, stepOf.session('2026-11-05'));
    expect(mediating.nextSteps).toContainEqual({ kind: 'outcome', hint: '调解结束后登记结果：成功、不成功或终止' });
    const succeeded = await w.step(id, stepOf.outcome('2026-11-06'));
    expect(succeeded).toMatchObject({ state: 'succeeded', acceptedOn: '2026-11-03', concludedOn: '2026-11-06', enteredAt: '2026-11-27T02:00:00.000Z' });
    expect(kinds(succeeded)).toEqual(['agreement']);
    const agreed = await w.step(id, stepOf.written('2026-11-06', '2026-11-07'));
    expect(agreed).toMatchObject({ agreementForm: 'written', agreementEffectiveOn: '2026-11-07', agreementAmountFen: 500_000 });
    expect(kinds(agreed)).toEqual(['followUp', 'performance', 'judicialConfirmation']);
    w.core.setNow('2026-11-28T02:00:00.000Z');
    await w.step(id, stepOf.confirmation('2026-11-10'));
    await w.step(id, stepOf.performance('2026-11-20'));
    const done = await w.step(id, stepOf.followUp('2026-11-25'));
    expect(kinds(done)).toEqual(['performance', 'followUp']);
    expect(done.enteredAt).toBe('2026-11-27T02:00:00.000Z');
    expect(done.steps.map((s) => s.kind)).toEqual([
      'accept', 'inquiry', 'session', 'outcome', 'agreement', 'judicialConfirmation', 'performance', 'followUp',
    ]);
    expect(done.steps[4]).toMatchObject({ kind: 'agreement', clauses: ['李四赔偿张三维修费5000元', '于2026年12月31日前一次付清'], sealed: true });
    expect(w.audits('caseStep').map((a) => a.method)).toEqual(Array(8).fill('caseStep.create'));
    expect(column(id, 'state')).toBe('succeeded');
  });

  it('records an oral agreement, effective the day reached; no 司法确认 offered', async () => {
    const { id } = await w.intake();
    await w.step(id, stepOf.accept('2026-11-02'));
    await w.step(id, stepOf.session('2026-11-02'));
    await w.step(id, stepOf.outcome('2026-11-02'));
    const d = await w.step(id, stepOf.oral('2026-11-02'));
    expect(d).toMatchObject({ state: 'succeeded', agreementForm: 'oral', agreementEffectiveOn: '2026-11-02', agreementAmountFen: 30_000 });
    // Art.30: the stored step itself says when it took effect.
    expect(d.steps.find((s) => s.kind === 'agreement')).toMatchObject({ form: 'oral', effectiveOn: '2026-11-02' });
    expect(w.audits('caseStep').at(-1)).toMatchObject({ after: { kind: 'agreement', effectiveOn: '2026-11-02' } });
    expect(kinds(d)).toEqual(['followUp', 'performance']);
    const refused = await w.core.dispatch('caseStep.create', { caseId: id, step: stepOf.confirmation('2026-11-10') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '只有书面调解协议才能申请司法确认' } });
  });

  it.each([
    ['failure', 'failed'],
    ['terminated', 'terminated'],
  ] as const)('ends as %s with nothing next; deleting the outcome reopens it and clears enteredAt', async (result, state) => {
    const { id } = await w.intake();
    await w.step(id, stepOf.accept('2026-11-03'));
    await w.step(id, stepOf.session('2026-11-10'));
    const d = await w.step(id, stepOf.outcome('2026-11-20', result));
    expect(d).toMatchObject({ state, concludedOn: '2026-11-20', agreementForm: null });
    expect(d.enteredAt).not.toBeNull();
    expect(d.nextSteps).toEqual([]);
    const agreement = await w.core.dispatch('caseStep.create', { caseId: id, step: stepOf.oral('2026-11-20') });
    expect(agreement).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '调解成功后才能登记调解协议' } });
    const outcomeId = d.steps.find((s) => s.kind === 'outcome')!.id;
    const reopened = (await w.core.dispatch('caseStep.delete', { id: outcomeId })) as { ok: true; value: CaseDetail };
    expect(reopened.value).toMatchObject({ state: 'mediating', concludedOn: null, enteredAt: null });
    expect(w.audits('caseStep').at(-1)).toMatchObject({ method: 'caseStep.delete', after: null, before: { kind: 'outcome', result } });
  });

  it('lists same-day steps in workflow order, whatever order they were saved in', async () => {
    const { id } = await w.intake();
    await w.step(id, stepOf.accept('2026-11-03'));
    await w.step(id, stepOf.session('2026-11-05'));
    await w.step(id, stepOf.inquiry('2026-11-05'));
    const d = await w.step(id, stepOf.outcome('2026-11-04', 'terminated'));
    expect(d.steps.map((s) => [s.kind, s.occurredOn])).toEqual([
      ['accept', '2026-11-03'],
      ['outcome', '2026-11-04'],
      ['inquiry', '2026-11-05'],
      ['session', '2026-11-05'],
    ]);
  });

  it('records 不予受理 as concluded; no other step may follow', async () => {
    const { id } = await w.intake();
    const d = await w.step(id, stepOf.reject('2026-11-04'));
    expect(d).toMatchObject({ state: 'rejected', concludedOn: '2026-11-04', acceptedOn: null, nextSteps: [] });
    expect(column(id, 'entered_at')).toBe('2026-11-27T02:00:00.000Z');
    for (const step of [stepOf.accept('2026-11-05'), stepOf.session('2026-11-05')]) {
      expect(await w.core.dispatch('caseStep.create', { caseId: id, step })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    }
  });

  it('changes a step in place but never its kind', async () => {
    const { id } = await w.intake();
    const d = await w.step(id, stepOf.accept('2026-11-03'));
    const stepId = d.steps[0]!.id;
    const moved = await w.core.dispatch('caseStep.update', { id: stepId, step: stepOf.accept('2026-11-04') });
    expect(moved).toMatchObject({ ok: true, value: { acceptedOn: '2026-11-04' } });
    expect(await w.core.dispatch('caseStep.update', { id: stepId, step: stepOf.reject('2026-11-04') })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'kind' },
    });
    expect(w.audits('caseStep').at(-1)).toMatchObject({ before: { occurredOn: '2026-11-03' }, after: { occurredOn: '2026-11-04' } });
  });
});
