// Demo mediation cases and dossiers, written through dispatch at the instants a clerk would have entered each step.
import { entryDeadline } from '../shared/rules/entry-deadline';
import { addDays } from '../shared/rules/dates';
import type { CaseCreateInput } from '../shared/schemas/case';
import type { StepInput } from '../shared/schemas/case-step';
import { openClockedCalls } from './demo-case-clock';
import { PartyMaker } from './demo-case-parties';
import { CASE_PLANS, SOURCE_DETAIL, type CasePlan } from './demo-case-plan';
import { stepsOf } from './demo-case-steps';
import { STORIES, type StoryKey } from './demo-case-stories';
import type { CommitteeKey } from './demo-committee';
import { between, daysAgo, type DemoCall, type DemoContext } from './demo-kit';
import { fileParts, loadRegisters, type Registers } from './demo-case-registers';

export interface CaseSeed {
  cases: number;
  dossiers: number;
  closed: number;
  lateEntries: number;
}

interface Action {
  at: number;
  seq: number;
  run: (call: DemoCall) => Promise<void>;
}

const STORY_OF_CATEGORY = new Map<string, StoryKey>((Object.keys(STORIES) as StoryKey[]).reverse().map((k) => [STORIES[k].category, k]));

/** 09:00–17:00 Asia/Shanghai on `on`, as epoch milliseconds. */
const workingInstant = (on: string, random: () => number) => Date.parse(`${on}T09:00:00+08:00`) + between(random, 0, 480) * 60_000;

export async function seedCases(ctx: DemoContext, committees: Record<CommitteeKey, number>): Promise<CaseSeed> {
  const { call } = ctx;
  const registers = await loadRegisters(call, committees);
  const { entryDeadlineDay } = await call('setting.get', {});
  const maker = new PartyMaker(ctx, registers.creditCodes);
  const seed: CaseSeed = { cases: 0, dossiers: 0, closed: 0, lateEntries: 0 };
  const actions: Action[] = [];
  let seq = 0;
  for (const plan of CASE_PLANS) {
    const script = scriptOf(plan, ctx, registers, maker, entryDeadlineDay, seed);
    for (const a of script) actions.push({ ...a, seq: (seq += 1) });
  }
  actions.sort((x, y) => x.at - y.at || x.seq - y.seq);
  const clock = await openClockedCalls(call);
  try {
    for (const a of actions) await a.run(clock.at(new Date(a.at)));
  } finally {
    clock.close();
  }
  seed.cases = CASE_PLANS.length;
  return seed;
}

/** One case's calls, each at its instant; the instants only move forward. */
function scriptOf(plan: CasePlan, ctx: DemoContext, registers: Registers, maker: PartyMaker, deadlineDay: number, seed: CaseSeed): Omit<Action, 'seq'>[] {
  const { today, random } = ctx;
  let storyKey = plan.story;
  let source = plan.source;
  let receivedOn = daysAgo(today, plan.ago);
  let findingId: number | null = null;
  if (source === 'investigation') {
    const finding = registers.takeFinding(receivedOn, (category) => STORY_OF_CATEGORY.has(category));
    if (finding === null) source = 'initiative';
    else {
      findingId = finding.id;
      storyKey = STORY_OF_CATEGORY.get(finding.category)!;
      receivedOn = addDays(finding.conductedOn, 2) > today ? today : addDays(finding.conductedOn, 2);
    }
  }
  const story = STORIES[storyKey];
  const place = maker.place(plan.committee);
  const { inputs, a, r } = maker.parties(story, place);
  const yuan = story.amount === null ? null : Math.round(between(random, story.amount[0], story.amount[1]) / 100) * 100;
  const vars = { a, r, place, money: yuan === null ? '' : `人民币${yuan.toLocaleString('en-US')}元`, by: '' };
  const mediators = registers.mediatorsFor(plan.committee, receivedOn, random() < 0.4 ? 2 : 1);
  const cast = { vars, mediators, applicant: inputs[0]!.name, respondent: inputs.find((p) => p.role === 'respondent')!.name, amountFen: yuan === null ? null : yuan * 100, room: registers.room(plan.committee) };
  const steps = stepsOf(plan, story, cast, receivedOn, today, random);

  const input: CaseCreateInput = {
    committeeId: registers.committees[plan.committee],
    source,
    sourceDetail: SOURCE_DETAIL[source] ?? null,
    findingId,
    receivedOn,
    category: story.category,
    facts: story.facts(vars),
    requests: story.requests(vars),
    amountFen: cast.amountFen,
    mediatorIds: registers.mediatorIds(plan.committee, mediators),
    parties: inputs,
  };

  // A late case was handed in on paper after the monthly deadline and entered all at once (补录).
  const concludedOn = steps.find((s) => s.concludes)?.step.occurredOn;
  let floor = 0;
  if (plan.late && concludedOn !== undefined) {
    const lateOn = addDays(entryDeadline(concludedOn, deadlineDay), between(random, 3, 8));
    if (lateOn < today) {
      floor = workingInstant(lateOn, random);
      seed.lateEntries += 1;
    }
  }
  const out: Omit<Action, 'seq'>[] = [];
  let last = 0;
  const at = (on: string, run: Action['run']) => {
    last = Math.max(workingInstant(on, random), last + 60_000, floor);
    out.push({ at: last, run });
  };
  const state = { id: 0 };
  at(receivedOn, async (call) => {
    state.id = (await call('case.create', input)).id;
  });
  const mediated = ['written', 'oral', 'failed', 'terminated'].includes(plan.fate);
  const skip = new Set<string>(plan.incomplete ? ['agreement'] : []);
  let concluded = false;
  for (const { step, concludes, recordOn } of steps) {
    concluded ||= concludes === true;
    at(recordOn ?? step.occurredOn, async (call) => {
      await call('caseStep.create', { caseId: state.id, step: step as StepInput });
      if (step.kind === 'accept') {
        await call('dossier.open', { caseId: state.id, openedOn: step.occurredOn });
        seed.dossiers += 1;
      }
      if (mediated && concluded) await fileParts(call, state.id, step.occurredOn, skip);
    });
  }
  const lastOn = steps.map((s) => s.recordOn ?? s.step.occurredOn).sort().at(-1);
  if (mediated && lastOn !== undefined && !plan.incomplete && !plan.noFollowUp && plan.confirm !== 'pending') {
    const ready = addDays(lastOn, between(random, 2, 6));
    const closedOn = ready > today ? today : ready;
    at(closedOn, async (call) => {
      await fileParts(call, state.id, closedOn, skip);
      const retention = plan.fate === 'written' && cast.amountFen !== null ? '长期' : '短期';
      await call('dossier.close', { caseId: state.id, closedBy: mediators[0]!, closedOn, retention, note: null });
      seed.closed += 1;
    });
  }
  return out;
}
