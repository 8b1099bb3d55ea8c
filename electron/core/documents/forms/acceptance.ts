// 人民调解受理登记表 (domain-reference §1.5): date line, 纠纷类型, 案件来源 ticks, 纠纷简要情况, signatures, seal.
import { caseSources } from '../../../shared/case-codes';
import { labelOf } from '../../../shared/codes';
import { flag, formData, list, text } from '../../../shared/documents/fields';
import type { FormDoc } from '../../../shared/documents/form-doc';
import { BLANK_DATE, dateCn, plain } from '../../../shared/documents/format';
import type { CaseForm } from '../form-definition';
import { filled, namesOf } from './common';
import { partiesData, partiesShape } from './party-data';

export const acceptanceData = formData({
  调委会名称: text('人民调解委员会名称'),
  受理日期: text('受理日期（未受理时为空）'),
  ...partiesShape,
  申请人名单: text('申请人姓名，以顿号分隔'),
  被申请人名单: text('被申请人姓名，以顿号分隔'),
  纠纷类型: text('纠纷类型'),
  案件来源: text('案件来源'),
  来源选项: list('案件来源的全部选项，选中的一项为是', { 名称: text('来源名称'), 选中: flag('是否为本案来源') }),
  移送单位: text('移送、委派或移交的单位（有则填）'),
  纠纷简要情况: text('纠纷简要情况'),
});
export type AcceptanceData = typeof acceptanceData._output;

/** The ticked box: ■, not ☑ — ☑ is outside GB 2312/GBK and missing from Noto Serif SC (it printed as the .notdef box). */
export const TICKED = '■';

/** Every source with its box (■公安移送（东街派出所）, □当事人申请, …), the ticked one with the referring body after it. */
export function sourceTicks(d: Pick<AcceptanceData, '来源选项' | '移送单位'>): string {
  return d.来源选项.map((o) => `${o.选中 ? TICKED : '□'}${o.名称}${o.选中 && d.移送单位 ? `（${d.移送单位}）` : ''}`).join('　');
}

export const acceptanceForm: CaseForm<typeof acceptanceData> = {
  code: 'acceptance',
  data: acceptanceData,
  // The committee's register of every case it takes on, whatever the source: besides cases it starts itself
  // and referrals, it records oral applications (which the case does not tell apart from written ones). A
  // rejected case was never taken on, so it gets no acceptance register.
  applies: (ctx) => ctx.detail.state !== 'rejected',
  build: (ctx) => {
    const d = ctx.detail;
    const parties = partiesData(d.parties, d.acceptedOn ?? d.receivedOn);
    return {
      调委会名称: ctx.committee.name,
      受理日期: dateCn(d.acceptedOn),
      ...parties,
      申请人名单: namesOf(parties.申请人),
      被申请人名单: namesOf(parties.被申请人),
      纠纷类型: d.categoryLabel,
      案件来源: labelOf(caseSources, d.source),
      来源选项: caseSources.map((s) => ({ 名称: s.label, 选中: s.code === d.source })),
      移送单位: plain(d.sourceDetail),
      纠纷简要情况: plain(d.facts),
    };
  },
  layout: (d): FormDoc => ({
    title: '人民调解受理登记表',
    blocks: [
      {
        kind: 'paragraph',
        indent: true,
        text: [
          d.受理日期 ? { text: d.受理日期, underline: true } : BLANK_DATE,
          '，本委员会经当事人同意，调解',
          filled(d.申请人名单, 10),
          '与',
          filled(d.被申请人名单, 10),
          '之间的纠纷。',
        ],
      },
      {
        kind: 'fields',
        columns: 2,
        widths: [1, 4],
        rows: [
          [{ label: '纠纷类型' }, { value: d.纠纷类型 }],
          [{ label: '案件来源' }, { value: sourceTicks(d) }],
          [{ label: '纠纷简要情况' }, { value: d.纠纷简要情况, lines: 8 }],
          [{ label: '当事人（签名）' }, { value: '', lines: 2 }],
          [{ label: '登记人（签名）' }, { value: '' }],
        ],
      },
      { kind: 'seal', organ: d.调委会名称 || '人民调解委员会', date: d.受理日期 || BLANK_DATE },
    ],
    footnote: '此表由人民调解委员会填写',
  }),
};
