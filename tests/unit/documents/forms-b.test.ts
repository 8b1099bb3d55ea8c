// The second-half case forms on a hand-made case: applies/build/layout, data schemas, field order, blanks instead of null.
import { describe, expect, it } from 'vitest';
import type { CaseDocContext } from '../../../electron/core/documents/case-context';
import { BLANK_NUMBER, countCn } from '../../../electron/core/documents/forms/common';
import { caseFormsB } from '../../../electron/core/documents/forms/case-forms-b';
import type { CaseForm } from '../../../electron/core/documents/form-definition';
import { fieldSpecOf } from '../../../electron/shared/documents/fields';
import type { Block, FormDoc, Inline } from '../../../electron/shared/documents/form-doc';
import type { CaseDetail } from '../../../electron/shared/schemas/case';
import type { CaseParty } from '../../../electron/shared/schemas/case-party';
import type { CaseStep } from '../../../electron/shared/schemas/case-step';
import { inOrder } from '../../helpers/pdf-text';

const at = '2026-11-01T00:00:00.000Z';
const stamp = { caseId: 1, createdAt: at, updatedAt: at };
const none = { people: null, content: null };

function party(id: number, over: Partial<CaseParty>): CaseParty {
  return {
    id, caseId: 1, role: 'applicant', kind: 'person', name: '', gender: null, ethnicity: null, birthDate: null, occupation: null,
    idNumber: null, creditCode: null, legalRepresentative: null, phone: null, address: null, sortOrder: id, agents: [],
    createdAt: at, updatedAt: at, ...over,
  };
}

const parties: CaseParty[] = [
  party(1, { name: '张三', gender: 'male', ethnicity: '01', birthDate: '1980-03-02', occupation: '农民', phone: '13800000000', address: '城关镇东街1号' }),
  party(2, {
    role: 'respondent', kind: 'organization', name: '金陵建材有限公司', creditCode: '91320100MA1XXXXX0X', legalRepresentative: '王五',
    address: '城关镇工业园8号', agents: [{ id: 1, partyId: 2, name: '李律', kind: 'entrusted', authority: 'special', authorityText: null, relation: null, idNumber: null, phone: null, createdAt: at, updatedAt: at }],
  }),
];

const agreement = {
  id: 10, kind: 'agreement', occurredOn: '2026-11-10', people: '王芳', content: null, form: 'written', number: null,
  clauses: ['被申请人赔偿申请人损失。', '双方就此纠纷再无其他争议。'], performanceMethod: '银行转账', performanceDeadline: '2026-11-30',
  amountFen: 1_200_000, effectiveOn: '2026-11-10', signedByParties: true, mediatorSigned: true, sealed: true, ...stamp,
} satisfies CaseStep;
const oral = { ...agreement, id: 11, form: 'oral', content: '被申请人当场赔偿。', clauses: [], amountFen: 140_950 } satisfies CaseStep;
const steps: CaseStep[] = [
  { id: 1, kind: 'session', occurredOn: '2026-11-05', people: '王芳', place: null, participants: null, recorder: null, content: '调解。', ...stamp },
  agreement,
  { id: 12, kind: 'performance', occurredOn: '2026-11-20', people: null, content: '已转账', status: 'full', evidence: null, ...stamp },
  { id: 13, kind: 'followUp', occurredOn: '2026-11-25', people: '王芳', partyVisited: '张三', performance: 'full', satisfaction: 'satisfied', sued: false, risk: null, measures: null, content: '履行完毕。', ...stamp },
  { id: 14, kind: 'judicialConfirmation', occurredOn: '2026-11-15', ...none, court: '某区人民法院', caseNumber: null, decidedOn: null, result: 'pending', ...stamp },
  { id: 15, kind: 'outcome', occurredOn: '2026-11-08', ...none, result: 'terminated', reason: 'withdrawn', remediesTold: true, ...stamp },
  { id: 16, kind: 'reject', occurredOn: '2026-11-02', people: '赵六', content: '已由法院受理。', reason: 'alreadyHandled', channel: null, ...stamp },
];

