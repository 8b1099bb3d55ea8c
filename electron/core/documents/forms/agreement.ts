// 人民调解协议书 (domain-reference §1.9, 人民调解法 Art.29): parties, facts, numbered clauses, performance, copies, signatures, seal.
import type { Block, FormDoc } from '../../../shared/documents/form-doc';
import { BLANK_DATE } from '../../../shared/documents/format';
import type { CaseForm } from '../form-definition';
import { agreementData, buildAgreementData, isAgreement, type AgreementData } from './b-agreement-data';
import { section, stop, withNumber } from './common';
import { bothSides, partiesTable, partySignatures } from './party-table';

/** Art.29: in force once every party, the mediator and the committee's seal are on it; one copy each plus one kept. */
export function copiesClause(d: AgreementData): string {
  return (
    '本协议书自各方当事人签名、盖章或按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。' +
    `本协议书一式${d.份数}份，当事人各执一份，人民调解委员会留存一份。`
  );
}

function clauses(d: AgreementData): Block[] {
  const lead: Block = { kind: 'paragraph', text: [{ text: '经调解，自愿达成如下协议：', bold: true }] };
  const items: Block = d.协议条款.length > 0 ? { kind: 'list', items: d.协议条款.map((c) => c.内容) } : { kind: 'lines', count: 6 };
  const amount: Block[] = d.协议金额 ? [{ kind: 'paragraph', text: ['协议涉及金额：', d.协议金额, '。'], indent: true }] : [];
  return [lead, items, ...amount];
}

export function agreementDoc(d: AgreementData): FormDoc {
  const groups = bothSides(d);
  const facts = [d.纠纷主要事实, d.争议事项 ? `争议事项：${d.争议事项}` : ''].filter(Boolean).join('\n');
  return withNumber(
    {
      title: '人民调解协议书',
      blocks: [
        partiesTable(groups),
        ...section('纠纷主要事实、争议事项：', facts, 5),
        ...clauses(d),
        // The lead runs on into 履行方式 (a line saved: a common agreement then fits on one page).
        { kind: 'paragraph', text: [{ text: '履行方式、时限：', bold: true }, '履行方式：', d.履行方式 ? stop(d.履行方式) : { blank: 24 }] },
        { kind: 'paragraph', indent: true, text: ['履行期限：', d.履行期限 ? `${d.履行期限}前履行完毕。` : { blank: 12 }] },
        { kind: 'paragraph', text: [copiesClause(d)], indent: true },
        {
          kind: 'signatures',
          lines: [
            ...partySignatures(groups),
            { label: '人民调解员（签名）：' },
            { label: '记录人（签名）：' },
          ],
        },
        { kind: 'seal', organ: d.调委会 || '人民调解委员会', date: d.协议日期 || BLANK_DATE },
      ],
    },
    d.编号,
  );
}

export const agreementForm: CaseForm<typeof agreementData> = {
  code: 'agreement',
  data: agreementData,
  applies: isAgreement('written'),
  build: buildAgreementData,
  layout: agreementDoc,
};
