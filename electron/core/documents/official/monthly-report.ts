// 月度工作报告 (报告): the month's figures and 工作台 reminders written out under 一、（一）… headings.
import { reminderCatalog, reminderCodes } from '../../../shared/rules/catalog';
import { dateCn, monthCn } from '../../../shared/documents/format';
import type { CallContext } from '../../services/context';
import { ruleChecks } from '../../rules';
import { contactNote, officeNames } from './branch-request';
import { printable, type OfficialBlock, type OfficialDoc } from './model';
import { monthlyFigures, type MonthlyFigures, type Share } from './monthly-figures';

/** How many categories the report names; the rest are summed as 其余类型 (not 其他: that is a real category). */
const TOP_CATEGORIES = 5;
/** How many hits of one reminder rule the report quotes. */
const QUOTED_HITS = 3;

/** 调解成功率 = 调解成功件数 ÷ 调解纠纷件数 × 100 %, one decimal (domain-reference §4.3); null without cases. */
export function successRate(succeeded: number, mediated: number): string | null {
  return mediated === 0 ? null : ((succeeded * 100) / mediated).toFixed(1);
}

/** 分 → 万元 with two decimals: 8370000 → '8.37'. */
export function wanYuan(fen: number): string {
  return (fen / 1_000_000).toFixed(2);
}

const pct = (n: number, of: number) => (of === 0 ? '0.0' : ((n * 100) / of).toFixed(1));

function shareText(items: readonly Share[], total: number): string {
  return items.map((s) => `${s.label}${s.count}件（占${pct(s.count, total)}%）`).join('、');
}

function caseBlocks(f: MonthlyFigures): OfficialBlock[] {
  const rate = successRate(f.succeeded, f.mediated);
  const top = f.categories.slice(0, TOP_CATEGORIES);
  const rest = f.categories.slice(TOP_CATEGORIES).reduce((a, s) => a + s.count, 0);
  const categories = rest > 0 ? [...top, { code: 'rest', label: '其余类型', count: rest }] : top;
  return [
    { kind: 'heading', text: '一、矛盾纠纷调解情况' },
    {
      kind: 'paragraph',
      lead: '（一）总体情况。',
      text:
        `本月新收矛盾纠纷${f.received}件。本月调解结案纠纷${f.mediated}件，其中调解成功${f.succeeded}件、调解不成功${f.failed}件、终止调解${f.terminated}件` +
        (rate === null ? '' : `，调解成功率${rate}%`) +
        `；不予受理${f.rejected}件。调解纠纷涉及金额${wanYuan(f.disputeFen)}万元，调解成功的纠纷协议金额${wanYuan(f.agreementFen)}万元。`,
    },
    {
      kind: 'paragraph',
      lead: '（二）纠纷类型。',
      text: f.mediated === 0 ? '本月无调解结案纠纷。' : `本月调解结案的纠纷中，${shareText(categories, f.mediated)}。`,
    },
    {
      kind: 'paragraph',
      lead: '（三）纠纷来源。',
      text: f.mediated === 0 ? '本月无调解结案纠纷。' : `${shareText(f.sourceGroups, f.mediated)}。`,
    },
    {
      kind: 'paragraph',
      lead: '（四）协议、司法确认和回访。',
      text:
        `调解成功的纠纷中，达成书面协议${f.written}件、口头协议${f.oral}件。本月当事人申请司法确认${f.confirmations}件，其中人民法院确认有效${f.confirmed}件。` +
        `本月开展回访${f.followUps}次，当事人满意或基本满意${f.satisfied}次。`,
    },
  ];
}

function otherBlocks(f: MonthlyFigures): OfficialBlock[] {
  return [
    { kind: 'heading', text: '二、矛盾纠纷排查情况' },
    {
      kind: 'paragraph',
      text:
        f.rounds === 0
          ? '本月未录入矛盾纠纷排查记录。'
          : `本月开展矛盾纠纷排查${f.rounds}次，排查发现矛盾纠纷${f.findings}件，其中重大矛盾纠纷${f.majorFindings}件；零报告${f.zeroReports}次。`,
    },
    { kind: 'heading', text: '三、业务培训情况' },
    {
      kind: 'paragraph',
      text: `本月工作人员参加培训${f.staffTrainings}人次（${f.staffTrained}人），人民调解员参加培训${f.mediatorTrainings}人次（${f.mediatorsTrained}人）。`,
    },
  ];
}

/**
 * One hit as report text: "label：detail" with ISO dates in Chinese and the detail's own "：" and "；" turned into "，",
 * so a hit has one colon (after its label) and "；" only separates hits.
 */
export function problemText(label: string, detail: string): string {
  const d = printable(detail)
    .replace(/\s*(\d{4}-\d{2}-\d{2})\s*/g, (_, iso: string) => dateCn(iso))
    .replace(/([\u4e00-\u9fff）])\s+(\d)/g, '$1$2')
    .replace(/(\d)\s+([\u4e00-\u9fff（])/g, '$1$2')
    .replace(/[：；]/g, '，');
  return `${printable(label)}：${d}`;
}

/**
 * 存在问题: the 工作台 rules evaluated on the printing day, not at the month's end. The registers hold only today's
 * state (a committee filed later, a dispute resolved later cannot be rolled back to the 31st), so checking "as of"
 * the month end over today's data mixes periods and prints stale deadlines; the section says so in its heading.
 */
function problemBlocks(call: CallContext): OfficialBlock[] {
  const hits = reminderCodes
    .map((code) => ({ code, items: ruleChecks[code](call.db, call.today) }))
    .filter((r) => r.items.length > 0);
  const blocks: OfficialBlock[] = [{ kind: 'heading', text: `四、存在的问题（截至${dateCn(call.today)}）` }];
  if (hits.length === 0) return [...blocks, { kind: 'paragraph', text: '经系统核查，未发现需提醒整改的事项。' }];
  hits.forEach((r, i) => {
    const quoted = r.items
      .slice(0, QUOTED_HITS)
      .map((it) => problemText(it.label, it.detail))
      .join('；');
    const more = r.items.length > QUOTED_HITS ? `等` : '';
    blocks.push({ kind: 'paragraph', text: `${i + 1}.${reminderCatalog[r.code].title}（${r.items.length}项）。${quoted}${more}。` });
  });
  return blocks;
}

export function monthlyReportDoc(call: CallContext, period: string): OfficialDoc {
  const names = officeNames(call);
  const figures = monthlyFigures(call.db, period);
  const title = `${names.office}关于${monthCn(period)}人民调解工作情况的报告`;
  const date = dateCn(call.today);
  const body: OfficialBlock[] = [
    { kind: 'paragraph', text: `现将我所${monthCn(period)}人民调解工作情况报告如下：` },
    ...caseBlocks(figures),
    ...otherBlocks(figures),
    ...problemBlocks(call),
    { kind: 'paragraph', text: '特此报告。' },
  ];
  return {
    title,
    addressee: `${names.district}司法局`,
    body,
    signer: names.office,
    date,
    note: contactNote(names),
    imprint: { issuer: names.office, date },
  };
}
