// 不予受理告知书 (domain-reference §1.12): to the applicants — what was refused, why, on which rule, and where to go instead.
import { rejectReasons } from '../../../shared/case-codes';
import { labelOf } from '../../../shared/codes';
import { formData, text } from '../../../shared/documents/fields';
import type { FormDoc } from '../../../shared/documents/form-doc';
import { dateCn } from '../../../shared/documents/format';
import type { CaseForm } from '../form-definition';
import { namesOf, noticeDoc, noticeHead, noticeShape, orBlank, stepAs, stop } from './common';

/** The rule each reason rests on: 人民调解法 Art.17, and the 2002 《人民调解工作若干规定》 Art.22 (1) and (2). */
export const rejectionBasis: Record<string, string> = {
  partyRefused: '《中华人民共和国人民调解法》第十七条',
  specialOrgan: '《人民调解工作若干规定》第二十二条第（一）项',
  alreadyHandled: '《人民调解工作若干规定》第二十二条第（二）项',
  other: '',
};

/** Where a party turns when the committee does not take the dispute: a court, arbitration or the competent organ. */
const COURT_ROUTE = '依法向人民法院提起诉讼，或向有关仲裁机构申请仲裁，或请求有关行政机关依法处理';
export const rejectionRoutes: Record<string, string> = {
  partyRefused: COURT_ROUTE,
  specialOrgan: '向依法有管辖权的专门机关（人民法院、公安机关或有关行政机关）提出，按该机关的程序办理',
  alreadyHandled: '按已受理或解决该纠纷的人民法院、公安机关或其他行政机关的程序办理',
  other: COURT_ROUTE,
};

/**
 * The clerk's 告知的其他解决途径 as a 备注 of the notice: only when it adds something. A record of the act of telling
 * ("已告知当事人…") is the register's note, not a route addressed to the party, and the standard route is not repeated.
 */
export function routeNote(channel: string | null | undefined, route: string): string {
  const note = (channel ?? '').trim().replace(/[。；，\s]+$/, '');
  if (note === '' || /^已(口头|书面)?告知/.test(note) || route.includes(note)) return '';
  return note;
}

export const rejectionData = formData({
  ...noticeShape,
  纠纷类型: text('纠纷类型，如“邻里纠纷”'),
  申请日期: text('收到调解申请的日期'),
  不予受理理由: text('不予受理的理由（代码表的名称）'),
  不予受理说明: text('不予受理的具体说明'),
  法律依据: text('法律依据，如“《中华人民共和国人民调解法》第十七条”；理由为“其他”时为空'),
  解决途径: text('按不予受理理由告知的解决途径，如“依法向人民法院提起诉讼……”'),
  途径备注: text('登记时写明的其他解决途径（仅在补充了标准途径时打印为备注）'),
  登记人: text('登记人'),
  告知日期: text('作出不予受理决定、告知当事人的日期'),
});
export type RejectionData = typeof rejectionData._output;

/** The reason's name (left out when it is 其他, which only says "see the explanation") and the explanation. */
function reasonOf(d: RejectionData): string {
  return [d.不予受理理由 === '其他' ? '' : stop(d.不予受理理由), stop(d.不予受理说明)].join('');
}

export function rejectionDoc(d: RejectionData): FormDoc {
  return noticeDoc({
    title: '不予受理告知书',
    number: d.编号,
    addressees: namesOf(d.申请人),
    width: 10,
    body: [
      {
        kind: 'paragraph',
        indent: true,
        text: [
          '你（单位）于',
          orBlank(d.申请日期, 10),
          '申请调解的与',
          orBlank(namesOf(d.被申请人), 8),
          '之间的',
          orBlank(d.纠纷类型, 8),
          '，经本委员会审查，决定不予受理。',
        ],
      },
      { kind: 'paragraph', indent: true, text: ['理由：', orBlank(reasonOf(d), 24)] },
      { kind: 'paragraph', indent: true, text: ['依据：', orBlank(d.法律依据, 24), '。'] },
      { kind: 'paragraph', indent: true, text: ['你（单位）可以通过以下途径解决该纠纷：', stop(d.解决途径)] },
      ...(d.解决途径 ? [] : [{ kind: 'lines' as const, count: 2 }]),
      ...(d.途径备注 ? [{ kind: 'paragraph' as const, indent: true, text: ['备注：', stop(d.途径备注)] }] : []),
    ],
    organ: d.调委会,
    date: d.告知日期,
  });
}

export const rejectionNoticeForm: CaseForm<typeof rejectionData> = {
  code: 'rejectionNotice',
  data: rejectionData,
  applies: (_ctx, step) => step?.kind === 'reject',
  build: (ctx, from) => {
    const step = stepAs(from, 'reject');
    return {
      ...noticeHead(ctx, step.occurredOn),
      纠纷类型: ctx.detail.categoryLabel,
      申请日期: dateCn(ctx.detail.receivedOn),
      不予受理理由: labelOf(rejectReasons, step.reason),
      不予受理说明: step.content,
      法律依据: rejectionBasis[step.reason] ?? '',
      解决途径: rejectionRoutes[step.reason] ?? COURT_ROUTE,
      途径备注: routeNote(step.channel, rejectionRoutes[step.reason] ?? COURT_ROUTE),
      登记人: step.people,
      告知日期: dateCn(step.occurredOn),
    };
  },
  layout: rejectionDoc,
};
