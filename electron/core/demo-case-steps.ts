// The dated steps of one demo case, from its plan and story: 受理/不予受理, 调查, 调解, 结果, 协议, 履行, 回访, 司法确认.
import type { StepInput } from '../shared/schemas/case-step';
import { addDays } from '../shared/rules/dates';
import { pick } from './demo-data';
import type { CasePlan } from './demo-case-plan';
import type { Story, StoryVars } from './demo-case-stories';
import { between } from './demo-kit';

export interface CaseCast {
  vars: StoryVars;
  /** 承办调解员 names (at least one). */
  mediators: string[];
  /** Names of the first applicant and the first respondent. */
  applicant: string;
  respondent: string;
  amountFen: number | null;
  room: string;
}

/** The steps in order; `concludes` marks the one that records the conclusion (its instant is the entry time). */
export interface DatedStep {
  step: StepInput;
  concludes?: true;
  /** Recorded later than it happened (a 司法确认 is entered once the court has decided). */
  recordOn?: string;
}

const REJECTIONS: Partial<Record<string, (v: StoryVars) => string>> = {
  '04': (v) => `经了解，${v.a}已就该纠纷向玄武区人民法院提起诉讼，法院已立案受理。`,
  '10': (v) => `经了解，${v.a}已就该劳动报酬争议向玄武区劳动人事争议仲裁委员会申请仲裁，仲裁委已立案受理。`,
};

