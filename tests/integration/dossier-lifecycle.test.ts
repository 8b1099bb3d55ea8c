// 立卷, the lock it puts on the case and its scans, reopening with a reason, paper marks, and the 本卷还缺 refusal.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../electron/shared/schemas/case';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';
import { dossierFixtures, shanghaiMorning } from './dossier-fixtures';

let core: TempCore;
let f: ReturnType<typeof dossierFixtures>;
let town: number;
beforeEach(() => {
  core = openTempCore();
  f = dossierFixtures(core);
  town = f.committee('城关街道人民调解委员会');
});
afterEach(() => core.cleanup());

const closeInput = (caseId: number, over: object = {}) => ({ caseId, closedBy: '王书记', closedOn: '2026-11-20', retention: '长期', note: null, ...over });
const close = (caseId: number, over: object = {}) => core.dispatch('dossier.close', closeInput(caseId, over));
const mark = (caseId: number, part: string, onPaper = true) =>
  core.dispatch('dossier.markPart', { caseId, part, onPaper, markedOn: '2026-11-20', note: null });
const audits = (entity: string) =>
  core.handle.sqlite.prepare('SELECT method, after FROM audit_log WHERE entity = ? ORDER BY id').all(entity) as { method: string; after: string }[];

describe('dossier.close', () => {
  it('closes a complete dossier, which locks the case and its attachments until reopened', async () => {
    const id = await f.complete(town, '2026-10-20', '2026-11-10');
    core.setNow(shanghaiMorning('2026-11-27'));
    await f.open(id, '2026-11-10');
    const closed = await ok<CaseDetail>(core, 'dossier.close', closeInput(id));
    expect(closed).toMatchObject({ locked: true, dossier: { status: 'closed', closedBy: '王书记', closedOn: '2026-11-20', retention: '长期' } });
    const locked = { ok: false, error: { code: 'CONFLICT', message: '卷宗已立卷归档，不能修改；如需修改请先重新打开卷宗' } };
    expect(await core.dispatch('attachment.add', { ownerType: 'case', ownerId: id, name: 'x.pdf', role: 'evidence', dataBase64: 'JVBERi0=' })).toMatchObject(locked);
    const scanId = core.handle.sqlite.prepare("SELECT id FROM attachment WHERE owner_type = 'case' AND owner_id = ? LIMIT 1").pluck().get(id);
    expect(await core.dispatch('attachment.remove', { id: scanId })).toMatchObject(locked);
    expect(await mark(id, 'evidence')).toMatchObject(locked);
    expect(await close(id)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    const reopened = await ok<CaseDetail>(core, 'dossier.reopen', { caseId: id, reason: '补充证据材料' });
    // The reopening is kept on the dossier; 立卷人/立卷日期 still tell the 立卷 it undid.
    const trace = { status: 'open', reopenedOn: '2026-11-27', reopenReason: '补充证据材料', closedBy: '王书记', closedOn: '2026-11-20' };
    expect(reopened).toMatchObject({ locked: false, dossier: trace });
    expect(JSON.parse(audits('dossier').at(-1)!.after)).toMatchObject(trace);
    expect(core.handle.sqlite.prepare('SELECT reopened_on, reopen_reason FROM dossier WHERE case_id = ?').get(id)).toEqual({ reopened_on: '2026-11-27', reopen_reason: '补充证据材料' });
    expect(await core.dispatch('attachment.remove', { id: scanId })).toMatchObject({ ok: true });
    expect(await core.dispatch('dossier.reopen', { caseId: id, reason: '再次' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    // A new 立卷 overwrites the close fields and leaves the last reopening as it was.
    core.setNow(shanghaiMorning('2026-11-30'));
    await f.scan(id, 'application'); // the scan removed above
    const again = await ok<CaseDetail>(core, 'dossier.close', closeInput(id, { closedBy: '李主任', closedOn: '2026-11-30' }));
    expect(again.dossier).toMatchObject({ status: 'closed', closedBy: '李主任', closedOn: '2026-11-30', reopenedOn: '2026-11-27', reopenReason: '补充证据材料' });
  });

  it('refuses an incomplete dossier, listing what it lacks', async () => {
    const id = await f.succeeded(town, '2026-10-20');
    core.setNow(shanghaiMorning('2026-11-27'));
    await f.open(id, '2026-10-21');
    const refused = await close(id);
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const message = refused.ok ? '' : refused.error.message;
    expect(message.startsWith('本卷还缺：')).toBe(true);
    expect(message).toContain('调解成功但尚未回访');
    expect(message).toContain('当事人身份证明');
  });

  it('refuses an unconcluded case, dates before the conclusion or after today, and a retention not in the list', async () => {
    const id = await f.complete(town, '2026-10-20', '2026-11-10');
    core.setNow(shanghaiMorning('2026-11-27'));
    await f.open(id, '2026-11-10');
    expect(await close(id, { closedOn: '2026-10-19' })).toMatchObject({ ok: false, error: { field: 'closedOn' } });
    expect(await close(id, { closedOn: '2026-11-28' })).toMatchObject({ ok: false, error: { field: 'closedOn' } });
    expect(await close(id, { retention: '十年' })).toMatchObject({ ok: false, error: { field: 'retention', message: '保管期限应为：永久、长期、短期之一' } });
    await ok(core, 'setting.update', { retentionPeriods: ['十年', '三十年'] });
    expect(await close(id, { retention: '十年' })).toMatchObject({ ok: true });

    const mediating = await f.intake(town, '2026-11-02');
    await f.accept(mediating, '2026-11-02');
    await f.open(mediating, '2026-11-03');
    expect(await close(mediating)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '案件尚未结案，不能立卷' } });
    const none = await f.intake(town, '2026-11-02');
    expect(await close(none)).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '该案件尚未建立卷宗' } });
  });
});

