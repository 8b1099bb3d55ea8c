// 人民调解记录 (domain-reference §1.8), one per 调解 step: 时间, 地点, 事由, 参加人, 当事人, the record, signatures, seal.
import { formData, text } from '../../../shared/documents/fields';
import { BLANK_DATE, dateCn, plain } from '../../../shared/documents/format';
import type { CaseForm } from '../form-definition';
import { recordDoc, sidesOf, stepOfKind } from './common';
import { partiesData, partiesShape } from './party-data';
import { bothSides, partySignatures } from './party-table';

export const sessionData = formData({
  调委会名称: text('人民调解委员会名称'),
  卷号: text('卷号；未建卷宗时为空'),
  时间: text('调解日期'),
  地点: text('调解地点'),
  事由: text('事由，即卷名，如“张三与李四邻里纠纷”'),
  参加人: text('受邀参加调解的人员（不含调解员、当事人和记录人）'),
  当事人名单: text('当事人，如“申请人：张三；被申请人：李四”'),
  ...partiesShape,
  调解员: text('主持调解的人民调解员'),
  记录人: text('记录人'),
  调解记录: text('调解记录正文'),
});
export type SessionData = typeof sessionData._output;

export const sessionForm: CaseForm<typeof sessionData> = {
  code: 'session',
  data: sessionData,
  applies: (_ctx, step) => step?.kind === 'session',
  // Without a session step: the case's header filled, the rest blank to write on.
  build: (ctx, anyStep) => {
    const step = stepOfKind(anyStep, 'session');
    const d = ctx.detail;
    const parties = partiesData(d.parties, step?.occurredOn ?? ctx.today);
    return {
      调委会名称: ctx.committee.name,
      卷号: plain(d.dossier?.number),
      时间: dateCn(step?.occurredOn),
      地点: plain(step?.place),
      事由: d.title,
      参加人: plain(step?.participants),
      当事人名单: sidesOf(parties.申请人, parties.被申请人),
      ...parties,
      调解员: plain(step?.people),
      记录人: plain(step?.recorder),
      调解记录: plain(step?.content),
    };
  },
  layout: (d) =>
    recordDoc({
      title: '人民调解记录',
      卷号: d.卷号,
      head: [
        [{ label: '时间' }, { value: d.时间 }, { label: '地点' }, { value: d.地点 }],
        [{ label: '事由' }, { value: d.事由, span: 3 }],
        [{ label: '参加人' }, { value: d.参加人, span: 3 }],
        [{ label: '当事人' }, { value: d.当事人名单, span: 3 }],
        [{ label: '调解员' }, { value: d.调解员 }, { label: '记录人' }, { value: d.记录人 }],
      ],
      label: '调解记录：',
      body: d.调解记录,
      blankLines: 6,
      tail: [
        { kind: 'signatures', lines: [...partySignatures(bothSides(d)), { label: '调解员（签名）：' }, { label: '记录人（签名）：' }] },
        { kind: 'seal', organ: d.调委会名称 || '人民调解委员会', date: d.时间 || BLANK_DATE },
      ],
    }),
};