const ymd = (d: string) => `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

/** Dated steps of the case, all on or before `today`. */
export function stepsOf(plan: CasePlan, story: Story, cast: CaseCast, receivedOn: string, today: string, random: () => number): DatedStep[] {
  const people = cast.mediators.join('、');
  const recorder = cast.mediators[cast.mediators.length - 1]!;
  const v = cast.vars;
  const cap = (d: string) => (d > today ? today : d);
  if (plan.fate === 'received') return [];
  if (plan.fate === 'rejected') {
    const reject = REJECTIONS[story.category] ?? ((x: StoryVars) => `${x.r}明确表示不同意调解。`);
    const alreadyHandled = REJECTIONS[story.category] !== undefined;
    return [
      {
        step: {
          kind: 'reject',
          occurredOn: cap(addDays(receivedOn, 1)),
          people,
          reason: alreadyHandled ? 'alreadyHandled' : 'partyRefused',
          content: reject(v),
          channel: alreadyHandled ? '已告知当事人按诉讼或仲裁程序依法处理' : '已告知当事人可向人民法院起诉',
        },
        concludes: true,
      },
    ];
  }
  const pinned = plan.span !== undefined;
  const acceptedOn = cap(addDays(receivedOn, pinned ? 1 : between(random, 0, 2)));
  const steps: DatedStep[] = [{ step: { kind: 'accept', occurredOn: acceptedOn, people, content: '经审查，纠纷属于人民调解受理范围，双方当事人同意调解，予以受理，并告知当事人的权利义务。' } }];
  const session = (on: string, content: string): DatedStep => ({
    step: { kind: 'session', occurredOn: on, people, place: cast.room, participants: pick(random, ['社区网格员', '楼栋长', '居民代表', null]), recorder, content },
  });
  if (plan.fate === 'mediating' || plan.fate === 'overdue') {
    const rounds = plan.fate === 'overdue' ? [4, 14, 32] : [3];
    const texts = [
      '首次调解：双方各自陈述事实和理由，分歧较大，约定补充材料后再次调解。',
      '第二次调解：调解员背对背分别做双方工作，双方立场有所松动，仍未达成一致。',
      '第三次调解：双方就主要事项基本达成共识，个别条款仍需回去商量。',
    ];
    rounds.forEach((d, i) => {
      if (addDays(acceptedOn, d) <= today) steps.push(session(addDays(acceptedOn, d), texts[i]!));
    });
    return steps;
  }
  const outcomeOn = cap(addDays(acceptedOn, plan.span ?? between(random, 5, 18)));
  const gap = (Date.parse(outcomeOn) - Date.parse(acceptedOn)) / 86_400_000;
  if (story.inquiry && gap >= 3) {
    const subject = story.inquiry.subject === 'respondent' ? cast.respondent : `${cast.applicant}的邻居及物业工作人员`;
    steps.push({ step: { kind: 'inquiry', occurredOn: addDays(acceptedOn, 1), people, place: v.place, subject, recorder, content: story.inquiry.content(v) } });
  }
  const success = plan.fate === 'written' || plan.fate === 'oral';
  if (gap >= 8) steps.push(session(addDays(acceptedOn, Math.floor(gap / 2)), '首次调解：双方各自陈述事实和理由，调解员核实证据后分别做工作，约定再次调解。'));
  steps.push(session(outcomeOn, success ? story.session(v) : story.failure(v)));
  if (!success) {
    const terminated = plan.fate === 'terminated';
    steps.push({
      step: {
        kind: 'outcome',
        occurredOn: outcomeOn,
        result: terminated ? 'terminated' : 'failure',
        reason: terminated ? pick(random, ['partyRefused', 'withdrawn'] as const) : 'noAgreement',
        remediesTold: true,
        content: story.failure(v),
      },
      concludes: true,
    });
    return steps;
  }
  steps.push({ step: { kind: 'outcome', occurredOn: outcomeOn, result: 'success', remediesTold: false, content: '经调解，双方自愿达成协议。' }, concludes: true });
  const written = plan.fate === 'written';
  const deadline = addDays(outcomeOn, between(random, 10, 20));
  steps.push({
    step: written
      ? {
          kind: 'agreement', occurredOn: outcomeOn, people, form: 'written', clauses: story.clauses({ ...v, by: ymd(deadline) }),
          performanceMethod: cast.amountFen === null ? '按协议约定自行履行' : '银行转账或现金支付', performanceDeadline: deadline,
          amountFen: cast.amountFen, effectiveOn: outcomeOn, signedByParties: true, mediatorSigned: true, sealed: true,
        }
      : { kind: 'agreement', occurredOn: outcomeOn, people, form: 'oral', content: story.oral(v), performanceMethod: '当即履行', amountFen: cast.amountFen, effectiveOn: outcomeOn },
    concludes: true,
  });
  const paidOn = written ? addDays(deadline, -between(random, 0, 6)) : outcomeOn;
  if (paidOn <= today) {
    const paid = cast.amountFen === null ? '已按协议履行完毕' : `已支付${v.money}`;
    steps.push({ step: { kind: 'performance', occurredOn: paidOn, status: 'full', content: `${cast.respondent}${paid}。`, evidence: cast.amountFen === null ? null : pick(random, ['收条一份', '银行转账凭证一份', '微信转账截图一份']) } });
  }
  if (plan.confirm !== undefined && addDays(outcomeOn, 4) <= today) {
    const appliedOn = addDays(outcomeOn, 4);
    const decidedOn = addDays(appliedOn, between(random, 8, 14));
    const decided = plan.confirm === 'confirmed' && decidedOn <= today;
    const year = appliedOn.slice(0, 4);
    steps.push({
      step: {
        kind: 'judicialConfirmation', occurredOn: appliedOn, people: `${cast.applicant}、${cast.respondent}`, court: '南京市玄武区人民法院',
        caseNumber: decided ? `（${year}）苏0102民特${between(random, 100, 899)}号` : null, decidedOn: decided ? decidedOn : null,
        result: decided ? 'confirmed' : 'pending', content: decided ? '人民法院裁定确认调解协议有效。' : '双方当事人共同向人民法院申请司法确认，法院已受理，正在审查。',
      },
      ...(decided ? { recordOn: decidedOn } : {}),
    });
  }
  const visitOn = addDays(outcomeOn, plan.earlyFollowUp ? 12 : between(random, 12, 25));
  if (!plan.noFollowUp && addDays(outcomeOn, 12) <= today) {
    const done = paidOn <= cap(visitOn);
    steps.push({
      step: {
        kind: 'followUp', occurredOn: cap(visitOn), people: cast.mediators[0]!, partyVisited: cast.applicant, performance: done ? 'full' : 'notDue',
        satisfaction: random() < 0.8 ? 'satisfied' : 'basic', sued: false, risk: null, measures: null,
        content: `电话回访${cast.applicant}，${done ? '协议内容已履行完毕' : '协议正在履行，履行期限未到'}，双方关系缓和，未再发生纠纷。`,
      },
    });
  }
  return steps.sort((x, y) => (x.step.occurredOn < y.step.occurredOn ? -1 : x.step.occurredOn > y.step.occurredOn ? 1 : 0));
}
