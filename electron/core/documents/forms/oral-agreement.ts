// 人民调解口头协议登记表 (domain-reference §1.10, 人民调解法 Art.28/30): filled like the 协议书, as one bordered table.
import type { Cell, FormDoc } from '../../../shared/documents/form-doc';
import type { CaseForm } from '../form-definition';
import { agreementData, buildAgreementData, isAgreement, type AgreementData } from './b-agreement-data';
import { withNumber } from './common';
import { bothSides, partyRows, PARTY_COLUMNS, PARTY_WIDTHS } from './party-table';

/** The registered content: what was said, then any numbered clauses, then the amount in capitals. */
function contentOf(d: AgreementData): string {
  return [d.协议内容, ...d.协议条款.map((c) => `${c.序号}、${c.内容}`), d.协议金额 ? `协议涉及金额：${d.协议金额}。` : '']
    .filter(Boolean)
    .join('\n');
}

function performanceOf(d: AgreementData): string {
  return [d.履行方式 ? `履行方式：${d.履行方式}` : '', d.履行期限 ? `履行期限：${d.履行期限}` : ''].filter(Boolean).join('；');
}

const row = (label: string, value: string, lines = 1): Cell[] => [{ label }, { value, span: PARTY_COLUMNS - 1, lines }];

export function oralAgreementDoc(d: AgreementData): FormDoc {
  const parties = bothSides(d).flatMap(([role, list]) => list.flatMap((p) => partyRows(role, p)));
  return withNumber(
    {
      title: '人民调解口头协议登记表',
      blocks: [
        {
          kind: 'fields',
          columns: PARTY_COLUMNS,
          widths: PARTY_WIDTHS,
          rows: [
            ...parties,
            row('纠纷简要情况', d.纠纷主要事实, 2),
            row('口头协议内容', contentOf(d), 3),
            row('履行方式、时限', performanceOf(d)),
            row('履行情况', d.履行情况),
            // Signed by hand: the mediator who heard the agreement and the clerk who registered it.
            [{ label: '调解员' }, { value: d.调解员 }, { label: '达成日期' }, { value: d.协议日期, span: 3 }],
            [{ label: '人民调解员（签名）' }, { value: '' }, { label: '登记人（签名）' }, { value: '', span: 3 }],
            // The committee's seal goes over its name, inside the table so that the register stays on one page.
            [{ label: '人民调解委员会（印章）' }, { value: d.调委会, span: PARTY_COLUMNS - 1, lines: 3, align: 'center' }],
          ],
        },
      ],
      footnote: '口头协议自各方当事人达成协议之日起生效（《中华人民共和国人民调解法》第三十条）。',
    },
    d.编号,
  );
}

export const oralAgreementForm: CaseForm<typeof agreementData> = {
  code: 'oralAgreement',
  data: agreementData,
  applies: isAgreement('oral'),
  build: buildAgreementData,
  layout: oralAgreementDoc,
};
