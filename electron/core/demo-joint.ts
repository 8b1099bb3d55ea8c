// Demo joint building: the street's 人民法庭 and 派出所 as partner units, and a year of 庭所共建 / 所所共建 activities.
import type { MethodInput } from '../shared/contract';
import { daysAgo, landline, yearOfToday, type DemoContext } from './demo-kit';

type Activity = Omit<MethodInput<'jointActivity.create'>, 'partnerUnitId' | 'heldOn' | 'ourParticipants'> & { ago: number };

const COURT: readonly Activity[] = [
  { ago: 340, kind: 'jointMeeting', place: '玄武门人民法庭会议室', partnerParticipants: '周庭长、法官助理2名', summary: '召开庭所共建联席会议，通报上年度诉调对接情况，商定本年度诉前委派调解流程', results: '形成会议纪要，明确联络员' },
  { ago: 300, kind: 'trialObservation', place: '玄武门人民法庭第一审判庭', partnerParticipants: '承办法官', summary: '组织调解员旁听一起物业服务合同纠纷案件庭审，庭后法官讲解证据规则', results: '参加调解员11人' },
  { ago: 210, kind: 'judicialConfirmation', place: '玄武门人民法庭诉讼服务站', partnerParticipants: '立案庭法官', summary: '对三起邻里、婚姻家庭纠纷调解协议集中办理司法确认', results: '3份调解协议均获司法确认', casesCount: 3 },
  { ago: 120, kind: 'caseTransfer', place: '玄武门人民法庭', partnerParticipants: '诉调对接工作室法官', summary: '法庭委派5起小额民间借贷、物业费纠纷由街道调委会诉前调解', results: '调解成功4件，1件转回法庭审理', casesCount: 5 },
  { ago: 60, kind: 'jointMediation', place: '玄武门街道人民调解委员会调解室', partnerParticipants: '周庭长', summary: '法官与调解员共同调解一起相邻房屋漏水损害赔偿纠纷', results: '当场达成书面调解协议', casesCount: 1 },
  { ago: 20, kind: 'training', place: '玄武门司法所会议室', partnerParticipants: '法官2名', summary: '法官为辖区调解员讲授人民调解协议书制作规范和司法确认程序', results: '培训调解员18人' },
];

const POLICE: readonly Activity[] = [
  { ago: 330, kind: 'jointMediation', place: '玄武门派出所警务调解室', partnerParticipants: '社区民警2名', summary: '对一起因停车引发的邻里冲突开展治安调解与人民调解联合调解', results: '双方和解，签订书面协议', casesCount: 2 },
  { ago: 250, kind: 'jointInvestigation', place: '丹凤街、湖滨社区', partnerParticipants: '社区民警、网格员', summary: '春节前联合走访排查出租房屋、欠薪隐患和家庭矛盾', results: '排查发现纠纷4件，均已登记跟踪' },
  { ago: 150, kind: 'legalPublicity', place: '湖滨社区广场', partnerParticipants: '反诈民警', summary: '开展“防范电信网络诈骗”和《人民调解法》普法宣传', results: '发放资料600余份，接受咨询45人次' },
  { ago: 90, kind: 'caseTransfer', place: '玄武门派出所', partnerParticipants: '值班民警', summary: '110非警务警情分流：4起家庭、邻里纠纷移交街道调委会调处', results: '已调处3件，1件调解中', casesCount: 4 },
  { ago: 15, kind: 'jointMeeting', place: '玄武门司法所会议室', partnerParticipants: '派出所副所长、社区民警3名', summary: '所所共建季度联席会议，研判辖区重大矛盾纠纷和重点人员稳控', results: '确定2件重大纠纷的联合化解责任人' },
];

export async function seedJoint(ctx: DemoContext, staffNames: readonly string[]): Promise<{ partners: number; activities: number }> {
  const { call, today, random } = ctx;
  const year = yearOfToday(today);
  const ours = staffNames.slice(0, 3).join('、');
  let activities = 0;
  const partners = [
    { kind: 'court' as const, name: '玄武区人民法院玄武门人民法庭', address: '玄武区后宰门街12号', contact: '周立新', plan: COURT, agreementOn: `${year - 3}-04-20` },
    { kind: 'policeStation' as const, name: '南京市公安局玄武分局玄武门派出所', address: '玄武区湖滨路2号', contact: '陈俊杰', plan: POLICE, agreementOn: `${year - 4}-09-12` },
  ];
  for (const p of partners) {
    const unit = await call('partnerUnit.create', {
      kind: p.kind,
      name: p.name,
      address: p.address,
      contact: p.contact,
      phone: landline(random),
      agreementOn: p.agreementOn,
      note: p.kind === 'court' ? '设有诉调对接工作室' : '设有警务调解室',
    });
    for (const { ago, ...a } of p.plan) {
      await call('jointActivity.create', { ...a, partnerUnitId: unit.id, heldOn: daysAgo(today, ago), ourParticipants: ours || '司法所工作人员' });
      activities += 1;
    }
  }
  return { partners: partners.length, activities };
}
