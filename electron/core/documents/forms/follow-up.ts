// 人民调解回访记录 (domain-reference §1.11, Art.31): who was visited, the agreement's 编号, performance, satisfaction, risks.
import { performanceStatuses, satisfactionLevels } from '../../../shared/case-codes';
import { labelOf } from '../../../shared/codes';
import { flag, formData, text } from '../../../shared/documents/fields';
import type { FormDoc } from '../../../shared/documents/form-doc';
import { dateCn } from '../../../shared/documents/format';
import type { CaseForm } from '../form-definition';
import { agreementNumber, stepAs, stepBefore } from './common';

export const followUpData = formData({
  调委会: text('人民调解委员会名称'),
  被回访当事人: text('被回访的当事人'),
  调解协议编号: text('所回访的调解协议的编号'),
  回访事由: text('回访事由（纠纷名称），如“张三与李四邻里纠纷”'),
  回访日期: text('回访日期'),
  回访人: text('回访人'),
  协议履行情况: text('协议履行情况，如“已全部履行”'),
  满意度: text('当事人满意度：满意、基本满意或不满意'),
  是否起诉: text('当事人是否就该纠纷起诉：是或否'),
  回访情况: text('回访情况'),
  遗留风险: text('有无错调、激化或遗留风险'),
  采取的措施: text('采取的措施'),
  已起诉: flag('当事人已就该纠纷起诉'),
});
export type FollowUpData = typeof followUpData._output;

export function followUpDoc(d: FollowUpData): FormDoc {
  return {
    title: '人民调解回访记录',
    blocks: [
      {
        kind: 'fields',
        columns: 4,
        widths: [2.4, 4.4, 2, 2.6],
        rows: [
          [{ label: '被回访当事人' }, { value: d.被回访当事人 }, { label: '回访日期' }, { value: d.回访日期 }],
          [{ label: '调解协议编号' }, { value: d.调解协议编号 }, { label: '回访人' }, { value: d.回访人 }],
          [{ label: '回访事由' }, { value: d.回访事由, span: 3 }],
          [{ label: '协议履行情况' }, { value: d.协议履行情况 }, { label: '当事人满意度' }, { value: d.满意度 }],
          [{ label: '是否起诉' }, { value: d.是否起诉 }, { label: '法院处理结果' }, { value: '' }],
          [{ label: '回访情况' }, { value: d.回访情况, span: 3, lines: 8 }],
          [{ label: '错调、激化或遗留风险' }, { value: d.遗留风险, span: 3, lines: 2 }],
          [{ label: '采取的措施' }, { value: d.采取的措施, span: 3, lines: 2 }],
        ],
      },
      { kind: 'spacer', lines: 1 },
      { kind: 'signatures', lines: [{ label: '回访人（签名）：', date: d.回访日期 }, { label: '被回访人（签名）：' }] },
    ],
  };
}

export const followUpForm: CaseForm<typeof followUpData> = {
  code: 'followUp',
  data: followUpData,
  applies: (_ctx, step) => step?.kind === 'followUp',
  build: (ctx, from) => {
    const step = stepAs(from, 'followUp');
    const agreement = stepBefore(ctx, 'agreement', step.occurredOn);
    return {
      调委会: ctx.committee.name,
      被回访当事人: step.partyVisited,
      调解协议编号: agreement ? agreementNumber(ctx, agreement) : '',
      回访事由: ctx.detail.title,
      回访日期: dateCn(step.occurredOn),
      回访人: step.people ?? '',
      协议履行情况: labelOf(performanceStatuses, step.performance),
      满意度: labelOf(satisfactionLevels, step.satisfaction),
      是否起诉: step.sued ? '是' : '否',
      回访情况: step.content ?? '',
      遗留风险: step.risk ?? '',
      采取的措施: step.measures ?? '',
      已起诉: step.sued,
    };
  },
  layout: followUpDoc,
};