function contextOf(over: Partial<CaseDetail> = {}): CaseDocContext {
  const detail = {
    id: 1, title: '张三与金陵建材有限公司合同纠纷', categoryLabel: '合同纠纷', facts: '双方因货款发生争议。', requests: '支付货款',
    receivedOn: '2026-11-01', acceptedOn: '2026-11-02', parties, steps, dossier: { number: '（2026）城关调字第001号' }, ...over,
  } as unknown as CaseDetail;
  return { detail, office: null, committee: { name: '城关镇人民调解委员会', address: '', phone: '' }, today: '2026-11-27' };
}

function inlineText(i: Inline): string {
  return typeof i === 'string' ? i : 'text' in i ? i.text : '＿'.repeat(i.blank);
}
/** Every printed string of a form, in reading order. */
function textOf(doc: FormDoc): string {
  const cell = (c: object): string => ('label' in c ? String(c.label) : 'value' in c ? String(c.value) : '');
  const block = (b: Block): readonly string[] => {
    switch (b.kind) {
      case 'fields':
      case 'table':
        return b.rows.flat().map(cell);
      case 'paragraph':
        return [b.text.map(inlineText).join('')];
      case 'heading':
        return [b.text];
      case 'list':
        return b.items;
      case 'signatures':
        return b.lines.map((l) => `${l.label}${l.date ?? ''}`);
      case 'seal':
        return [b.organ, b.date];
      default:
        return [];
    }
  };
  return [doc.title, doc.number ?? '', ...doc.blocks.flatMap(block), doc.footnote ?? ''].join('\n');
}


