// 人民调解调查记录 (domain-reference §1.7), one per 调查 step: 时间, 地点, 调查人, 被调查人, 记录人, the record, signatures.
import { formData, text } from '../../../shared/documents/fields';
import { dateCn, plain } from '../../../shared/documents/format';
import type { CaseForm } from '../form-definition';
import { recordDoc, stepOfKind } from './common';

export const inquiryData = formData({
  卷号: text('卷号；未建卷宗时为空'),
  事由: text('所调查的纠纷，即卷名'),
  时间: text('调查日期'),
  地点: text('调查地点'),
  调查人: text('调查人（参加调查的人民调解员）'),
  被调查人: text('被调查人'),
  记录人: text('记录人'),
  调查情况: text('调查记录正文（问答或调查情况）'),
});
export type InquiryData = typeof inquiryData._output;

export const inquiryForm: CaseForm<typeof inquiryData> = {
  code: 'inquiry',
  data: inquiryData,
  applies: (_ctx, step) => step?.kind === 'inquiry',
  // Without an inquiry step the header of the case is kept and the rest left blank (a form to fill by hand).
  build: (ctx, anyStep) => {
    const step = stepOfKind(anyStep, 'inquiry');
    return {
      卷号: plain(ctx.detail.dossier?.number),
      事由: ctx.detail.title,
      时间: dateCn(step?.occurredOn),
      地点: plain(step?.place),
      调查人: plain(step?.people),
      被调查人: plain(step?.subject),
      记录人: plain(step?.recorder),
      调查情况: plain(step?.content),
    };
  },
  layout: (d) =>
    recordDoc({
      title: '人民调解调查记录',
      卷号: d.卷号,
      head: [
        [{ label: '时间' }, { value: d.时间 }, { label: '地点' }, { value: d.地点 }],
        [{ label: '调查人' }, { value: d.调查人, span: 3 }],
        [{ label: '被调查人' }, { value: d.被调查人 }, { label: '记录人' }, { value: d.记录人 }],
        [{ label: '事由' }, { value: d.事由, span: 3 }],
      ],
      label: '调查记录：',
      body: d.调查情况,
      blankLines: 11,
      tail: [
        {
          kind: 'signatures',
          lines: [{ label: '被调查人（签名或按指印）：', date: d.时间 }, { label: '调查人（签名）：' }, { label: '记录人（签名）：' }],
        },
      ],
    }),
};
