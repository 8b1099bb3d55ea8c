// Parties of a case after intake: add, change (agents replaced), delete — one applicant and one respondent always remain.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../electron/shared/schemas/case';
import type { PartyInput } from '../../electron/shared/schemas/case-party';
import { ok } from '../helpers/temp-core';
import { applicant, openCaseWorld, respondent, type CaseWorld } from './case-workflow-fixtures';

let w: CaseWorld;
let d: CaseDetail;
beforeEach(async () => {
  w = await openCaseWorld();
  d = await w.intake();
});
afterEach(() => w.core.cleanup());

const wangWu: PartyInput = { role: 'applicant', kind: 'person', name: '王五', gender: 'male', phone: '13600136000' };
const company: PartyInput = { role: 'respondent', kind: 'organization', name: '城关物业有限公司', legalRepresentative: '赵六' };

describe('parties', () => {
  it('adds a second applicant and an organisation; the title and order follow', async () => {
    await ok(w.core, 'party.create', { caseId: d.id, data: wangWu });
    const after = await ok<CaseDetail>(w.core, 'party.create', { caseId: d.id, data: company });
    expect(after.title).toBe('张三、王五与李四、城关物业有限公司邻里纠纷');
    expect(after.parties.map((p) => p.name)).toEqual(['张三', '王五', '李四', '城关物业有限公司']);
    expect(w.audits('caseParty').map((a) => a.method)).toEqual(['party.create', 'party.create']);
  });

  it('replaces the agents wholesale on update, audited before and after', async () => {
    const zhang = d.parties.find((p) => p.name === '张三')!;
    const updated = await ok<CaseDetail>(w.core, 'party.update', {
      id: zhang.id,
      data: { ...applicant, phone: '13900139001', agents: [{ name: '刘律师', kind: 'entrusted', authority: 'special', authorityText: '代为承认、放弃请求' }] },
    });
    const party = updated.parties.find((p) => p.id === zhang.id)!;
    expect(party).toMatchObject({ phone: '13900139001', agents: [{ name: '刘律师', authority: 'special' }] });
    expect(w.count('case_agent')).toBe(1);
    expect(w.audits('caseParty')[0]).toMatchObject({
      method: 'party.update',
      before: { agents: [{ name: '张小明' }] },
      after: { agents: [{ name: '刘律师' }] },
    });
  });

  it('refuses to leave a case without an applicant or a respondent', async () => {
    const li = d.parties.find((p) => p.name === '李四')!;
    expect(await w.core.dispatch('party.delete', { id: li.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '案件至少要有一名被申请人' },
    });
    expect(await w.core.dispatch('party.update', { id: li.id, data: { ...respondent, role: 'applicant' } })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '案件至少要有一名被申请人' },
    });
    const added = await ok<CaseDetail>(w.core, 'party.create', { caseId: d.id, data: wangWu });
    const wang = added.parties.find((p) => p.name === '王五')!;
    const zhang = added.parties.find((p) => p.name === '张三')!;
    expect(await w.core.dispatch('party.delete', { id: zhang.id })).toMatchObject({ ok: true, value: { title: '王五与李四邻里纠纷' } });
    expect(await w.core.dispatch('party.delete', { id: wang.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '案件至少要有一名申请人' },
    });
    expect(w.count('case_agent')).toBe(0);
  });

  it('answers NOT_FOUND for a missing party or case', async () => {
    expect(await w.core.dispatch('party.delete', { id: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await w.core.dispatch('party.create', { caseId: 999, data: wangWu })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