function run(code: keyof typeof caseFormsB, ctx: CaseDocContext, step: CaseStep | null) {
  const form = caseFormsB[code] as CaseForm;
  expect(form.applies(ctx, step)).toBe(true);
  const data = form.build(ctx, step);
  expect(form.data.parse(data)).toEqual(data);
  const doc = form.layout(data);
  const json = JSON.stringify({ data, doc });
  expect(json).not.toMatch(/undefined|null|NaN|\[object/);
  return { data: data as Record<string, unknown>, doc, text: textOf(doc) };
}

describe('second-half case forms', () => {
  it('registers all six forms, each with a data schema templates can list', () => {
    expect(Object.keys(caseFormsB).sort()).toEqual(
      ['agreement', 'confirmationRequest', 'followUp', 'oralAgreement', 'rejectionNotice', 'terminationNotice'].sort(),
    );
    for (const [code, form] of Object.entries(caseFormsB)) {
      expect(form.code).toBe(code);
      expect(fieldSpecOf(form.data).length).toBeGreaterThan(5);
    }
  });

  it('prints each form only for its own kind of step', () => {
    const ctx = contextOf();
    const applies = (code: keyof typeof caseFormsB) => [...steps, oral, null].filter((s) => caseFormsB[code]!.applies(ctx, s)).map((s) => s?.id);
    expect(applies('agreement')).toEqual([10]);
    expect(applies('confirmationRequest')).toEqual([10]);
    expect(applies('oralAgreement')).toEqual([11]);
    expect(applies('followUp')).toEqual([13]);
    expect(applies('rejectionNotice')).toEqual([16]);
    expect(applies('terminationNotice')).toEqual([15]);
    const success = { ...steps[5], result: 'success', reason: null } as CaseStep;
    expect(caseFormsB.terminationNotice!.applies(ctx, success)).toBe(false);
    expect(() => caseFormsB.agreement!.build(ctx, steps[0]!)).toThrow();
  });

  it('lays out the 协议书 in the order of the paper form, with the amount in capitals and copies = parties + 1', () => {
    const { data, text } = run('agreement', contextOf(), agreement);
    expect(data.编号).toBe('（2026）城关调字第001号');
    expect(data.份数).toBe('三');
    expect(data.协议条款).toEqual([{ 序号: '1', 内容: '被申请人赔偿申请人损失。' }, { 序号: '2', 内容: '双方就此纠纷再无其他争议。' }]);
    expect(data.书面协议).toBe(true);
    inOrder(text, [
      '人民调解协议书', '编号：（2026）城关调字第001号', '申请人姓名', '张三', '性别', '男', '民族', '汉族', '年龄', '46岁', '职业或职务',
      '农民', '联系方式', '13800000000', '单位或住址', '城关镇东街1号', '被申请人名称', '金陵建材有限公司', '住所', '城关镇工业园8号',
      '法定代表人或负责人', '王五', '统一社会信用代码', '代理人', '李律（委托代理人，特别授权）', '纠纷主要事实、争议事项', '双方因货款发生争议。',
      '争议事项：支付货款', '经调解，自愿达成如下协议', '被申请人赔偿申请人损失。', '双方就此纠纷再无其他争议。',
      '人民币壹万贰仟元整（¥12,000.00）', '履行方式、时限：', '履行方式：银行转账。', '履行期限：2026年11月30日前履行完毕。', '一式三份',
      '申请人张三（签名、盖章或按指印）', '被申请人金陵建材有限公司（签名、盖章或按指印）', '人民调解员（签名）', '记录人（签名）',
      '城关镇人民调解委员会', '2026年11月10日',
    ]);
  });

  it('leaves blanks to write on when the agreement has no number, amount, method or deadline', () => {
    const bare = { ...agreement, amountFen: null, performanceMethod: null, performanceDeadline: null, effectiveOn: null } satisfies CaseStep;
    const { data, doc, text } = run('agreement', contextOf({ dossier: null, requests: null }), bare);
    expect(data.编号).toBe('');
    expect(doc.number).toBe(BLANK_NUMBER);
    expect(BLANK_NUMBER).toBe('编号：（　　　　）　　　　调字第　　　　号');
    expect(text).not.toContain('人民币');
    inOrder(text, ['履行方式、时限：', `履行方式：${'＿'.repeat(24)}\n履行期限：${'＿'.repeat(12)}`]);
    const withNumber = run('agreement', contextOf({ dossier: null }), { ...bare, number: '城调协字第7号' });
    expect(withNumber.doc.number).toBe('编号：城调协字第7号');
  });

  it('registers an oral agreement in one table, with its content, amount and latest performance', () => {
    const { data, text } = run('oralAgreement', contextOf(), oral);
    expect(data.口头协议).toBe(true);
    expect(data.履行情况).toBe('已全部履行：已转账');
    inOrder(text, ['人民调解口头协议登记表', '张三', '纠纷简要情况', '口头协议内容', '被申请人当场赔偿。', '人民币壹仟肆佰零玖元伍角（¥1,409.50）',
      '履行方式、时限', '履行情况', '已全部履行', '调解员', '王芳', '达成日期', '2026年11月10日', '人民调解员（签名）', '登记人（签名）',
      '人民调解委员会（印章）', '城关镇人民调解委员会']);
  });

  it('records a 回访 against the agreement number', () => {
    const { text } = run('followUp', contextOf(), steps[3]!);
    inOrder(text, ['人民调解回访记录', '被回访当事人', '张三', '回访日期', '2026年11月25日', '调解协议编号', '（2026）城关调字第001号', '回访人', '王芳',
      '回访事由', '张三与金陵建材有限公司合同纠纷', '协议履行情况', '已全部履行', '满意', '是否起诉', '否', '回访情况', '履行完毕。', '回访人（签名）']);
  });

  it('tells the applicant why the case was not accepted, on which rule, and the route that reason leaves open', () => {
    const { data, doc, text } = run('rejectionNotice', contextOf({ dossier: null }), steps[6]!);
    expect(doc.blocks.some((b) => b.kind === 'lines')).toBe(false);
    expect(data.法律依据).toBe('《人民调解工作若干规定》第二十二条第（二）项');
    expect(data.途径备注).toBe('');
    inOrder(text, ['不予受理告知书', '张三：', '2026年11月1日', '与金陵建材有限公司之间的合同纠纷', '人民法院、公安机关或其他行政机关已经受理或解决',
      '已由法院受理。', '依据：《人民调解工作若干规定》第二十二条第（二）项',
      '途径解决该纠纷：按已受理或解决该纠纷的人民法院、公安机关或其他行政机关的程序办理。', '城关镇人民调解委员会', '2026年11月2日']);
    expect(text).not.toContain('备注');
  });

  it('prints the clerk’s channel only as a 备注 that adds a route, never the record of having told the party', () => {
    const refused = { ...steps[6]!, reason: 'partyRefused', channel: '已告知当事人按诉讼或仲裁程序依法处理' } as typeof steps[6];
    const told = run('rejectionNotice', contextOf({ dossier: null }), refused);
    expect(told.text).toContain('途径解决该纠纷：依法向人民法院提起诉讼，或向有关仲裁机构申请仲裁，或请求有关行政机关依法处理。');
    expect(told.text).not.toContain('已告知');
    expect(told.text).not.toContain('备注');
    const routed = run('rejectionNotice', contextOf({ dossier: null }), { ...refused, channel: '可向某区劳动人事争议仲裁委员会申请仲裁' } as typeof refused);
    inOrder(routed.text, ['途径解决该纠纷：依法向人民法院提起诉讼', '备注：可向某区劳动人事争议仲裁委员会申请仲裁。', '特此告知。']);
  });

  it('ends mediation under Art.26, naming the reason, the sessions held and the other channels', () => {
    const { data, text } = run('terminationNotice', contextOf(), steps[5]!);
    expect(data.已告知救济途径).toBe(true);
    inOrder(text, ['终止调解告知书', '编号：（2026）城关调字第001号', '张三、金陵建材有限公司：', '2026年11月2日', '组织调解1次', '申请人撤回申请',
      '第二十六条', '仲裁、行政、司法等途径', '2026年11月8日']);
  });

  it('applies for 司法确认 jointly, to the court on record, within 30 days, listing the materials this case needs', () => {
    const { data, text } = run('confirmationRequest', contextOf(), agreement);
    expect(data.申请期限).toBe('2026年12月10日');
    expect(data.受理法院).toBe('某区人民法院');
    const materials = (data.申请材料 as { 名称: string }[]).map((m) => m.名称);
    expect(materials.some((m) => m.includes('资格证明'))).toBe(true);
    expect(materials).toContain('授权委托书');
    inOrder(text, ['司法确认申请书', '申请人姓名', '张三', '申请人名称', '金陵建材有限公司', '请求事项', '某区人民法院', '（2026）城关调字第001号',
      '事实与理由', '第三十三条', '2026年12月10日前提出申请', '人民调解协议书', '此致', '某区人民法院', '申请人张三（签名、盖章或按指印）：2026年11月15日']);
    const alone = run('confirmationRequest', contextOf({ steps: [agreement] }), { ...agreement, effectiveOn: null });
    expect(alone.data.受理法院).toBe('');
    expect(alone.data.申请期限).toBe('');
    expect(alone.text).toContain('三十日内提出申请');
  });

  it('prints no court or date for a second agreement made after the only 司法确认 (that one belongs to the first)', () => {
    const second = { ...agreement, id: 20, occurredOn: '2026-12-01', effectiveOn: '2026-12-01', number: '（2026）城关调字第002号' } satisfies CaseStep;
    const ctx = contextOf({ steps: [...steps, second] });
    const first = run('confirmationRequest', ctx, agreement);
    expect(first.data.受理法院).toBe('某区人民法院');
    expect(first.data.申请日期).toBe('2026年11月15日');
    const later = run('confirmationRequest', ctx, second);
    expect(later.data.受理法院).toBe('');
    expect(later.data.申请日期).toBe('');
    expect(later.text).not.toContain('某区人民法院');
  });

  it('writes copies in words', () => {
    expect([1, 2, 3, 10, 11, 20, 31, 99].map(countCn)).toEqual(['一', '二', '三', '十', '十一', '二十', '三十一', '九十九']);
  });
});
