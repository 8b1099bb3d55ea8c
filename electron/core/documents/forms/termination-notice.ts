// 终止调解告知书 (domain-reference §1.12, 人民调解法 Art.26): mediation ended or failed; the parties are told the other channels.
import { endReasons, outcomeResults } from '../../../shared/case-codes';
import { labelOf } from '../../../shared/codes';
import { flag, formData, text } from '../../../shared/documents/fields';
import type { FormDoc } from '../../../shared/documents/form-doc';
import { dateCn } from '../../../shared/documents/format';
import type { CaseForm } from '../form-definition';
import { namesOf, noticeDoc, noticeHead, noticeShape, orBlank, section, stepAs } from './common';

export const TERMINATION_BASIS = '《中华人民共和国人民调解法》第二十六条';
export const REMEDIES = '当事人可以依法通过仲裁、行政、司法等途径维护自己的权利。';

export const terminationData = formData({
  ...noticeShape,
  受理日期: text('受理日期'),
  调解经过: text('调解经过简述：调解次数和日期，以及登记的说明'),
  调解结果: text('调解结果：调解不成功或终止调解'),
  终止原因: text('终止调解的原因（代码表的名称）'),
  法律依据: text('法律依据'),
  救济途径: text('告知的救济途径'),
  告知日期: text('终止调解、告知当事人的日期'),
  已告知救济途径: flag('登记时已口头告知当事人其他救济途径'),
});
export type TerminationData = typeof terminationData._output;

export function terminationDoc(d: TerminationData): FormDoc {
  return noticeDoc({
    title: '终止调解告知书',
    number: d.编号,
    addressees: namesOf(d.当事人),
    width: 12,
    body: [
      {
        kind: 'paragraph',
        indent: true,
        text: [
          '本委员会于',
          orBlank(d.受理日期, 10),
          '受理的',
          orBlank(d.纠纷名称, 14),
          d.调解结果 === '调解不成功' ? '，经调解，未能达成调解协议。' : '，因下列原因终止调解。',
        ],
      },
      ...section('调解经过：', d.调解经过, 4),
      {
        kind: 'paragraph',
        indent: true,
        // 其他 names no reason: leave room to write it.
        text: d.终止原因 === '其他' ? ['终止原因：其他，', { blank: 16 }, '。'] : ['终止原因：', orBlank(d.终止原因, 20), '。'],
      },
      { kind: 'paragraph', indent: true, text: ['根据', d.法律依据, '的规定，本委员会决定终止调解。', d.救济途径] },
    ],
    organ: d.调委会,
    date: d.告知日期,
  });
}

export const terminationNoticeForm: CaseForm<typeof terminationData> = {
  code: 'terminationNotice',
  data: terminationData,
  applies: (_ctx, step) => step?.kind === 'outcome' && step.result !== 'success',
  build: (ctx, from) => {
    const step = stepAs(from, 'outcome');
    const sessions = ctx.detail.steps.filter((s) => s.kind === 'session' && s.occurredOn <= step.occurredOn);
    const held = sessions.length > 0 ? `本委员会先后于${sessions.map((s) => dateCn(s.occurredOn)).join('、')}组织调解${sessions.length}次。` : '';
    return {
      ...noticeHead(ctx, step.occurredOn),
      受理日期: dateCn(ctx.detail.acceptedOn),
      调解经过: [held, step.content ?? ''].filter(Boolean).join('\n'),
      调解结果: labelOf(outcomeResults, step.result),
      终止原因: labelOf(endReasons, step.reason),
      法律依据: TERMINATION_BASIS,
      救济途径: REMEDIES,
      告知日期: dateCn(step.occurredOn),
      已告知救济途径: step.remediesTold,
    };
  },
  layout: terminationDoc,
};
