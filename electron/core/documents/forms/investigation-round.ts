// 矛盾纠纷排查记录 (domain-reference §4.4): one 排查 round with the table of disputes it found.
import { labelOf } from '../../../shared/codes';
import { formData, list, text } from '../../../shared/documents/fields';
import { dateCn } from '../../../shared/documents/format';
import type { Cell, FormDoc } from '../../../shared/documents/form-doc';
import { disputeCategories, findingStatuses, riskLevels } from '../../../shared/register-codes';
import type { InvestigationFinding } from '../../../shared/schemas/investigation-finding';
import type { CallContext } from '../../services/context';
import { roundDetail } from '../../services/investigation-query';
import type { RecordForm } from '../form-definition';
import { fourColumns, officeName, pairRow, wideRow } from './r-common';
import { periodWithSpan, roundHead, roundShape, roundSignOff } from './r-round';

export const investigationRoundData = formData({
  ...roundShape,
  发现纠纷数: text('本期发现的矛盾纠纷件数，如“3”；零报告为“0”'),
  重大纠纷数: text('其中重大矛盾纠纷件数'),
  纠纷: list('排查发现的矛盾纠纷，按登记顺序', {
    序号: text('序号'),
    当事人: text('纠纷当事人'),
    纠纷类型: text('纠纷类型，如邻里纠纷'),
    简要情况: text('纠纷简要情况'),
    所在网格: text('纠纷所在网格；未登记为空'),
    风险等级: text('低、中或高'),
    是否重大: text('重大矛盾纠纷为“是”，否则为“否”'),
    责任人: text('化解责任人'),
    状态: text('待化解、调处中、已化解或已移交'),
    化解日期: text('化解日期；未化解为空'),
    备注: text('备注'),
  }),
});
export type InvestigationRoundData = typeof investigationRoundData._output;

function findingData(f: InvestigationFinding, i: number): InvestigationRoundData['纠纷'][number] {
  return {
    序号: String(i + 1),
    当事人: f.parties,
    纠纷类型: labelOf(disputeCategories, f.category),
    简要情况: f.summary,
    所在网格: f.grid ?? '',
    风险等级: labelOf(riskLevels, f.riskLevel),
    是否重大: f.major ? '是' : '否',
    责任人: f.responsible,
    状态: labelOf(findingStatuses, f.status),
    化解日期: dateCn(f.resolvedOn),
    备注: f.note ?? '',
  };
}

function build(call: CallContext, id: number): InvestigationRoundData {
  const round = roundDetail(call, id);
  return {
    ...roundHead(round, officeName(call)),
    发现纠纷数: String(round.findings.length),
    重大纠纷数: String(round.findings.filter((f) => f.major).length),
    纠纷: round.findings.map(findingData),
  };
}

/** Rows of the findings table on a page of its own; shorter lists are padded with empty rows to write on. */
const MIN_FINDING_ROWS = 3;

/**
 * Column widths of the findings table (relative; about millimetres on the 162 mm line of an A4 form): 序号, 风险等级
 * and 责任人 as narrow as their headers and three-character names allow; 简要情况 and 处置情况 wrap.
 */
export const FINDING_WIDTHS = [10, 22, 27, 40, 19, 16, 28] as const;

function findingCells(f: InvestigationRoundData['纠纷'][number]): Cell[] {
  const risk = f.是否重大 === '是' ? `${f.风险等级}（重大）` : f.风险等级;
  const status = [f.化解日期 ? `${f.状态}（${f.化解日期}）` : f.状态, f.备注].filter(Boolean).join('\n');
  const summary = f.所在网格 ? `${f.简要情况}\n（${f.所在网格}）` : f.简要情况;
  return [
    { value: f.序号, align: 'center' },
    { value: f.当事人 },
    { value: f.纠纷类型 },
    { value: summary },
    { value: risk, align: 'center' },
    { value: f.责任人, align: 'center' },
    { value: status },
  ];
}

function found(d: InvestigationRoundData): string {
  if (d.发现纠纷数 === '0') return '无（零报告）';
  return `${d.发现纠纷数}件，其中重大矛盾纠纷${d.重大纠纷数}件`;
}

function layout(d: InvestigationRoundData): FormDoc {
  return {
    title: '矛盾纠纷排查记录',
    kicker: d.排查单位 || undefined,
    blocks: [
      fourColumns([
        wideRow('排查期间', periodWithSpan(d)),
        pairRow('排查类型', d.排查类型, '排查日期', d.排查日期),
        pairRow('排查范围', d.排查范围, '排查方式', d.排查方式),
        wideRow('排查人员', d.排查人员),
        pairRow('负责人', d.负责人, '上报日期', d.上报日期),
        wideRow('备注', d.备注),
      ]),
      { kind: 'heading', text: `排查发现的矛盾纠纷：${found(d)}` },
      {
        kind: 'table',
        header: ['序号', '当事人', '纠纷类型', '简要情况', '风险等级', '责任人', '处置情况'],
        widths: FINDING_WIDTHS,
        rows: d.纠纷.map(findingCells),
        minRows: MIN_FINDING_ROWS,
      },
      ...roundSignOff('排查人', d),
    ],
  };
}

export const investigationRoundForm: RecordForm<typeof investigationRoundData> = {
  code: 'investigationRound',
  data: investigationRoundData,
  build,
  layout,
};
