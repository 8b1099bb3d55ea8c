// 统计报告 (报告) of any period — month, quarter or year — written from a computed report (statistics/report.ts).
import { dateCn } from '../../../shared/documents/format';
import type { Report, Share } from '../../../shared/schemas/statistics';
import { contactNote, type OfficeNames } from './branch-request';
import { printable, type OfficialBlock, type OfficialDoc } from './model';

const fixed = (v: number, digits: number) => v.toFixed(digits);

function shareText(items: readonly Share[]): string {
  return items
    .filter((s) => s.count > 0)
    .map((s) => `${s.label}${s.count}件（占${fixed(s.percent ?? 0, 1)}%）`)
    .join('、');
}

/** The day of an instant in Asia/Shanghai (UTC+8, no daylight saving). */
export function shanghaiDay(instant: string): string {
  return new Date(Date.parse(instant) + 8 * 3600_000).toISOString().slice(0, 10);
}

function caseBlocks(r: Report): OfficialBlock[] {
  const c = r.figures.cases;
  const a = r.figures.agreements;
  const none = '本期无调解结案纠纷。';
  return [
    { kind: 'heading', text: '一、矛盾纠纷调解情况' },
    {
      kind: 'paragraph',
      lead: '（一）总体情况。',
      text:
        `本期受理矛盾纠纷${c.received}件，调解结案纠纷${c.mediated}件，其中调解成功${c.succeeded}件、调解不成功${c.failed}件、终止调解${c.terminated}件` +
        (c.successRate === null ? '' : `，调解成功率${fixed(c.successRate, 1)}%`) +
        `；不予受理${c.rejected}件。调解纠纷涉及金额${fixed(c.disputeWan, 2)}万元，调解成功的纠纷协议金额${fixed(c.agreementWan, 2)}万元。`,
    },
    { kind: 'paragraph', lead: '（二）纠纷类型。', text: c.mediated === 0 ? none : `调解结案的纠纷中，${shareText(r.figures.categories)}。` },
    { kind: 'paragraph', lead: '（三）纠纷来源。', text: c.mediated === 0 ? none : `${shareText(r.figures.sources)}。` },
    {
      kind: 'paragraph',
      lead: '（四）协议、履行和司法确认。',
      text:
        `调解成功的纠纷中，达成书面协议${a.written}件、口头协议${a.oral}件。本期申请司法确认${a.confirmations}件，其中人民法院确认有效${a.confirmed}件；` +
        `登记协议履行${a.performances}件，其中已全部履行${a.performed}件；开展回访${a.followUps}次，当事人满意或基本满意${a.satisfied}次。`,
    },
  ];
}

function otherBlocks(r: Report): OfficialBlock[] {
  const f = r.figures;
  const p = f.prevention;
  const kinds = f.organisation.committees.map((s) => `${s.label}${s.count}个`).join('、');
  return [
    { kind: 'heading', text: '二、预防和排查情况' },
    {
      kind: 'paragraph',
      lead: '（一）预防成效。',
      text:
        p.monthsEntered === 0
          ? '本期未填报预防成效数据。'
          : `防止民间纠纷转化为刑事案件${p.criminalCases}件${p.criminalPersons}人，防止群体性上访${p.petitionCases}件${p.petitionPersons}人，` +
            `防止因纠纷引起自杀${p.suicideCases}件${p.suicidePersons}人，制止群体性械斗${p.fights}件，预防纠纷${p.preventedDisputes}件。`,
    },
    {
      kind: 'paragraph',
      lead: '（二）矛盾纠纷排查。',
      text:
        f.investigation.rounds === 0
          ? '本期未录入矛盾纠纷排查记录。'
          : `开展矛盾纠纷排查${f.investigation.rounds}次，排查发现矛盾纠纷${f.investigation.findings}件，其中重大矛盾纠纷${f.investigation.majorFindings}件；零报告${f.investigation.zeroReports}次。`,
    },
    { kind: 'heading', text: '三、组织队伍和培训情况' },
    {
      kind: 'paragraph',
      text:
        `现有人民调解委员会${f.organisation.committeesTotal}个${kinds ? `（${kinds}）` : ''}，人民调解员${f.organisation.mediators}名，其中专职${f.organisation.fullTime}名。` +
        `本年至期末参加培训的调解员${f.training.trained}名，培训覆盖率${f.training.coverage === null ? '—' : `${fixed(f.training.coverage, 1)}%`}；本期培训${f.training.trainingsInPeriod}人次。` +
        `本期开展共建活动${f.joint.activities}次，其中庭所共建${f.joint.courtActivities}次、所所共建${f.joint.policeActivities}次。`,
    },
  ];
}

function checkBlocks(r: Report, day: string): OfficialBlock[] {
  const hits = r.checks.filter((c) => c.count > 0);
  const blocks: OfficialBlock[] = [{ kind: 'heading', text: `四、存在的问题（截至${dateCn(day)}）` }];
  if (hits.length === 0) return [...blocks, { kind: 'paragraph', text: '经系统核查，未发现需提醒整改的事项。' }];
  return [...blocks, ...hits.map((c, i): OfficialBlock => ({ kind: 'paragraph', text: `${i + 1}.${c.title}（${c.count}项）。` }))];
}

/**
 * The report document of any period. `names` gives the 主送机关 and 附注 (the office's district, head and phone);
 * without them (a district total, or a package) the office's name signs and the 附注 is left out.
 */
export function periodReportDoc(report: Report, names: OfficeNames | null): OfficialDoc {
  const office = names?.office ?? (report.office ? printable(report.office.name) : `${names?.district ?? ''}司法局`);
  const day = shanghaiDay(report.generatedAt);
  const date = dateCn(day);
  const addressee = report.office === null ? '市司法局' : names?.district ? `${names.district}司法局` : '区司法局';
  return {
    title: `${office}关于${report.label}人民调解工作情况的报告`,
    addressee,
    body: [
      { kind: 'paragraph', text: `现将${report.office === null ? '全区' : '我所'}${report.label}人民调解工作情况报告如下：` },
      ...caseBlocks(report),
      ...otherBlocks(report),
      // The checks were taken on reportAsOf: the period's end, or the day of the report while the period runs.
      ...checkBlocks(report, day < report.end ? day : report.end),
      { kind: 'paragraph', text: '特此报告。' },
    ],
    signer: office,
    date,
    note: names ? contactNote(names) : null,
    imprint: { issuer: office, date },
  };
}
