// Demo Party branch: members (staff who are Party members, plus the 法律服务所's), a 宣传委员 transferred out, a year of 三会一课.
import type { MethodInput } from '../shared/contract';
import { anniversary } from '../shared/schemas/cpc-member-rules';
import type { StaffInput } from '../shared/schemas/staff';
import { addDays } from '../shared/rules/dates';
import { pick } from './demo-data';
import { between, daysAgo, earlier, pad, yearOfToday, type DemoContext } from './demo-kit';

export interface StaffRef {
  id: number;
  input: StaffInput;
}

interface Roll {
  name: string;
  since: string;
  until: string | null;
  post: string;
}

const REASONS = ['在区司法局参加业务培训', '外出调处纠纷', '病假', '事假', '参加社区矫正集中教育', '赴区法院参加庭审观摩'];
const GROUP_TOPICS = [
  '学习习近平法治思想，交流人民调解工作体会',
  '学习《中国共产党纪律处分条例》，开展警示教育',
  '围绕矛盾纠纷排查化解工作谈认识、找差距',
  '学习党的二十届三中全会精神，结合司法所工作讨论',
  '交流社区矫正和安置帮教工作中的党员先锋作用',
];

type Meeting = MethodInput<'cpcMeeting.create'>;

/** The branch, its members and meetings; `gap` says which meeting is left out so that the cadence rule fires. */
export async function seedCpc(ctx: DemoContext, staff: readonly StaffRef[]): Promise<{ members: number; meetings: number }> {
  const { call, today, random, people } = ctx;
  const year = yearOfToday(today);
  const foundedOn = `${year - 9}-06-18`;
  const branch = await call('cpcBranch.create', {
    name: '玄武门司法所党支部',
    foundedOn,
    approvedBy: '中共南京市玄武区玄武门街道工作委员会',
    termStart: `${year - 2}-03-20`,
    termEnd: `${year + 1}-03-19`,
    note: '司法所与玄武门法律服务所党员联合组建',
  });
  const roll: Roll[] = [];
  const add = async (input: Omit<MethodInput<'cpcMember.create'>, 'branchId'>) => {
    await call('cpcMember.create', { branchId: branch.id, ...input });
    roll.push({ name: input.name, since: input.transferredInOn ?? input.joinedOn, until: input.transferredOutOn ?? null, post: input.partyPost });
  };
  const posts: ('secretary' | 'organization')[] = ['secretary', 'organization'];
  for (const s of staff.filter((p) => p.input.politicalStatus === '01' || p.input.politicalStatus === '02')) {
    const birth = s.input.idNumber.slice(6, 14).replace(/(\d{4})(\d{2})(\d{2})/, '$1-$2-$3');
    const full = s.input.politicalStatus === '01';
    const joinedOn = full ? earlier(anniversary(birth, between(random, 21, 30)), daysAgo(today, 900)) : daysAgo(today, between(random, 120, 300));
    const partyPost = full ? (posts.shift() ?? 'member') : 'member';
    await add({
      staffId: s.id,
      name: s.input.name,
      ethnicity: s.input.ethnicity,
      education: s.input.education,
      joinedOn,
      memberType: full ? 'full' : 'probationary',
      fullOn: full ? addDays(joinedOn, 365) : null,
      partyPost,
      // Into this branch when they joined the office (or the Party, if later).
      transferredInOn: full ? earlier(s.input.startDate && s.input.startDate > joinedOn ? s.input.startDate : joinedOn, today) : null,
      phone: s.input.phone,
      note: full ? null : '预备期一年，期满前由支部党员大会讨论转正',
    });
  }
  // The 法律服务所's members bring the branch to 7+ full members (so a 支委会 is due).
  const fullStaff = staff.filter((s) => s.input.politicalStatus === '01').length;
  for (let i = 0; i < Math.max(2, 7 - fullStaff) || posts.length > 0; i += 1) {
    const p = people.person(30, 58);
    const joinedOn = anniversary(p.birthDate, between(random, 22, 28));
    await add({
      name: p.name,
      idNumber: p.idNumber,
      ethnicity: '01',
      education: pick(random, ['21', '21', '31']),
      joinedOn,
      memberType: 'full',
      fullOn: addDays(joinedOn, 365),
      partyPost: posts.shift() ?? 'member',
      transferredInOn: daysAgo(today, between(random, 800, 2400)),
      note: '玄武门法律服务所基层法律服务工作者',
    });
  }
  // The 宣传委员 left for the district bureau last month: two post holders remain, so 支委会 is flagged until one is elected.
  const leaver = people.person(35, 50, 'female');
  const leaverJoined = anniversary(leaver.birthDate, 24);
  await add({
    name: leaver.name,
    idNumber: leaver.idNumber,
    ethnicity: '01',
    education: '14',
    joinedOn: leaverJoined,
    memberType: 'full',
    fullOn: addDays(leaverJoined, 365),
    partyPost: 'propaganda',
    transferredInOn: daysAgo(today, 1500),
    transferredOutOn: daysAgo(today, between(random, 35, 55)),
    note: '调任玄武区司法局，组织关系已转出；宣传委员待补选',
  });
  const meetings = planMeetings(ctx, foundedOn, roll);
  for (const m of meetings) await call('cpcMeeting.create', { ...m, branchId: branch.id });
  return { members: roll.length, meetings: meetings.length };
}

