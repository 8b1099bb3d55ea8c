// Demo parties of a case: people with valid ID numbers, phones and addresses, organisations with valid credit codes, agents.
import type { PartyInput } from '../shared/schemas/case-party';
import { pick, SURNAMES } from './demo-data';
import { demoCreditCode, type CommitteeKey } from './demo-committee';
import type { OrgKey, Side, Story } from './demo-case-stories';
import { between, mobile, type DemoContext, type DemoPerson } from './demo-kit';

const ORGS: Readonly<Record<OrgKey, { name: string; address: string }>> = {
  property: { name: '南京金玄物业服务有限公司', address: '玄武区湖滨路12号' },
  diner: { name: '南京丹凤街餐饮管理有限公司', address: '玄武区丹凤街105号' },
  hotel: { name: '南京紫金大酒店有限公司', address: '玄武区北京东路39号' },
  logistics: { name: '南京金陵医药物流有限公司', address: '玄武区后宰门路18号' },
  decorator: { name: '南京鸿运装饰工程有限公司', address: '玄武区北京东路71号' },
  gym: { name: '南京悦动健身服务有限公司', address: '玄武区珠江路288号' },
};

const STREETS: Partial<Record<CommitteeKey, string[]>> = {
  danfeng: ['丹凤街', '丹凤新寓'],
  hubin: ['湖滨路', '湖滨新村'],
  beimenqiao: ['北门桥路', '北门桥小区'],
};
const ANY_STREET = ['丹凤街', '湖滨路', '北门桥路', '鸡鸣寺路', '唱经楼西街', '后宰门街', '珠江路'];
const OCCUPATIONS = ['个体经营户', '退休职工', '公司职员', '自由职业', '务工人员', '教师', '无业', '厨师', '网约车司机', '快递员'];

/** Organisations keep one credit code and legal representative across cases (register enterprises keep theirs). */
export class PartyMaker {
  private readonly orgs = new Map<OrgKey, { creditCode: string; legalRepresentative: string }>();

  constructor(
    private readonly ctx: DemoContext,
    private readonly registered: ReadonlyMap<string, string>,
  ) {}

  /** A building the dispute happened in, in the committee's area. */
  place(committee: CommitteeKey): string {
    const { random } = this.ctx;
    if (committee === 'houzaimen') return `玄武区后宰门村${between(random, 1, 8)}组`;
    const street = pick(random, STREETS[committee] ?? ANY_STREET);
    return `玄武区${street}${between(random, 2, 120)}号${between(random, 1, 12)}栋`;
  }

  /** Both sides of a story; the names as the facts name them. */
  parties(story: Story, place: string): { inputs: PartyInput[]; a: string; r: string } {
    const applicants = this.side(story.applicant, 'applicant', place, 0);
    const respondents = this.side(story.respondent, 'respondent', place, 1);
    const names = (ps: PartyInput[]) => ps.map((p) => p.name).join('、');
    return { inputs: [...applicants, ...respondents], a: names(applicants), r: names(respondents) };
  }

  private side(side: Side, role: 'applicant' | 'respondent', place: string, floor: number): PartyInput[] {
    if (side.kind === 'org') return [this.org(side.org, role)];
    const { people, random } = this.ctx;
    const count = side.count ?? 1;
    // Siblings (e.g. children owing support) share a surname.
    const surname = count > 1 ? pick(random, SURNAMES) : null;
    const out: PartyInput[] = [];
    for (let i = 0; i < count; i += 1) {
      const p = people.person(side.age[0], side.age[1], side.agent === 'child' ? 'female' : undefined);
      const name = surname === null ? p.name : surname + p.name.slice(1);
      out.push(this.person({ ...p, name }, role, this.home(place, floor + i, i > 0), side));
    }
    return out;
  }

  private home(place: string, floor: number, elsewhere: boolean): string {
    const { random } = this.ctx;
    if (place.endsWith('组') || elsewhere) return elsewhere ? `${pick(random, ANY_STREET)}${between(random, 2, 160)}号${between(random, 1, 6)}0${between(random, 1, 4)}室` : `${place}${between(random, 1, 60)}号`;
    return `${place}${floor + between(random, 2, 5)}0${between(random, 1, 3)}室`;
  }

  private person(p: DemoPerson, role: 'applicant' | 'respondent', address: string, side: Extract<Side, { kind: 'person' }>): PartyInput {
    const { random, people } = this.ctx;
    const minor = side.agent === 'minor';
    const agents: PartyInput['agents'] = [];
    if (side.agent === 'minor') {
      const parent = people.person(34, 44);
      agents.push({ name: p.name.slice(0, 1) + parent.name.slice(1), kind: 'legal', relation: parent.gender === 'male' ? '父亲' : '母亲', idNumber: parent.idNumber, phone: mobile(random) });
    } else if (side.agent === 'child') {
      const child = people.person(40, 52, 'female');
      agents.push({ name: child.name, kind: 'entrusted', authority: 'special', authorityText: '代为参加调解，代为承认、放弃、变更调解请求，代为签署调解协议', relation: '女儿', idNumber: child.idNumber, phone: mobile(random) });
    } else if (side.agent === 'lawyer') {
      agents.push({ name: people.person(30, 50).name, kind: 'entrusted', authority: 'general', authorityText: '代为参加调解、陈述意见', relation: '江苏玄武律师事务所律师', phone: mobile(random) });
    }
    return {
      role,
      kind: 'person',
      name: p.name,
      gender: p.gender,
      ethnicity: random() < 0.92 ? '01' : pick(random, ['03', '08']),
      birthDate: p.birthDate,
      occupation: minor ? '学生' : side.age[0] >= 70 ? '退休' : pick(random, OCCUPATIONS),
      idNumber: p.idNumber,
      phone: minor || side.age[0] >= 70 ? null : mobile(random),
      address,
      agents,
    };
  }

  private org(key: OrgKey, role: 'applicant' | 'respondent'): PartyInput {
    const { random, people } = this.ctx;
    const { name, address } = ORGS[key];
    let known = this.orgs.get(key);
    if (known === undefined) {
      known = { creditCode: this.registered.get(name) ?? demoCreditCode(random), legalRepresentative: people.person(38, 58).name };
      this.orgs.set(key, known);
    }
    const staff = people.person(26, 45);
    return {
      role,
      kind: 'organization',
      name,
      creditCode: known.creditCode,
      legalRepresentative: known.legalRepresentative,
      phone: `025-8${between(random, 3000000, 4999999)}`,
      address,
      agents: [{ name: staff.name, kind: 'entrusted', authority: random() < 0.5 ? 'general' : 'special', authorityText: '代为参加调解、签署调解协议', relation: key === 'property' ? '项目经理' : '公司员工', phone: mobile(random) }],
    };
  }
}
