// A small fixed office built through the API, whose 2026-Q3 figures are worked out by hand in report-figures.test.ts.
import type { StepInput } from '../../../electron/shared/schemas/case-step';
import { ok, openTempCore, type TempCore } from '../../helpers/temp-core';
import { applicant, respondent } from '../case-workflow-fixtures';
import { mediatorOf } from '../mediator-helpers';
import { stepOf } from '../../unit/case-state-fixtures';
import { makeIdNumber } from '../../../electron/core/demo-data';

export const OFFICE = { name: '城关司法所', code: '320102001', district: '玄武区', township: '城关街道', address: null, head: '周所长', phone: '02584000000' };

const written = (on: string, amountFen: number): StepInput => ({ ...stepOf.written(on, on), amountFen }) as StepInput;
const oral = (on: string, amountFen: number): StepInput => ({ ...stepOf.oral(on), amountFen }) as StepInput;
const confirmed = (on: string): StepInput => ({ kind: 'judicialConfirmation', occurredOn: on, court: '城关人民法庭', decidedOn: on, result: 'confirmed' });
const performance = (on: string, status: 'full' | 'partial'): StepInput => ({ kind: 'performance', occurredOn: on, status, content: '履行情况' });
const followUp = (on: string, satisfaction: 'satisfied' | 'unsatisfied'): StepInput =>
  ({ ...stepOf.followUp(on), satisfaction, performance: satisfaction === 'satisfied' ? 'full' : 'partial' }) as StepInput;
const mediated = (accept: string, session: string) => [stepOf.accept(accept), stepOf.session(session)];

export interface ReportWorld {
  core: TempCore;
  caseIds: Record<string, number>;
  committeeIds: number[];
}

async function committees(core: TempCore): Promise<number[]> {
  const make = async (name: string, kind: string, filed: boolean) =>
    (
      await ok<{ id: number }>(core, 'committee.create', {
        name,
        kind,
        filingNumber: filed ? `玄司调备${name.length}号` : null,
        filedOn: filed ? '2020-01-10' : null,
        foundedOn: '2019-12-01',
      })
    ).id;
  return [await make('城关社区人民调解委员会', 'community', true), await make('城关街道人民调解委员会', 'street', false), await make('东村人民调解委员会', 'village', true)];
}

async function mediators(core: TempCore, [c1, c2, c3]: number[]): Promise<number[]> {
  const make = async (name: string, committeeId: number, n: number, employment: 'fullTime' | 'partTime', leftOn: string | null = null) =>
    (await ok<{ id: number }>(core, 'mediator.create', mediatorOf(committeeId!, { name, idNumber: makeIdNumber('320102', '1970-03-08', 'male', n), employment, leftOn }))).id;
  return [
    await make('王一', c1!, 1, 'fullTime'),
    await make('王二', c2!, 2, 'fullTime'),
    await make('王三', c3!, 3, 'partTime'),
    await make('王四', c1!, 4, 'partTime', '2026-08-15'),
  ];
}

async function trainings(core: TempCore, [m1, m2, m3, m4]: number[]): Promise<void> {
  const train = (mediatorId: number, startDate: string) =>
    ok(core, 'mediatorTraining.create', { mediatorId, title: '人民调解业务培训', kind: 'centralized', startDate, endDate: null, hours: 8, organizer: '区司法局', note: null });
  await train(m1!, '2026-03-10');
  await train(m2!, '2026-08-05');
  await train(m4!, '2026-07-01');
  await train(m3!, '2025-06-01');
}

async function investigations(core: TempCore): Promise<void> {
  const round = async (period: string, conductedOn: string, findings: boolean[]) => {
    const { id } = await ok<{ id: number }>(core, 'investigation.create', {
      level: 'street', period, kind: 'routine', conductedOn, investigators: '王一', responsible: '周所长',
    });
    for (const major of findings)
      await ok(core, 'investigationFinding.create', {
        investigationId: id, category: '02', summary: '邻里漏水', parties: '张某、李某', riskLevel: 'medium', responsible: '王一', status: 'pending', major,
      });
  };
  await round('2026-07-H1', '2026-07-05', [true]);
  await round('2026-07-H2', '2026-07-20', []);
  await round('2026-08-H1', '2026-08-06', [true, false]);
  await round('2026-09-H2', '2026-09-25', []);
  await round('2026-10-H1', '2026-10-08', [false]);
}

