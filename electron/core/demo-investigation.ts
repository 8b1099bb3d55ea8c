// Demo dispute investigations: street rounds every half month of the past year (a gap or two this year), findings, 重大矛盾纠纷.
import type { MethodInput } from '../shared/contract';
import { periodOf, periodRange, previousPeriod } from '../shared/investigation-period';
import { addDays } from '../shared/rules/dates';
import { pick } from './demo-data';
import { between, daysAgo, earlier, yearOfToday, type DemoContext } from './demo-kit';

type Finding = Omit<MethodInput<'investigationFinding.create'>, 'investigationId' | 'responsible' | 'grid'>;
type Plain = Pick<Finding, 'category' | 'summary' | 'parties'>;

const ORDINARY: readonly Plain[] = [
  { category: '02', summary: '楼上住户装修噪音扰民，邻里发生口角', parties: '王某与李某' },
  { category: '14', summary: '小区业主因电梯维修费用分摊与物业公司发生争议', parties: '湖滨小区部分业主与某物业公司' },
  { category: '10', summary: '餐饮店员工被辞退后要求支付经济补偿', parties: '刘某与某餐饮管理公司' },
  { category: '01', summary: '夫妻因子女抚养和家庭开支发生矛盾', parties: '陈某与其妻张某' },
  { category: '03', summary: '老旧小区加装电梯，低层住户不同意', parties: '丹凤街小区3栋部分住户' },
  { category: '12', summary: '患者对社区卫生服务中心收费有异议', parties: '赵某与某社区卫生服务中心' },
  { category: '04', summary: '租客提前退租，房东拒绝退还押金', parties: '孙某与周某' },
  { category: '08', summary: '危旧房改造项目个别住户对面积认定有异议', parties: '吴某与街道征收办' },
  { category: '06', summary: '电动车停放不当造成他人车辆损坏', parties: '郑某与何某' },
  { category: '05', summary: '商铺经营户与市场管理方因摊位调整发生争议', parties: '鸡鸣寺文创市场经营户与管理方' },
];

const MAJOR = {
  closed: { category: '08', summary: '丹凤街危旧房改造项目12户居民对安置补偿标准有异议，多次集体上访', parties: '12户被征收居民与街道征收办' },
  restructuring: { category: '05', summary: '南京紫金大酒店有限公司改制分流，40余名职工对经济补偿方案有异议', parties: '40余名职工与南京紫金大酒店有限公司' },
  medical: { category: '12', summary: '患者术后死亡，家属对死亡原因有异议并聚集在医院门口', parties: '患者家属与某医院' },
} as const satisfies Record<string, Plain>;

const GRIDS = ['丹凤街社区第1网格', '丹凤街社区第3网格', '湖滨社区第2网格', '北门桥社区第1网格', '后宰门村第2网格'];
const METHODS = ['走访', '网格巡查', '座谈', '入户排查', '会议排查'];

export interface InvestigationSeed {
  rounds: number;
  zeroReports: number;
  findings: number;
  majors: number;
}

/** Street periods of the past year up to today; the skipped ones are completed periods of this year. */
function plan(today: string): { periods: string[]; skipped: Set<string> } {
  const periods: string[] = [];
  for (let p = periodOf('street', today); periodRange(p).last >= daysAgo(today, 365); p = previousPeriod(p)) periods.unshift(p);
  const completed = periods.filter((p) => periodRange(p).last < today && p.startsWith(String(yearOfToday(today))));
  const skipped = new Set<string>();
  if (completed.length > 0) skipped.add(completed[completed.length - 1]!);
  if (completed.length >= 6) skipped.add(completed[Math.floor(completed.length / 2)]!);
  return { periods: periods.filter((p) => !skipped.has(p) && addDays(periodRange(p).first, 2) <= today), skipped };
}

export async function seedInvestigations(ctx: DemoContext, staffNames: readonly string[]): Promise<InvestigationSeed> {
  const { call, today, random } = ctx;
  const { periods } = plan(today);
  const responsible = staffNames[0] ?? '所长';
  const investigators = [...staffNames.slice(1, 3), '网格员'].join('、');
  const seed: InvestigationSeed = { rounds: 0, zeroReports: 0, findings: 0, majors: 0 };
  const majorAt = new Map<number, Plain & { open: boolean }>([
    [Math.max(0, periods.length - 9), { ...MAJOR.closed, open: false }],
    [Math.max(0, periods.length - 5), { ...MAJOR.restructuring, open: true }],
    [periods.length - 1, { ...MAJOR.medical, open: true }],
  ]);
  for (const [i, period] of periods.entries()) {
    const { first, last } = periodRange(period);
    const conductedOn = earlier(addDays(first, between(random, 2, 6)), earlier(last, today));
    const round = async (kind: MethodInput<'investigation.create'>['kind'], note: string | null) =>
      call('investigation.create', {
        level: 'street',
        period,
        kind,
        conductedOn,
        grid: '玄武门街道全域',
        investigators,
        method: pick(random, METHODS),
        responsible,
        reportedOn: earlier(addDays(conductedOn, 1), today),
        note,
      });
    const routine = await round('routine', null);
    seed.rounds += 1;
    const found: (Plain & { open?: boolean })[] = [];
    const major = majorAt.get(i);
    if (major) found.push(major);
    if (random() < 0.45) found.push(pick(random, ORDINARY));
    if (found.length === 0) seed.zeroReports += 1;
    for (const f of found) {
      await call('investigationFinding.create', { investigationId: routine.id, ...finding(f, conductedOn, today, random), grid: pick(random, GRIDS), responsible });
      seed.findings += 1;
      if (f.open !== undefined) seed.majors += 1;
    }
    // A 专项 round on land requisition and a 重点时段 round before the holidays, as the plan asks.
    if (i === periods.length - 7 || i === periods.length - 15) {
      const special = i === periods.length - 7;
      await round(special ? 'special' : 'keyPeriod', special ? '征地拆迁、企业改制专项排查' : '节假日前重点时段排查（教育医疗、劳动争议）');
      seed.rounds += 1;
      seed.zeroReports += 1;
    }
  }
  return seed;
}

/** Old disputes are resolved (a few referred); those of the last month are still being mediated. */
function finding(f: Plain & { open?: boolean }, conductedOn: string, today: string, random: () => number): Finding {
  const recent = conductedOn >= daysAgo(today, 30);
  const major = f.open !== undefined;
  const open = major ? f.open! : recent;
  const status = open ? (major && f.category === '12' ? 'pending' : 'mediating') : random() < 0.15 ? 'referred' : 'resolved';
  return {
    category: f.category,
    summary: f.summary,
    parties: f.parties,
    riskLevel: major ? 'high' : pick(random, ['low', 'low', 'medium']),
    status,
    major,
    resolvedOn: status === 'resolved' ? earlier(addDays(conductedOn, major ? 25 : between(random, 2, 12)), today) : null,
    note: major ? (open ? '已报区司法局，落实“一案一专班”稳控化解' : '经街道、司法所和法庭联合调处，达成补偿协议') : null,
  };
}
