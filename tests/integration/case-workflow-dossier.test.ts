// What an opened dossier holds the case to: its committee, a 收案日期 not after the opening, and staying accepted; no scans on deleted cases.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseDetail, CaseInput } from '../../electron/shared/schemas/case';
import { ok } from '../helpers/temp-core';
import { stepOf } from '../unit/case-state-fixtures';
import { openCaseWorld, type CaseWorld } from './case-workflow-fixtures';
import { addCommittee } from './mediator-helpers';

let w: CaseWorld;
let d: CaseDetail; // received 2026-11-02, accepted 2026-11-04, today 2026-11-27
beforeEach(async () => {
  w = await openCaseWorld();
  d = await w.intake();
  d = await w.step(d.id, stepOf.accept('2026-11-04'));
});
afterEach(() => w.core.cleanup());

const fieldsOf = (c: CaseDetail): CaseInput => ({
  committeeId: c.committeeId,
  source: c.source as CaseInput['source'],
  sourceDetail: c.sourceDetail,
  findingId: c.findingId,
  receivedOn: c.receivedOn,
  category: c.category,
  facts: c.facts,
  requests: c.requests,
  amountFen: c.amountFen,
  mediatorIds: c.mediators.map((m) => m.id),
  note: c.note,
});
const update = (over: Partial<CaseInput>) => w.core.dispatch('case.update', { id: d.id, data: { ...fieldsOf(d), ...over } });
const open = (openedOn = '2026-11-02') => ok<CaseDetail>(w.core, 'dossier.open', { caseId: d.id, openedOn });
const notAccepted = { ok: false, error: { code: 'CONFLICT', message: '已建立卷宗的案件不能撤销受理或改为不予受理' } };

describe('case.update with a dossier', () => {
  it('keeps the committee whose numbering the dossier took', async () => {
    const other = addCommittee(w.core, '东风村人民调解委员会');
    expect(await update({ committeeId: other })).toMatchObject({ ok: true }); // no dossier yet: free to move
    expect(await update({ committeeId: w.committeeId })).toMatchObject({ ok: true });
    await open();
    expect(await update({ committeeId: other })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', field: 'committeeId', message: '已建立卷宗（（2026）城关调字第001号）的案件不能更换调委会，卷号按原调委会编号' },
    });
    expect(w.count('mediation_case', `committee_id = ${w.committeeId}`)).toBe(1);
  });

  it('refuses a 收案日期 after the opening day, and allows one up to it', async () => {
    await open('2026-11-03');
    expect(await update({ receivedOn: '2026-11-04' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', field: 'receivedOn', message: '收案日期不能晚于建卷日期（2026-11-03）' },
    });
    expect(await update({ receivedOn: '2026-11-03' })).toMatchObject({ ok: true, value: { receivedOn: '2026-11-03' } });
  });
});

describe('steps of a case with a dossier', () => {
  it('refuses deleting the only 受理, which would take the case back to 待受理', async () => {
    await open();
    const accept = d.steps[0]!;
    expect(await w.core.dispatch('caseStep.delete', { id: accept.id })).toMatchObject(notAccepted);
    expect(await w.core.dispatch('caseStep.update', { id: accept.id, step: stepOf.accept('2026-11-05') })).toMatchObject({ ok: true });
    expect(w.count('case_step')).toBe(1);
    expect((await ok<CaseDetail>(w.core, 'case.get', { id: d.id })).state).toBe('mediating');
  });

  it('refuses 不予受理 on a case whose 受理 went missing after the dossier was opened', async () => {
    await open();
    w.core.handle.sqlite.prepare('DELETE FROM case_step WHERE case_id = ?').run(d.id); // data from before this rule
    expect(await w.core.dispatch('caseStep.create', { caseId: d.id, step: stepOf.reject('2026-11-05') })).toMatchObject(notAccepted);
    expect(await w.core.dispatch('caseStep.create', { caseId: d.id, step: stepOf.accept('2026-11-05') })).toMatchObject({ ok: true });
  });
});

describe('attachments of a deleted case', () => {
  it('are refused as NOT_FOUND', async () => {
    const add = () => w.core.dispatch('attachment.add', { ownerType: 'case', ownerId: d.id, name: 'x.pdf', role: 'evidence', dataBase64: 'JVBERi0=' });
    expect(await add()).toMatchObject({ ok: true });
    await ok(w.core, 'case.delete', { id: d.id, reason: '重复登记' });
    expect(await add()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'ownerId' } });
    expect(w.count('attachment')).toBe(1);
  });
});
