// 人民调解申请书 (domain-reference §1.4): 申请人, 被申请人 (seven fields each), 纠纷简要情况, 申请事项, declaration, signature.
import { formData, list, text } from '../../../shared/documents/fields';
import type { FormDoc } from '../../../shared/documents/form-doc';
import { dateCn, plain } from '../../../shared/documents/format';
import type { CaseForm } from '../form-definition';
import { bodyBlocks, labelPara } from './common';
import { partiesData, partiesShape } from './party-data';
import { bothSides, rolePartiesTable } from './party-table';

export const applicationData = formData({
  调委会名称: text('受理申请的人民调解委员会'),
  ...partiesShape,
  纠纷简要情况: text('纠纷简要情况'),
  申请事项: list('当事人申请事项，每项一组', { 序号: text('序号：1、2、3…'), 内容: text('申请事项') }),
  申请日期: text('申请日期（收案日期）'),
});
export type ApplicationData = typeof applicationData._output;

/** The fixed declaration of the 2010 format, signed by the applicant. */
export const APPLICATION_DECLARATION = '人民调解委员会已将申请人民调解的相关规定告知我，现自愿申请人民调解委员会进行调解。';

const ITEM_NUMBER = /^(?:[（(]\s*\d+\s*[)）]|\d+\s*[、.．)）])\s*/;

/**
 * 申请事项 one per line, or numbered on one line (1、…；2、…); the numbers typed by the user are dropped (the
 * form numbers them).
 */
export function requestItems(requests: string | null): string[] {
  return (requests ?? '')
    .split(/\r?\n|[；;]\s*(?=[（(]?\s*\d+\s*[、.．)）])/)
    .map((l) => l.trim().replace(ITEM_NUMBER, '').replace(/[；;]$/, ''))
    .filter((l) => l !== '');
}

export const applicationForm: CaseForm<typeof applicationData> = {
  code: 'application',
  data: applicationData,
  // The applicant's own paper: only for cases that came by a party's application (案件来源 当事人申请).
  applies: (ctx) => ctx.detail.source === 'applied',
  build: (ctx) => {
    const d = ctx.detail;
    return {
      调委会名称: ctx.committee.name,
      // Ages as on the day the application was received.
      ...partiesData(d.parties, d.receivedOn),
      纠纷简要情况: plain(d.facts),
      申请事项: requestItems(d.requests).map((内容, i) => ({ 序号: String(i + 1), 内容 })),
      申请日期: dateCn(d.receivedOn),
    };
  },
  layout: (d): FormDoc => ({
    title: '人民调解申请书',
    blocks: [
      rolePartiesTable(bothSides(d)),
      labelPara('纠纷简要情况：'),
      ...bodyBlocks(d.纠纷简要情况, 8),
      labelPara('当事人申请事项：'),
      d.申请事项.length ? { kind: 'list', items: d.申请事项.map((r) => r.内容) } : { kind: 'lines', count: 4 },
      { kind: 'spacer', lines: 1 },
      { kind: 'paragraph', text: [APPLICATION_DECLARATION], indent: true },
      { kind: 'spacer', lines: 1 },
      { kind: 'signatures', lines: [{ label: '申请人（签名、盖章或按指印）：', date: d.申请日期 || '' }] },
    ],
  }),
};