describe('dossier.markPart', () => {
  it('counts a paper mark like a scan, and takes it back', async () => {
    const id = await f.succeeded(town, '2026-10-20');
    core.setNow(shanghaiMorning('2026-11-10'));
    await f.followUp(id, '2026-11-10');
    for (const role of ['application', 'rightsNotice', 'session', 'agreement', 'followUp']) await f.scan(id, role);
    await f.open(id, '2026-11-10');
    const marked = await ok<CaseDetail>(core, 'dossier.markPart', { caseId: id, part: 'idProof', onPaper: true, markedOn: '2026-11-10', note: '原件在纸质卷' });
    expect(marked.completeness).toMatchObject({ complete: true, missing: [] });
    expect(marked.completeness.parts.find((p) => p.part === 'idProof')).toMatchObject({ onPaper: true, scans: 0 });
    const unmarked = await ok<CaseDetail>(core, 'dossier.markPart', { caseId: id, part: 'idProof', onPaper: false, markedOn: '2026-11-10', note: null });
    expect(unmarked.completeness.complete).toBe(false);
    expect(audits('dossierPartMark')).toHaveLength(5); // 封面, 卷内目录, 封底 when opened, then the two above
  });

  it('prints 封面, 卷内目录 and 封底 from the case: a complete case closes without filing them', async () => {
    const id = await f.complete(town, '2026-10-20', '2026-11-10');
    expect(await mark(id, 'session')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '该案件尚未建立卷宗' } });
    core.setNow(shanghaiMorning('2026-11-27'));
    const opened = await f.open(id, '2026-11-10', false);
    expect(opened.completeness).toMatchObject({ complete: true, missing: [] });
    const generated = opened.completeness.parts.filter((p) => p.hasData).map((p) => p.part);
    expect(generated).toEqual(expect.arrayContaining(['cover', 'toc', 'backCover', 'session']));
    expect(await close(id)).toMatchObject({ ok: true });
  });
});
