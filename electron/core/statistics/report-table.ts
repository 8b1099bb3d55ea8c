// The columns of the paper 人民调解工作统计表: groups of items, each item one value (or a count and its % for shares).
import { committeeKinds } from '../../shared/register-codes';
import type { ReportFigures, Share } from '../../shared/schemas/statistics';

/** One column under an item: its unit (row 5) and its value. */
export interface TableCell {
  unit: string;
  value: number | null;
}
export interface TableItem {
  title: string;
  cells: TableCell[];
}
export interface TableGroup {
  title: string;
  items: TableItem[];
}

const one = (title: string, unit: string, value: number | null): TableItem => ({ title, cells: [{ unit, value }] });
const share = (s: Share): TableItem => ({ title: s.label, cells: [{ unit: '件', value: s.count }, { unit: '%', value: s.percent }] });
const countOf = (list: readonly Share[], code: string) => list.find((s) => s.code === code)?.count ?? 0;

/** Every group of the table, in the paper's order. */
export function reportTable(f: ReportFigures): TableGroup[] {
  const c = f.cases;
  const a = f.agreements;
  const p = f.prevention;
  return [
    {
      title: '受理/调解情况',
      items: [
        one('受理纠纷', '件', c.received),
        one('调解纠纷', '件', c.mediated),
        one('调解成功', '件', c.succeeded),
        one('调解不成功', '件', c.failed),
        one('终止调解', '件', c.terminated),
        one('不予受理', '件', c.rejected),
        one('调解成功率（成功÷调解）', '%', c.successRate),
        one('纠纷涉及金额', '万元', c.disputeWan),
        one('协议金额', '万元', c.agreementWan),
      ],
    },
    { title: '纠纷类型', items: f.categories.map(share) },
    { title: '来源', items: f.sources.map(share) },
    {
      title: '协议与履行',
      items: [
        one('书面协议', '件', a.written),
        one('口头协议', '件', a.oral),
        one('申请司法确认', '件', a.confirmations),
        one('确认有效', '件', a.confirmed),
        one('履行', '件', a.performances),
        one('全部履行', '件', a.performed),
        one('回访', '次', a.followUps),
        one('满意或基本满意', '次', a.satisfied),
      ],
    },
    {
      title: '预防成效',
      items: [
        { title: '防止民间纠纷转化为刑事案件', cells: [{ unit: '件', value: p.criminalCases }, { unit: '人', value: p.criminalPersons }] },
        { title: '防止群体性上访', cells: [{ unit: '件', value: p.petitionCases }, { unit: '人', value: p.petitionPersons }] },
        { title: '防止因纠纷引起自杀', cells: [{ unit: '件', value: p.suicideCases }, { unit: '人', value: p.suicidePersons }] },
        one('制止群体性械斗', '件', p.fights),
        one('预防纠纷', '件', p.preventedDisputes),
      ],
    },
    {
      title: '排查',
      items: [
        one('开展排查', '次', f.investigation.rounds),
        one('零报告', '次', f.investigation.zeroReports),
        one('排查发现纠纷', '件', f.investigation.findings),
        one('重大矛盾纠纷', '件', f.investigation.majorFindings),
      ],
    },
    {
      title: '组织队伍',
      items: [
        one('调委会总数', '个', f.organisation.committeesTotal),
        ...committeeKinds.map((k) => one(k.label, '个', countOf(f.organisation.committees, k.code))),
        one('人民调解员', '人', f.organisation.mediators),
        one('其中专职', '人', f.organisation.fullTime),
      ],
    },
    {
      title: '培训',
      items: [
        one('在职调解员', '人', f.training.mediators),
        one('本年已培训', '人', f.training.trained),
        one('培训覆盖率', '%', f.training.coverage),
        one('本期培训', '人次', f.training.trainingsInPeriod),
      ],
    },
    {
      title: '共建活动',
      items: [one('共建活动', '次', f.joint.activities), one('庭所共建', '次', f.joint.courtActivities), one('所所共建', '次', f.joint.policeActivities)],
    },
  ];
}