/** 三会一课 of the last twelve months up to today; the latest completed month has no 党小组会 (in January: last year's 党课). */
function planMeetings({ today, random }: DemoContext, foundedOn: string, roll: readonly Roll[]): Omit<Meeting, 'branchId'>[] {
  const year = yearOfToday(today);
  const month = Number(today.slice(5, 7));
  const skip = month > 1 ? `groupMeeting:${year}-${pad(month - 1)}` : `partyLecture:${year - 1}-06`;
  const secretary = roll.find((r) => r.post === 'secretary')!.name;
  const recorder = roll.find((r) => r.post === 'organization')!.name;
  const out: Omit<Meeting, 'branchId'>[] = [];
  const meeting = (kind: Meeting['kind'], heldOn: string, topics: string, onlyCommittee = false) => {
    if (heldOn > today || heldOn < foundedOn || skip === `${kind}:${heldOn.slice(0, 7)}`) return;
    const present = roll.filter((r) => r.since <= heldOn && (r.until === null || r.until > heldOn) && (!onlyCommittee || r.post !== 'member'));
    const away = onlyCommittee ? [] : present.filter((r) => r.post === 'member' && random() < 0.15).slice(0, 2);
    out.push({
      kind,
      heldOn,
      startTime: kind === 'partyLecture' ? '14:30' : '16:00',
      place: '玄武门司法所会议室',
      host: secretary,
      recorder,
      expectedCount: present.length,
      presentCount: present.length - away.length,
      absentees: away.map((r) => ({ name: r.name, reason: pick(random, REASONS) })),
      guests: kind === 'memberAssembly' ? '街道党工委组织委员' : null,
      topics,
      summary: `${topics}。与会党员逐一发言，书记作总结。`,
      resolutions: kind === 'memberAssembly' || kind === 'committeeMeeting' ? '全体与会人员一致同意' : null,
    });
  };
  for (let k = 12; k >= 0; k -= 1) {
    const y = month - k > 0 ? year : year - 1;
    const m = ((month - k - 1 + 12) % 12) + 1;
    const ym = `${y}-${pad(m)}`;
    meeting('committeeMeeting', `${ym}-05`, `研究${m}月党建工作和党员教育管理事项`, true);
    meeting('groupMeeting', `${ym}-${between(random, 12, 18)}`, pick(random, GROUP_TOPICS));
    if (m % 3 === 0) meeting('memberAssembly', `${ym}-25`, `第${m / 3}季度支部党员大会：通报支部工作，开展党员学习教育`);
    if (m === 6 && y === year) meeting('partyLecture', `${ym}-28`, '“七一”专题党课：坚持和发展新时代“枫桥经验”');
    if (m % 2 === 1) meeting('themedDay', `${ym}-${between(random, 19, 23)}`, '主题党日：走进社区开展法律咨询和矛盾纠纷排查');
    if (m === 1) meeting('lifeMeeting', `${ym}-20`, `${y - 1}年度组织生活会和民主评议党员`);
  }
  meeting('partyLecture', `${year - 1}-06-28`, '“七一”专题党课：学习贯彻习近平法治思想，做好新时代人民调解工作');
  return out.sort((a, b) => a.heldOn.localeCompare(b.heldOn));
}
