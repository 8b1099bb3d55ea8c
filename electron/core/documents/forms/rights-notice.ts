// 人民调解当事人权利义务告知书 (domain-reference §1.6): fixed text per 人民调解法 Art.4, 3, 23–24, 31; one signature per party.
import { formData, text } from '../../../shared/documents/fields';
import type { FormDoc } from '../../../shared/documents/form-doc';
import { dateCn } from '../../../shared/documents/format';
import type { CaseForm } from '../form-definition';
import { labelPara, namesOf } from './common';
import { partiesData, partiesShape } from './party-data';
import { bothSides, partySignatures } from './party-table';

export const rightsNoticeData = formData({
  调委会名称: text('告知的人民调解委员会'),
  ...partiesShape,
  告知日期: text('告知日期（受理日期；未受理时为空，手工填写）'),
});
export type RightsNoticeData = typeof rightsNoticeData._output;

/** 人民调解法 Art.7, 3, 4, 31: what the committee is, its principles, no fee, the effect of an agreement. */
export const RIGHTS_INTRO = [
  '人民调解委员会是依法设立的调解民间纠纷的群众性组织。人民调解委员会调解民间纠纷，遵循下列原则：在当事人自愿、平等的基础上进行调解；不违背法律、法规和国家政策；尊重当事人的权利，不得因调解而阻止当事人依法通过仲裁、行政、司法等途径维护自己的权利。',
  '人民调解委员会调解民间纠纷，不收取任何费用。经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。',
];

/** 人民调解法 Art.23. */
export const PARTY_RIGHTS = [
  '选择或者接受人民调解员；',
  '接受调解、拒绝调解或者要求终止调解；',
  '要求调解公开进行或者不公开进行；',
  '自主表达意愿、自愿达成调解协议。',
];

/** 人民调解法 Art.24. */
export const PARTY_DUTIES = ['如实陈述纠纷事实；', '遵守调解现场秩序，尊重人民调解员；', '尊重对方当事人行使权利。'];

export const rightsNoticeForm: CaseForm<typeof rightsNoticeData> = {
  code: 'rightsNotice',
  data: rightsNoticeData,
  // Given when the case is taken on (or about to be): every case but a rejected one.
  applies: (ctx) => ctx.detail.state !== 'rejected',
  build: (ctx) => {
    const d = ctx.detail;
    return {
      调委会名称: ctx.committee.name,
      ...partiesData(d.parties, d.acceptedOn ?? d.receivedOn),
      告知日期: dateCn(d.acceptedOn),
    };
  },
  layout: (d): FormDoc => ({
    title: '人民调解当事人权利义务告知书',
    blocks: [
      {
        kind: 'paragraph',
        text: [`${namesOf(d.当事人) || '当事人'}：`],
      },
      {
        kind: 'paragraph',
        indent: true,
        text: [
          `根据《中华人民共和国人民调解法》的规定，${d.调委会名称 || '本委员会'}现将人民调解的有关事项和当事人在调解活动中享有的权利、承担的义务告知如下：`,
        ],
      },
      ...RIGHTS_INTRO.map((t) => ({ kind: 'paragraph' as const, indent: true, text: [t] })),
      labelPara('一、当事人在人民调解活动中享有下列权利：'),
      { kind: 'list', items: PARTY_RIGHTS },
      labelPara('二、当事人在人民调解活动中履行下列义务：'),
      { kind: 'list', items: PARTY_DUTIES },
      { kind: 'paragraph', indent: true, text: ['以上内容，本人已经知悉。'] },
      { kind: 'spacer', lines: 1 },
      { kind: 'signatures', lines: partySignatures(bothSides(d), d.告知日期) },
    ],
  }),
};
