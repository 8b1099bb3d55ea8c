// Demo mediators of each committee (full-time/part-time, expert pool, titles), their training, and one discipline event.
import type { MethodInput } from '../shared/contract';
import { addDays } from '../shared/rules/dates';
import { pick } from './demo-data';
import type { CommitteeKey } from './demo-committee';
import { between, daysAgo, mobile, type DemoContext } from './demo-kit';

/** Full-time and part-time mediators per committee: 后宰门村 has no full-time one (below the 5:2:1 norm). */
const STAFFING: Readonly<Record<CommitteeKey, [fullTime: number, partTime: number]>> = {
  street: [3, 2],
  danfeng: [1, 1],
  hubin: [1, 2],
  beimenqiao: [1, 1],
  houzaimen: [0, 2],
  pharma: [0, 2],
  property: [2, 1],
};

const EXPERTS: Partial<Record<CommitteeKey, string>> = { street: '婚姻家庭纠纷', property: '物业管理纠纷', hubin: '邻里纠纷' };

type Training = Omit<MethodInput<'mediatorTraining.create'>, 'mediatorId'>;

/** Courses of the past year, by how many days ago they began. */
function courses(today: string): Training[] {
  const course = (ago: number, days: number, t: Omit<Training, 'startDate' | 'endDate'>): Training => ({
    ...t,
    startDate: daysAgo(today, ago),
    endDate: days > 1 ? addDays(daysAgo(today, ago), days - 1) : null,
  });
  return [
    course(48, 3, { title: '全区人民调解员集中轮训班', kind: 'centralized', hours: 24, organizer: '玄武区司法局', note: null }),
    course(160, 1, { title: '婚姻家庭纠纷调解案例研讨会', kind: 'caseStudy', hours: 4, organizer: '玄武门司法所', note: null }),
    course(230, 1, { title: '物业纠纷调解实务网络课程', kind: 'online', hours: 8, organizer: '江苏省司法厅', note: null }),
    course(300, 1, { title: '庭审观摩（物业服务合同纠纷案件）', kind: 'trialObservation', hours: 3, organizer: '玄武门人民法庭', note: null }),
  ];
}

export interface MediationSeed {
  mediators: number;
  trainings: number;
  disciplines: number;
}

export async function seedMediators(ctx: DemoContext, committees: Record<CommitteeKey, number>): Promise<MediationSeed> {
  const { call, today, random, people } = ctx;
  const menu = courses(today);
  let mediators = 0;
  let trainings = 0;
  for (const key of Object.keys(STAFFING) as CommitteeKey[]) {
    const [fullTime, partTime] = STAFFING[key];
    for (let i = 0; i < fullTime + partTime; i += 1) {
      const full = i < fullTime;
      const p = people.person(full ? 28 : 35, full ? 55 : 68);
      const expert = i === 0 ? EXPERTS[key] : undefined;
      // The property committee's second full-time mediator started last month: no training yet.
      const newcomer = key === 'property' && i === 1;
      const startedOn = newcomer ? daysAgo(today, between(random, 25, 40)) : daysAgo(today, between(random, 500, 3000));
      const input: MethodInput<'mediator.create'> = {
        name: p.name,
        idNumber: p.idNumber,
        ethnicity: random() < 0.93 ? '01' : pick(random, ['03', '08']),
        politicalStatus: pick(random, ['01', '01', '13', '13', '03']),
        education: full ? pick(random, ['21', '21', '31']) : pick(random, ['31', '41', '61']),
        phone: mobile(random),
        committeeId: committees[key],
        employment: full ? 'fullTime' : 'partTime',
        qualifications: full && random() < 0.5 ? '法律职业资格' : expert ? '国家二级心理咨询师' : null,
        inExpertPool: expert !== undefined,
        expertField: expert ?? null,
        title: expert ? '一级人民调解员' : full ? pick(random, ['二级人民调解员', '三级人民调解员', null]) : null,
        startedOn,
        note: full ? null : pick(random, ['退休教师', '楼栋长', '网格员', '退休法官', '居民代表']),
      };
      const m = await call('mediator.create', input);
      mediators += 1;
      // 后宰门村's first part-time mediator was last trained over a year ago.
      const stale = key === 'houzaimen' && i === 0;
      const own = newcomer ? [] : stale ? [{ ...menu[0]!, startDate: daysAgo(today, 430), endDate: daysAgo(today, 428) }] : take(menu, random);
      for (const t of own.filter((c) => c.startDate >= startedOn || stale)) {
        await call('mediatorTraining.create', { mediatorId: m.id, ...t });
        trainings += 1;
      }
    }
  }
  const disciplines = await seedDismissal(ctx, committees.street);
  return { mediators: mediators + 1, trainings, disciplines };
}

/** One to three courses, always the centralized one for full-time mediators. */
function take(menu: readonly Training[], random: () => number): Training[] {
  const picked = menu.filter((_, i) => i === 0 || random() < 0.45);
  return picked.length > 0 ? picked : [menu[0]!];
}

/** A part-time mediator of the street committee dismissed for partiality (人民调解法第十五条); no longer serving. */
async function seedDismissal({ call, today, random, people }: DemoContext, committeeId: number): Promise<number> {
  const p = people.person(45, 60, 'male');
  const dismissedOn = daysAgo(today, between(random, 90, 120));
  const m = await call('mediator.create', {
    name: p.name,
    idNumber: p.idNumber,
    ethnicity: '01',
    politicalStatus: '13',
    education: '41',
    phone: mobile(random),
    committeeId,
    employment: 'partTime',
    startedOn: daysAgo(today, 1400),
    leftOn: dismissedOn,
    note: '已解聘',
  });
  await call('mediatorDiscipline.create', {
    mediatorId: m.id,
    occurredOn: dismissedOn,
    kind: 'dismissal',
    reason: 'partiality',
    detail: '调解一起邻里纠纷时偏袒亲属一方，经当事人投诉、街道调委会核实，予以解聘',
  });
  return 1;
}
