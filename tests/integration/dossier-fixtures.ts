// Setup of the dossier tests: cases taken through the real workflow (case.create, caseStep.create), scans added as attachments.
import { committee } from '../../drizzle/schema';
import type { CaseDetail } from '../../electron/shared/schemas/case';
import type { StepInput } from '../../electron/shared/schemas/case-step';
import { pdf } from '../unit/attachment-fixtures';
import { ok, type TempCore } from '../helpers/temp-core';

const at = '2026-01-01T00:00:00.000Z';
let serial = 0;

/** 10:00 in Asia/Shanghai on a date, as the instant the clock is set to. */
export const shanghaiMorning = (date: string) => `${date}T02:00:00.000Z`;

/** Parts the documents issue will generate; until then filed on paper like any other. */
export const coverParts = ['cover', 'toc', 'backCover'];

export const signedParts = ['application', 'rightsNotice', 'idProof', 'session', 'agreement', 'followUp'];

export function dossierFixtures(core: TempCore) {
  const call = <T = CaseDetail>(method: string, input: unknown) => ok<T>(core, method, input);
  const self = {
    committee(name: string, shortName: string | null = null): number {
      const row = { name, shortName, nameInitials: 'x', namePinyin: 'x', kind: 'community', createdAt: at, updatedAt: at };
      return core.handle.db.insert(committee).values(row).returning().get().id;
    },
    async intake(committeeId: number, receivedOn: string, agent = false): Promise<number> {
      serial += 1;
      const agents = agent ? [{ name: '代理人', kind: 'entrusted', authority: 'general' }] : [];
      const parties = [
        { role: 'applicant', kind: 'person', name: `张${serial}`, agents },
        { role: 'respondent', kind: 'person', name: `李${serial}` },
      ];
      const detail = await call('case.create', { committeeId, source: 'applied', receivedOn, category: '02', facts: '邻里之间因排水发生纠纷', parties });
      return detail.id;
    },
    step: (caseId: number, step: StepInput) => call('caseStep.create', { caseId, step }),
    accept: (caseId: number, on: string) => self.step(caseId, { kind: 'accept', occurredOn: on, people: '王调解' }),
    session: (caseId: number, on: string) => self.step(caseId, { kind: 'session', occurredOn: on, people: '王调解', content: '双方陈述，达成一致' }),
    outcome: (caseId: number, on: string, result: 'success' | 'failure' | 'terminated' = 'success') =>
      self.step(caseId, { kind: 'outcome', occurredOn: on, result, reason: result === 'success' ? null : 'noAgreement' }),
    agreement: (caseId: number, on: string, signed = true) =>
      self.step(caseId, {
        kind: 'agreement',
        occurredOn: on,
        people: '王调解',
        form: 'written',
        clauses: ['李四赔偿张三维修费3000元'],
        signedByParties: signed,
        mediatorSigned: signed,
        sealed: signed,
        effectiveOn: signed ? on : null,
      }),
    followUp: (caseId: number, on: string) =>
      self.step(caseId, { kind: 'followUp', occurredOn: on, people: '王调解', partyVisited: '张三', performance: 'full', satisfaction: 'satisfied', content: '已履行' }),
    scan: (caseId: number, role: string) =>
      call<{ id: number }>('attachment.add', { ownerType: 'case', ownerId: caseId, name: `${role}.pdf`, role, dataBase64: pdf(role).toString('base64') }),
    /** Received, accepted, mediated to success with a signed written agreement (clock set to the conclusion day). */
    async succeeded(committeeId: number, concludedOn: string, receivedOn = concludedOn): Promise<number> {
      core.setNow(shanghaiMorning(concludedOn));
      const id = await self.intake(committeeId, receivedOn);
      await self.accept(id, receivedOn);
      await self.session(id, concludedOn);
      await self.outcome(id, concludedOn);
      await self.agreement(id, concludedOn);
      return id;
    },
    /** `succeeded` plus a 回访 and every required signed part scanned: ready for 立卷. */
    async complete(committeeId: number, concludedOn: string, followUpOn: string): Promise<number> {
      const id = await self.succeeded(committeeId, concludedOn);
      core.setNow(shanghaiMorning(followUpOn));
      await self.followUp(id, followUpOn);
      for (const role of signedParts) await self.scan(id, role);
      return id;
    },
    /** Opens the dossier and, unless `covers` is false, marks 封面, 卷内目录 and 封底 as filed on paper (the app cannot generate them yet). */
    async open(caseId: number, openedOn: string, covers = true): Promise<CaseDetail> {
      let detail = await call('dossier.open', { caseId, openedOn });
      if (!covers) return detail;
      for (const part of coverParts) {
        detail = await call('dossier.markPart', { caseId, part, onPaper: true, markedOn: openedOn, note: null });
      }
      return detail;
    },
  };
  return self;
}
