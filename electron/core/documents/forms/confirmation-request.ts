// 司法确认申请书 (domain-reference §1.13, 人民调解法 Art.33): all parties apply jointly within 30 days of the agreement taking effect.
import { formData, list, text } from '../../../shared/documents/fields';
import type { FormDoc } from '../../../shared/documents/form-doc';
import { dateCn } from '../../../shared/documents/format';
import { addDays } from '../../../shared/rules/dates';
import type { CaseForm } from '../form-definition';
import { agreementNumber, namesOf, section, stepAfter, stepAs } from './common';
import { partiesData, partiesShape, type PartyData } from './party-data';
import { partiesTable, partySignatures } from './party-table';

/** Art.33: within 30 days of the day the agreement took effect (the day itself not counted). */
export const CONFIRMATION_DAYS = 30;

export const confirmationData = formData({
  ...partiesShape,
  受理法院: text('受理司法确认申请的人民法院；未登记为空'),
  调委会: text('主持调解的人民调解委员会'),
  纠纷名称: text('纠纷名称，如“张三与李四邻里纠纷”'),
  协议编号: text('调解协议编号'),
  协议日期: text('调解协议达成日期'),
  生效日期: text('调解协议生效日期；未生效为空'),
  申请期限: text('申请司法确认的最后一日（生效日期后第30日）；未生效为空'),
  请求事项: text('请求事项'),
  事实与理由: text('事实与理由'),
  申请材料: list('随申请书提交的材料', { 序号: text('序号'), 名称: text('材料名称') }),
  申请日期: text('申请日期（司法确认登记的申请日期）；未登记为空'),
});
export type ConfirmationData = typeof confirmationData._output;

/** The materials a court asks for (§1.13), those that concern this case only. */
export function materialsOf(parties: readonly PartyData[]): string[] {
  const hasOrganisation = parties.some((p) => p.类型 === '法人或其他组织');
  const hasAgent = parties.some((p) => p.代理人 !== '');
  return [
    '人民调解协议书',
    '双方当事人的身份证明',
    ...(hasOrganisation ? ['法人或其他组织的资格证明（营业执照或登记证书复印件、法定代表人或负责人身份证明）'] : []),
    '与调解协议相关的财产权利证明等证明材料',
    '双方当事人的送达地址、联系电话',
    ...(hasAgent ? ['授权委托书'] : []),
  ];
}

export function confirmationDoc(d: ConfirmationData): FormDoc {
  const deadline = d.申请期限 ? `（本协议于${d.生效日期}生效，应于${d.申请期限}前提出申请）` : '（应自调解协议生效之日起三十日内提出申请）';
  return {
    title: '司法确认申请书',
    blocks: [
      partiesTable([['申请人', d.当事人]]),
      { kind: 'spacer', lines: 1 },
      ...section('请求事项：', d.请求事项, 3),
      ...section('事实与理由：', d.事实与理由, 6),
      { kind: 'paragraph', indent: true, text: [deadline] },
      { kind: 'paragraph', indent: true, text: ['申请人承诺：出于解决纠纷的目的自愿达成调解协议，没有恶意串通、规避法律的行为；如因该协议内容给他人造成损害，愿意承担相应的民事责任和其他法律责任。'] },
      { kind: 'paragraph', text: [{ text: '附：', bold: true }] },
      { kind: 'list', items: d.申请材料.map((m) => m.名称) },
      // With no court on record the line to write it on follows 此致 (a blank that starts a line would print in the margin).
      ...(d.受理法院
        ? [{ kind: 'paragraph' as const, indent: true, text: ['此致'] }, { kind: 'paragraph' as const, text: [d.受理法院] }]
        : [{ kind: 'paragraph' as const, indent: true, text: ['此致　', { blank: 14 }, '人民法院'] }]),
      { kind: 'spacer', lines: 1 },
      { kind: 'signatures', lines: partySignatures([['申请人', d.当事人]], d.申请日期) },
    ],
    footnote: '依据《中华人民共和国人民调解法》第三十三条，双方当事人应自调解协议生效之日起三十日内共同向人民法院申请司法确认。',
  };
}

export const confirmationRequestForm: CaseForm<typeof confirmationData> = {
  code: 'confirmationRequest',
  data: confirmationData,
  applies: (_ctx, step) => step?.kind === 'agreement' && step.form === 'written',
  build: (ctx, from) => {
    const step = stepAs(from, 'agreement');
    const parties = partiesData(ctx.detail.parties, step.occurredOn);
    const confirmation = stepAfter(ctx, 'judicialConfirmation', step.occurredOn);
    const number = agreementNumber(ctx, step);
    const court = confirmation?.court ?? '';
    const names = namesOf(parties.当事人);
    const agreementName = `${number ? `编号为${number}的` : ''}人民调解协议`;
    return {
      ...parties,
      受理法院: court,
      调委会: ctx.committee.name,
      纠纷名称: ctx.detail.title,
      协议编号: number,
      协议日期: dateCn(step.occurredOn),
      生效日期: dateCn(step.effectiveOn),
      申请期限: step.effectiveOn ? dateCn(addDays(step.effectiveOn, CONFIRMATION_DAYS)) : '',
      请求事项: `请求${court || '人民法院'}依法确认申请人于${dateCn(step.occurredOn)}经${ctx.committee.name}主持调解达成的${agreementName}有效。`,
      事实与理由:
        `申请人${names}因${ctx.detail.title}，经${ctx.committee.name}主持调解，于${dateCn(step.occurredOn)}自愿达成${agreementName}` +
        `${step.effectiveOn ? `，该协议于${dateCn(step.effectiveOn)}生效` : ''}。` +
        '根据《中华人民共和国人民调解法》第三十三条的规定，双方当事人共同申请司法确认。',
      申请材料: materialsOf(parties.当事人).map((名称, i) => ({ 序号: String(i + 1), 名称 })),
      申请日期: dateCn(confirmation?.occurredOn),
    };
  },
  layout: confirmationDoc,
};