async function joint(core: TempCore): Promise<void> {
  const unit = async (kind: string, name: string) => (await ok<{ id: number }>(core, 'partnerUnit.create', { kind, name })).id;
  const court = await unit('court', '城关人民法庭');
  const police = await unit('policeStation', '城关派出所');
  const act = (partnerUnitId: number, heldOn: string) =>
    ok(core, 'jointActivity.create', { partnerUnitId, heldOn, kind: 'jointMeeting', place: '司法所', ourParticipants: '周所长', partnerParticipants: '庭长', summary: '联席会议' });
  await act(court, '2026-07-08');
  await act(court, '2026-09-12');
  await act(police, '2026-08-20');
  await act(police, '2026-10-10');
}

async function prevention(core: TempCore): Promise<void> {
  const save = (month: string, n: number) =>
    ok(core, 'prevention.save', {
      month, criminalCases: n, criminalPersons: n * 3, petitionCases: n + 1, petitionPersons: n * 10, suicideCases: 0, suicidePersons: 0, fights: n, preventedDisputes: n * 4, note: null,
    });
  await save('2026-07', 1);
  await save('2026-08', 2);
  await save('2026-10', 5);
}

/** The cases K1–K8 of the hand count (see report-figures.test.ts). */
async function cases(core: TempCore, committeeId: number, mediatorId: number, local: string): Promise<Record<string, number>> {
  const make = async (receivedOn: string, category: string, source: string, amountFen: number | null, steps: StepInput[]) => {
    const c = await ok<{ id: number }>(core, 'case.create', {
      committeeId, source, receivedOn, category, facts: '纠纷情况', amountFen, mediatorIds: [mediatorId], parties: [applicant, respondent],
    });
    for (const step of steps) await ok(core, 'caseStep.create', { caseId: c.id, step });
    return c.id;
  };
  return {
    K1: await make('2026-07-02', '01', 'applied', 1_000_000, [...mediated('2026-07-03', '2026-07-05'), stepOf.outcome('2026-07-06'), written('2026-07-06', 500_000), stepOf.confirmation('2026-07-10'), performance('2026-07-20', 'full'), followUp('2026-08-01', 'satisfied')]),
    K2: await make('2026-07-10', local, 'initiative', 256_789, [...mediated('2026-07-10', '2026-07-11'), stepOf.outcome('2026-08-02'), oral('2026-08-02', 30_000)]),
    K3: await make('2026-08-01', '02', 'courtAssigned', null, [...mediated('2026-08-01', '2026-08-03'), stepOf.outcome('2026-08-10', 'failure')]),
    K4: await make('2026-06-20', '04', 'police', 400_000, [...mediated('2026-06-21', '2026-06-22'), stepOf.outcome('2026-07-15', 'terminated')]),
    K5: await make('2026-09-05', '01', 'applied', 50_000, [stepOf.reject('2026-09-06')]),
    K6: await make('2026-09-20', '13', 'other', null, [stepOf.accept('2026-09-21')]),
    K7: await make('2026-05-01', '01', 'applied', 100_000, [...mediated('2026-05-02', '2026-05-03'), stepOf.outcome('2026-05-10'), oral('2026-05-10', 20_000), followUp('2026-07-15', 'unsatisfied'), performance('2026-07-16', 'partial')]),
    K8: await make('2026-10-05', '01', 'applied', null, [stepOf.accept('2026-10-06')]),
    K9: await make('2026-09-02', '05', 'initiative', 150_000, [...mediated('2026-09-02', '2026-09-03'), stepOf.outcome('2026-09-04'), written('2026-09-04', 500_000)]),
    K10: await make('2026-09-08', '99', 'petition', null, [...mediated('2026-09-08', '2026-09-09'), stepOf.outcome('2026-09-10'), written('2026-09-10', 500_000), confirmed('2026-09-15')]),
    DEL: await make('2026-08-05', '01', 'applied', 9_000_000, [...mediated('2026-08-05', '2026-08-06'), stepOf.outcome('2026-08-07')]),
  };
}

export async function openReportWorld(): Promise<ReportWorld> {
  const core = openTempCore();
  await ok(core, 'office.save', OFFICE);
  const committeeIds = await committees(core);
  const ms = await mediators(core, committeeIds);
  await trainings(core, ms);
  const local = (await ok<{ code: string }>(core, 'disputeCategory.create', { label: '噪音纠纷', parentCode: '02' })).code;
  const caseIds = await cases(core, committeeIds[0]!, ms[0]!, local);
  await ok(core, 'case.delete', { id: caseIds.DEL, reason: '重复登记' });
  await investigations(core);
  await joint(core);
  await prevention(core);
  return { core, caseIds, committeeIds };
}
