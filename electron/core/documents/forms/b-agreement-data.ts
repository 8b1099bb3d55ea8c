// The data of an agreement step, shared by 人民调解协议书 and 口头协议登记表 (one template may serve both via 书面协议/口头协议).
import { performanceStatuses } from '../../../shared/case-codes';
import { labelOf } from '../../../shared/codes';
import { flag, formData, list, text } from '../../../shared/documents/fields';
import { dateCn } from '../../../shared/documents/format';
import { amountCn, amountFigures, rmbUpper } from '../../../shared/documents/money-cn';
import type { CaseStep } from '../../../shared/schemas/case-step';
import { stepsOf, type CaseDocContext } from '../case-context';
import { agreementNumber, countCn, stepAs, type StepOf } from './common';
import { partiesData, partiesShape } from './party-data';

export const agreementData = formData({
  编号: text('协议编号：协议登记的编号，未登记时为卷号'),
  调委会: text('人民调解委员会名称'),
  ...partiesShape,
  纠纷名称: text('纠纷名称（卷名），如“张三与李四邻里纠纷”'),
  纠纷主要事实: text('纠纷主要事实（纠纷简要情况）'),
  争议事项: text('争议事项（当事人申请调解的事项）'),
  协议条款: list('协议条款，按顺序', { 序号: text('序号，如“1”'), 内容: text('条款内容') }),
  协议内容: text('口头协议登记的协议内容（书面协议为补充说明，可为空）'),
  履行方式: text('履行方式'),
  履行期限: text('履行期限，如“2026年12月31日”'),
  协议金额: text('协议金额，大写加小写，如“人民币壹万贰仟元整（¥12,000.00）”；无金额为空'),
  协议金额大写: text('协议金额大写，如“壹万贰仟元整”；无金额为空'),
  协议金额小写: text('协议金额小写，如“¥12,000.00”；无金额为空'),
  份数: text('协议书份数（当事人人数加一），如“三”'),
  调解员: text('主持调解的调解员'),
  协议日期: text('协议达成日期'),
  生效日期: text('协议生效日期；未生效为空'),
  履行情况: text('最近登记的履行情况，如“已全部履行：当场支付”；未登记为空'),
  书面协议: flag('是书面协议（人民调解协议书）'),
  口头协议: flag('是口头协议（口头协议登记表）'),
});
export type AgreementData = typeof agreementData._output;

/** The latest 履行情况 registered on or after the agreement's day. */
function performanceOf(ctx: CaseDocContext, step: StepOf<'agreement'>): string {
  const done = stepsOf(ctx, 'performance').filter((s) => s.occurredOn >= step.occurredOn);
  const last = done.at(-1);
  return last ? `${labelOf(performanceStatuses, last.status)}：${last.content}` : '';
}

export function buildAgreementData(ctx: CaseDocContext, from: CaseStep | null): AgreementData {
  const step = stepAs(from, 'agreement');
  const parties = partiesData(ctx.detail.parties, step.occurredOn);
  const fen = step.amountFen;
  return {
    编号: agreementNumber(ctx, step),
    调委会: ctx.committee.name,
    ...parties,
    纠纷名称: ctx.detail.title,
    纠纷主要事实: ctx.detail.facts,
    争议事项: ctx.detail.requests ?? '',
    协议条款: step.clauses.map((c, i) => ({ 序号: String(i + 1), 内容: c })),
    协议内容: step.content ?? '',
    履行方式: step.performanceMethod ?? '',
    履行期限: dateCn(step.performanceDeadline),
    协议金额: fen === null ? '' : amountCn(fen),
    协议金额大写: fen === null ? '' : rmbUpper(fen),
    协议金额小写: fen === null ? '' : amountFigures(fen),
    份数: countCn(parties.当事人.length + 1),
    调解员: step.people ?? '',
    协议日期: dateCn(step.occurredOn),
    生效日期: dateCn(step.effectiveOn),
    履行情况: performanceOf(ctx, step),
    书面协议: step.form === 'written',
    口头协议: step.form === 'oral',
  };
}

export const isAgreement = (form: 'written' | 'oral') => (_ctx: CaseDocContext, step: CaseStep | null): boolean =>
  step?.kind === 'agreement' && step.form === form;
