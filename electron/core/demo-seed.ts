// The whole demo, through dispatch: office, staff, Party branch, committees, mediators, joint building, investigations, cases.
import { seedCases } from './demo-cases';
import { seedCommittees } from './demo-committee';
import { seedCpc } from './demo-cpc';
import { demoOffice, demoStaff, demoTrainings } from './demo-data';
import { seedInvestigations } from './demo-investigation';
import { seedJoint } from './demo-joint';
import { demoContext, type DemoCall } from './demo-kit';
import { seedMediators } from './demo-mediation';

/** `full`: every register, the branch included; `no-branch`: the same office before it set up its Party branch. */
export const demoScenarios = ['full', 'no-branch'] as const;
export type DemoScenario = (typeof demoScenarios)[number];

export interface DemoCounts {
  staff: number;
  staffTrainings: number;
  cpcBranches: number;
  cpcMembers: number;
  cpcMeetings: number;
  committees: number;
  committeeMembers: number;
  enterprises: number;
  mediators: number;
  mediatorTrainings: number;
  mediatorDisciplines: number;
  partnerUnits: number;
  jointActivities: number;
  investigations: number;
  zeroReports: number;
  findings: number;
  majorDisputes: number;
  cases: number;
  dossiers: number;
  closedDossiers: number;
  lateEntries: number;
}

/** What the database already holds, in Chinese, or null when it is empty (the demo only fills an empty one). */
export async function existingData(call: DemoCall): Promise<string | null> {
  const office = await call('office.get', {});
  if (office !== null) return office.name;
  const totals: [string, number][] = [
    ['工作人员', (await call('app.info', {})).counts.staff],
    ['党支部', (await call('cpcBranch.list', {})).items.length],
    ['调委会', (await call('committee.list', {})).total],
    ['企业', (await call('enterprise.list', {})).total],
    ['调解员', (await call('mediator.list', {})).total],
    ['共建单位', (await call('partnerUnit.list', {})).total],
    ['排查记录', (await call('investigation.list', {})).total],
  ];
  const held = totals.filter(([, n]) => n > 0).map(([label, n]) => `${label} ${n}`);
  return held.length > 0 ? held.join('、') : null;
}

/** Fills an empty database; `today` (Asia/Shanghai) anchors every date so the data looks current whenever it is made. */
export async function seedDemo(call: DemoCall, options: { staffCount: number; today: string; scenario: DemoScenario }): Promise<DemoCounts> {
  const { staffCount, today, scenario } = options;
  const people = demoStaff(staffCount);
  await call('office.save', { ...demoOffice, head: people[0]?.name ?? null });
  const staff: { id: number; input: (typeof people)[number] }[] = [];
  for (const input of people) staff.push({ id: (await call('staff.create', input)).id, input });
  const trainings = demoTrainings(people.length, today);
  for (const { index, training } of trainings) await call('staffTraining.create', { staffId: staff[index]!.id, ...training });

  const names = people.map((p) => p.name);
  const ctx = demoContext(call, today, names);
  const cpc = scenario === 'full' ? await seedCpc(ctx, staff) : { members: 0, meetings: 0 };
  const committees = await seedCommittees(ctx);
  const mediation = await seedMediators(ctx, committees.ids);
  const joint = await seedJoint(ctx, names);
  const rounds = await seedInvestigations(ctx, names);
  const cases = await seedCases(ctx, committees.ids);
  return {
    staff: people.length,
    staffTrainings: trainings.length,
    cpcBranches: scenario === 'full' ? 1 : 0,
    cpcMembers: cpc.members,
    cpcMeetings: cpc.meetings,
    committees: committees.committees,
    committeeMembers: committees.members,
    enterprises: committees.enterprises,
    mediators: mediation.mediators,
    mediatorTrainings: mediation.trainings,
    mediatorDisciplines: mediation.disciplines,
    partnerUnits: joint.partners,
    jointActivities: joint.activities,
    investigations: rounds.rounds,
    zeroReports: rounds.zeroReports,
    findings: rounds.findings,
    majorDisputes: rounds.majors,
    cases: cases.cases,
    dossiers: cases.dossiers,
    closedDossiers: cases.closed,
    lateEntries: cases.lateEntries,
  };
}
