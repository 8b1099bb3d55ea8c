// Intake warnings: a party already on record (ID number, credit code, name + phone) and an open case between the same sides.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dossier } from '../../drizzle/schema';
import type { DuplicateCheckResult } from '../../electron/shared/schemas/case-party';
import { ok } from '../helpers/temp-core';
import { stepOf } from '../unit/case-state-fixtures';
import { liSiId, openCaseWorld, zhangSanId, type CaseWorld } from './case-workflow-fixtures';

let w: CaseWorld;
beforeEach(async () => {
  w = await openCaseWorld();
});
afterEach(() => w.core.cleanup());

const check = (parties: object[], caseId?: number) => ok<DuplicateCheckResult>(w.core, 'case.checkDuplicates', { caseId, parties });
const zhang = { role: 'applicant', name: '张三', idNumber: zhangSanId.toLowerCase() };
const li = { role: 'respondent', name: '李四' };

describe('case.checkDuplicates', () => {
  it('finds a party by ID number or by name + phone, and the open case between the same sides', async () => {
    const d = await w.intake();
    const result = await check([zhang, li, { role: 'respondent', name: '李四', phone: '137 0013 7000' }, { role: 'respondent', name: '赵六' }]);
    const label = '2026-11-02 收案：张三与李四邻里纠纷';
    expect(result.parties[0]!.matches).toEqual([{ caseId: d.id, caseLabel: label, caseState: 'received', partyName: '张三', matchedBy: 'idNumber' }]);
    expect(result.parties[1]!.matches).toEqual([]);
    expect(result.parties[2]!.matches).toMatchObject([{ matchedBy: 'namePhone', partyName: '李四' }]);
    expect(result.parties[3]!.matches).toEqual([]);
    expect(result.openCases).toEqual([{ caseId: d.id, caseLabel: label, caseState: 'received' }]);
    expect((await check([zhang, li], d.id)).openCases).toEqual([]);
  });

  it('labels a case with its dossier number and leaves out concluded and deleted cases from the open ones', async () => {
    const d = await w.intake();
    const now = '2026-11-20T00:00:00.000Z';
    w.core.handle.db
      .insert(dossier)
      .values({ caseId: d.id, committeeId: w.committeeId, year: 2026, seq: 1, number: '（2026）城关调字第001号', openedOn: '2026-11-20', createdAt: now, updatedAt: now })
      .run();
    await w.step(d.id, stepOf.accept('2026-11-03'));
    expect((await check([zhang, li])).openCases).toEqual([
      { caseId: d.id, caseLabel: '（2026）城关调字第001号 张三与李四邻里纠纷', caseState: 'mediating' },
    ]);
    await w.step(d.id, stepOf.session('2026-11-04'));
    await w.step(d.id, stepOf.outcome('2026-11-04', 'failure'));
    const concluded = await check([zhang, li]);
    expect(concluded.openCases).toEqual([]);
    expect(concluded.parties[0]!.matches).toMatchObject([{ caseState: 'failed' }]);

    const other = await w.intake({ receivedOn: '2026-11-10' });
    await ok(w.core, 'case.delete', { id: other.id, reason: '误录' });
    expect((await check([zhang, li])).parties[0]!.matches.map((m) => m.caseId)).toEqual([d.id]);
  });

  it('matches organisations by credit code, and needs both sides for an open case', async () => {
    await w.intake({
      parties: [
        { role: 'applicant', kind: 'person', name: '张三', idNumber: zhangSanId },
        { role: 'respondent', kind: 'organization', name: '城关物业有限公司', creditCode: '91350100M000100Y43' },
      ],
    });
    const result = await check([
      { role: 'applicant', name: '王五' },
      { role: 'respondent', name: '物业公司', creditCode: '91350100M000100Y43' },
    ]);
    expect(result.parties[1]!.matches).toMatchObject([{ matchedBy: 'creditCode', partyName: '城关物业有限公司' }]);
    expect(result.openCases).toEqual([]);
    const both = await check([
      { role: 'applicant', name: '张三', idNumber: liSiId },
      { role: 'respondent', name: '城关物业', creditCode: '91350100M000100Y43' },
    ]);
    expect(both.openCases).toEqual([]); // 张三's ID number given: matched by ID, not by name
  });
});
