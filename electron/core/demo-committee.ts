// Demo committees of 玄武门街道 with their members, and the enterprises of the street with valid credit codes.
import type { MethodInput } from '../shared/contract';
import { addYears } from '../shared/schemas/committee-member';
import { CREDIT_CODE_CHARSET, creditCheckChar } from '../shared/validators/credit-code';
import { pick } from './demo-data';
import { between, daysAgo, landline, mobile, yearOfToday, type DemoContext } from './demo-kit';

export type CommitteeKey = 'street' | 'danfeng' | 'hubin' | 'beimenqiao' | 'houzaimen' | 'pharma' | 'property';

interface CommitteePlan {
  key: CommitteeKey;
  name: string;
  kind: MethodInput<'committee.create'>['kind'];
  field?: 'property';
  place: string;
  /** Years since founding; null founding year means founded a few weeks ago. */
  age: number | null;
  members: number;
}

const PLANS: readonly CommitteePlan[] = [
  { key: 'street', name: '玄武门街道人民调解委员会', kind: 'street', place: '玄武门街道综合服务中心一楼调解室', age: 14, members: 7 },
  { key: 'danfeng', name: '丹凤街社区人民调解委员会', kind: 'community', place: '丹凤街社区居委会二楼', age: 12, members: 5 },
  { key: 'hubin', name: '湖滨社区人民调解委员会', kind: 'community', place: '湖滨社区党群服务中心', age: 11, members: 4 },
  { key: 'beimenqiao', name: '北门桥社区人民调解委员会', kind: 'community', place: '北门桥社区居委会一楼', age: 10, members: 5 },
  { key: 'houzaimen', name: '后宰门村人民调解委员会', kind: 'village', place: '后宰门村村民委员会', age: 13, members: 3 },
  { key: 'pharma', name: '金陵医药集团有限公司人民调解委员会', kind: 'enterprise', place: '金陵医药集团工会办公室', age: 6, members: 3 },
  { key: 'property', name: '玄武门街道物业纠纷人民调解委员会', kind: 'professional', field: 'property', place: '玄武门街道综合服务中心二楼', age: null, members: 5 },
];

export interface CommitteeSeed {
  ids: Record<CommitteeKey, number>;
  committees: number;
  members: number;
  enterprises: number;
}

export async function seedCommittees(ctx: DemoContext): Promise<CommitteeSeed> {
  const { call, today, random } = ctx;
  const year = yearOfToday(today);
  const ids = {} as Record<CommitteeKey, number>;
  let members = 0;
  for (const [index, plan] of PLANS.entries()) {
    const foundedOn = plan.age === null ? daysAgo(today, between(random, 60, 80)) : `${year - plan.age}-0${between(random, 3, 9)}-${between(random, 10, 28)}`;
    // The new 物业 committee has not been filed with the district bureau yet.
    const filed = plan.age !== null;
    const created = await call('committee.create', {
      name: plan.name,
      kind: plan.kind,
      field: plan.field ?? null,
      filingNumber: filed ? `玄司调备〔${year - plan.age!}〕${String(index + 1).padStart(2, '0')}号` : null,
      filedOn: filed ? `${year - plan.age!}-11-${between(random, 10, 28)}` : null,
      foundedOn,
      address: `玄武区${plan.place}`,
      phone: landline(random),
      note: filed ? null : '新成立，备案材料已报街道，待报区司法局备案',
    });
    ids[plan.key] = created.id;
    members += await seedMembers(ctx, created.id, plan, foundedOn);
  }
  const enterprises = await seedEnterprises(ctx, ids.pharma);
  return { ids, committees: PLANS.length, members, enterprises };
}

/** 3–9 members with a 主任 and at least one woman; 湖滨's only woman left this year, so it has none in office. */
async function seedMembers({ call, today, random, people }: DemoContext, committeeId: number, plan: CommitteePlan, foundedOn: string): Promise<number> {
  const termStart = plan.age === null ? foundedOn : daysAgo(today, between(random, 200, 700));
  const termEnd = addYears(termStart, 3);
  for (let i = 0; i < plan.members; i += 1) {
    const gender = plan.key === 'hubin' ? (i === 1 ? 'female' : 'male') : i === 1 || i === 3 ? 'female' : pick(random, ['male', 'female'] as const);
    const p = people.person(32, 62, gender);
    const left = plan.key === 'hubin' && i === 1;
    await call('committeeMember.create', {
      committeeId,
      name: p.name,
      gender: p.gender,
      ethnicity: '01',
      role: i === 0 ? 'director' : i === 1 ? 'deputyDirector' : 'member',
      termStart,
      termEnd,
      leftOn: left ? daysAgo(today, between(random, 40, 60)) : null,
      phone: mobile(random),
      note: left ? '随家庭迁居外地，辞去委员职务' : null,
    });
  }
  return plan.members;
}

interface EnterprisePlan {
  name: string;
  employees: number;
  own: boolean;
  address: string;
}

const ENTERPRISES: readonly EnterprisePlan[] = [
  { name: '金陵医药集团有限公司', employees: 1260, own: true, address: '玄武区丹凤街66号' },
  { name: '南京金陵医药物流有限公司', employees: 420, own: true, address: '玄武区后宰门路18号' },
  { name: '南京紫金大酒店有限公司', employees: 356, own: false, address: '玄武区北京东路39号' },
  { name: '南京玄武湖文化传媒有限公司', employees: 86, own: false, address: '玄武区玄武门街道湖滨路8号' },
  { name: '南京鸡鸣寺文创商贸有限公司', employees: 124, own: false, address: '玄武区鸡鸣寺路22号' },
  { name: '南京丹凤街餐饮管理有限公司', employees: 47, own: false, address: '玄武区丹凤街105号' },
];

/** A valid GB 32100 code of an enterprise registered in 玄武区: 91 320102 MA1xxxxxx + check character. */
export function demoCreditCode(random: () => number): string {
  let body = '91320102MA1';
  while (body.length < 17) body += CREDIT_CODE_CHARSET[Math.floor(random() * CREDIT_CODE_CHARSET.length)];
  return body + creditCheckChar(body);
}

async function seedEnterprises({ call, random, people }: DemoContext, committeeId: number): Promise<number> {
  for (const e of ENTERPRISES) {
    await call('enterprise.create', {
      name: e.name,
      creditCode: demoCreditCode(random),
      employees: e.employees,
      address: e.address,
      contact: people.person(30, 55).name,
      phone: landline(random),
      committeeId: e.own ? committeeId : null,
      note: e.employees >= 300 && !e.own ? '正在筹建企业人民调解委员会' : null,
    });
  }
  return ENTERPRISES.length;
}
