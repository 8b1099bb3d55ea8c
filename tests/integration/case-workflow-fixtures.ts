// Shared setup of the case integration tests: a temp core with a committee and a mediator, and a valid intake.
import { makeIdNumber } from '../../electron/core/demo-data';
import type { CaseCreateInput, CaseDetail } from '../../electron/shared/schemas/case';
import type { PartyInput } from '../../electron/shared/schemas/case-party';
import type { StepInput } from '../../electron/shared/schemas/case-step';
import { ok, openTempCore, type TempCore } from '../helpers/temp-core';
import { addCommittee, mediatorOf } from './mediator-helpers';

export const zhangSanId = makeIdNumber('320102', '1980-05-06', 'male', 11);
export const liSiId = makeIdNumber('320102', '1975-02-03', 'female', 12);

export const applicant: PartyInput = {
  role: 'applicant',
  kind: 'person',
  name: '张三',
  idNumber: zhangSanId,
  phone: '13900139000',
  address: '城关镇东街1号',
  agents: [{ name: '张小明', kind: 'entrusted', authority: 'general', relation: '儿子' }],
};
export const respondent: PartyInput = { role: 'respondent', kind: 'person', name: '李四', idNumber: liSiId, phone: '13700137000' };

export interface CaseWorld {
  core: TempCore;
  committeeId: number;
  mediatorId: number;
  intake(overrides?: Partial<CaseCreateInput>): Promise<CaseDetail>;
  step(caseId: number, step: StepInput): Promise<CaseDetail>;
  count(table: string, where?: string): number;
  audits(entity: string): { method: string; entityId: string; before: unknown; after: unknown }[];
}

/** Today in these tests is 2026-11-27 (Asia/Shanghai). */
export async function openCaseWorld(): Promise<CaseWorld> {
  const core = openTempCore();
  const committeeId = addCommittee(core, '城关社区人民调解委员会');
  const mediatorId = (await ok<{ id: number }>(core, 'mediator.create', mediatorOf(committeeId))).id;
  const sqlite = core.handle.sqlite;
  return {
    core,
    committeeId,
    mediatorId,
    intake: (overrides = {}) =>
      ok<CaseDetail>(core, 'case.create', {
        committeeId,
        source: 'applied',
        receivedOn: '2026-11-02',
        category: '02',
        facts: '李四家卫生间漏水，致张三家天花板受损',
        requests: '赔偿维修费5000元',
        amountFen: 500_000,
        mediatorIds: [mediatorId],
        parties: [respondent, applicant],
        ...overrides,
      }),
    step: (caseId, step) => ok<CaseDetail>(core, 'caseStep.create', { caseId, step }),
    count: (table, where = '1') => sqlite.prepare(`SELECT COUNT(*) FROM ${table} WHERE ${where}`).pluck().get() as number,
    audits: (entity) =>
      (
        sqlite
          .prepare('SELECT method, entity_id AS entityId, before, after FROM audit_log WHERE entity = ? ORDER BY id')
          .all(entity) as { method: string; entityId: string; before: string | null; after: string | null }[]
      ).map((r) => ({ ...r, before: r.before === null ? null : JSON.parse(r.before), after: r.after === null ? null : JSON.parse(r.after) })),
  };
}
