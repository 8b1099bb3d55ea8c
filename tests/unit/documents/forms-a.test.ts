// First-half case forms: data built from a full and a bare case parses with each schema; layouts print no null words, keep paper order.
import { describe, expect, it } from 'vitest';
import { requestItems } from '../../../electron/core/documents/forms/application';
import { sourceTicks } from '../../../electron/core/documents/forms/acceptance';
import { BLANK_DOSSIER_NUMBER } from '../../../electron/core/documents/forms/cover';
import { caseFormsA } from '../../../electron/core/documents/forms/case-forms-a';
import type { CaseForm } from '../../../electron/core/documents/form-definition';
import { fieldSpecOf } from '../../../electron/shared/documents/fields';
import { BLANK_DATE } from '../../../electron/shared/documents/format';
import type { CaseStep } from '../../../electron/shared/schemas/case-step';
import { inOrder, labelsOf, textsOf } from '../../helpers/pdf-text';
import { bareContext, fullContext, inquiryStep, sessionStep } from './forms-a-fixtures';

const form = (code: keyof typeof caseFormsA): CaseForm => caseFormsA[code]!;
const stepFor = (code: string): CaseStep | null => (code === 'inquiry' ? inquiryStep : code === 'session' ? sessionStep : null);

describe('caseFormsA', () => {
  it('registers the seven first-half forms under their own codes, with text/flag/list schemas', () => {
    expect(Object.keys(caseFormsA).sort()).toEqual(['acceptance', 'application', 'backCover', 'cover', 'inquiry', 'rightsNotice', 'session']);
    for (const [code, f] of Object.entries(caseFormsA)) {
      expect(f.code).toBe(code);
      expect(fieldSpecOf(f.data).length).toBeGreaterThan(2);
    }
  });

  for (const code of Object.keys(caseFormsA) as (keyof typeof caseFormsA)[]) {
    it(`${code}: full, bare and step-less data parse with the schema; layouts print no null words`, () => {
      const f = form(code);
      for (const [ctx, step] of [
        [fullContext, stepFor(code)],
        [bareContext, null],
        [fullContext, null],
      ] as const) {
        const data = f.build(ctx, step);
        expect(f.data.parse(data)).toEqual(data);
        const texts = textsOf(f.layout(data));
        for (const t of texts) expect(t).not.toMatch(/undefined|null|NaN|\[object/);
      }
    });
  }
});

describe('applies', () => {
  it('follows the case source, state, dossier and step kind', () => {
    expect(form('application').applies(fullContext, null)).toBe(false); // 公安移送
    expect(form('application').applies({ ...bareContext, detail: { ...bareContext.detail, source: 'applied' } }, null)).toBe(true);
    expect(form('acceptance').applies(bareContext, null)).toBe(true);
    expect(form('acceptance').applies({ ...bareContext, detail: { ...bareContext.detail, state: 'rejected' } }, null)).toBe(false);
    expect(form('rightsNotice').applies({ ...bareContext, detail: { ...bareContext.detail, state: 'rejected' } }, null)).toBe(false);
    expect(form('cover').applies(bareContext, null)).toBe(false);
    expect(form('cover').applies(fullContext, null)).toBe(true);
    expect(form('backCover').applies(bareContext, null)).toBe(false);
    expect(form('inquiry').applies(fullContext, inquiryStep)).toBe(true);
    expect(form('inquiry').applies(fullContext, sessionStep)).toBe(false);
    expect(form('session').applies(fullContext, sessionStep)).toBe(true);
    expect(form('session').applies(fullContext, null)).toBe(false);
  });
});

describe('cover', () => {
  it('fills the dossier fields in paper order, blanks without a dossier', () => {
    const full = form('cover').layout(form('cover').build(fullContext, null));
    expect(full.kicker).toBe('东街村人民调解委员会');
    expect(full.cover).toBe(true);
    expect(labelsOf(full)).toEqual(['卷　　名', '卷　　号', '人民调解员', '调解日期', '立 卷 人', '立卷日期', '保管期限', '备　　注']);
    inOrder(textsOf(full).join('\n'), ['（2026）东调字第017号', '王建国、刘芳', '自2026年10月15日至2026年10月28日', '刘芳', '2026年11月3日', '长期', '另有照片三张']);
    const bare = textsOf(form('cover').layout(form('cover').build(bareContext, null)));
    expect(bare).toContain(BLANK_DOSSIER_NUMBER);
    expect(bare).toContain(`自${BLANK_DATE}至${BLANK_DATE}`);
  });
});

describe('application', () => {
  it('numbers the requests without the numbers typed by the user', () => {
    expect(requestItems('1、改造排水管\n（2）赔偿修墙费用2000元\n\n3. 赔礼道歉\n12项')).toEqual(['改造排水管', '赔偿修墙费用2000元', '赔礼道歉', '12项']);
    expect(requestItems('1、修复防水层；2、赔偿吊顶修复费用人民币8,000元。')).toEqual(['修复防水层', '赔偿吊顶修复费用人民币8,000元。']);
    expect(requestItems('赔偿；3天内付清')).toEqual(['赔偿；3天内付清']);
    expect(requestItems(null)).toEqual([]);
  });

  it('prints every party with the seven fields, organisations and agents, then facts, requests, declaration, signature', () => {
    const data = form('application').build(fullContext, null) as { 申请人: { 年龄: string; 民族: string; 代理人: string }[] };
    // Age on the day the application came in (2026-10-13): the 52nd birthday is the day after.
    expect(data.申请人[0]).toMatchObject({ 年龄: '51岁', 民族: '汉族' });
    expect(data.申请人[1]!.代理人).toBe('王小五（委托代理人，特别授权）');
    const doc = form('application').layout(data as never);
    inOrder(labelsOf(doc).join('\n'), ['申请人', '姓名', '性别', '民族', '年龄', '职业或职务', '联系方式', '单位或住址']);
    inOrder(labelsOf(doc).join('\n'), ['申请人', '代理人', '被申请人', '姓名', '被申请人', '名称', '住所', '联系方式', '法定代表人或负责人', '统一社会信用代码']);
    inOrder(textsOf(doc).join('\n'), ['某建筑有限公司', '玄武区某路1号', '025-1234567', '钱八', '91320102MA1TEST00X']);
    inOrder(textsOf(doc).join('\n'), ['张三', '男', '汉族', '51岁', '农民', '13812345678', '东街村3组18号', '王五', '李四', '某建筑有限公司', '钱八']);
    inOrder(textsOf(doc).join('\n'), ['纠纷简要情况', '系相邻住户', '屋面雨水', '申请事项', '改造排水管', '赔礼道歉', '自愿申请', '申请人（签名、盖章或按指印）：', '2026年10月13日']);
    // The two lines of the facts are two paragraphs.
    expect(doc.blocks.filter((b) => b.kind === 'paragraph' && b.indent).length).toBeGreaterThanOrEqual(3);
  });

  it('leaves the requests as lines to write on when there are none', () => {
    const doc = form('application').layout(form('application').build(bareContext, null));
    expect(doc.blocks.some((b) => b.kind === 'lines')).toBe(true);
  });
});

describe('acceptance', () => {
  it('ticks the case source and names the referring body', () => {
    const data = form('acceptance').build(fullContext, null) as Parameters<typeof sourceTicks>[0];
    const ticks = sourceTicks(data);
    expect(ticks).toContain('■公安移送（东街派出所）');
    expect(ticks).toContain('□当事人申请');
    expect(ticks.match(/■/g)).toHaveLength(1);
  });

  it('keeps the paper order: date line, 纠纷类型, 案件来源, facts, signatures, seal, footnote', () => {
    const doc = form('acceptance').layout(form('acceptance').build(fullContext, null));
    expect(labelsOf(doc)).toEqual(['纠纷类型', '案件来源', '纠纷简要情况', '当事人（签名）', '登记人（签名）']);
    inOrder(textsOf(doc).join('\n'), ['2026年10月15日', '张三、王五', '李四、某建筑有限公司', '相邻关系纠纷', '■公安移送', '系相邻住户', '东街村人民调解委员会', '2026年10月15日', '此表由人民调解委员会填写']);
    const bare = textsOf(form('acceptance').layout(form('acceptance').build(bareContext, null)));
    expect(bare.filter((t) => t === BLANK_DATE).length).toBe(2);
  });
});

describe('rightsNotice', () => {
  it('prints the statutory rights and duties and one signature line per party', () => {
    const doc = form('rightsNotice').layout(form('rightsNotice').build(fullContext, null));
    inOrder(textsOf(doc).join('\n'), ['享有下列权利', '选择或者接受人民调解员', '自愿达成调解协议', '履行下列义务', '如实陈述纠纷事实', '尊重对方当事人行使权利']);
    const sig = doc.blocks.find((b) => b.kind === 'signatures');
    expect(sig?.kind === 'signatures' && sig.lines.map((l) => l.label)).toEqual([
      '申请人张三（签名、盖章或按指印）：',
      '申请人王五（签名、盖章或按指印）：',
      '被申请人李四（签名、盖章或按指印）：',
      '被申请人某建筑有限公司（签名、盖章或按指印）：',
    ]);
    expect(sig?.kind === 'signatures' && sig.lines.every((l) => l.date === '2026年10月15日')).toBe(true);
  });
});

describe('inquiry and session', () => {
  it('inquiry: header in paper order, each line of the record a paragraph, signatures', () => {
    const doc = form('inquiry').layout(form('inquiry').build(fullContext, inquiryStep));
    inOrder(labelsOf(doc).join('\n'), ['时间', '地点', '调查人', '被调查人', '记录人']);
    inOrder(textsOf(doc).join('\n'), ['2026年10月16日', '东街村3组现场', '王建国、刘芳', '赵六（邻居）', '刘芳', '问：你看到了什么？', '答：', '问：还有别的吗？', '被调查人', '调查人（签名）', '记录人（签名）']);
    expect(doc.blocks.filter((b) => b.kind === 'paragraph' && b.indent)).toHaveLength(3);
  });

  it('inquiry without a step: ruled lines to write on', () => {
    const doc = form('inquiry').layout(form('inquiry').build(bareContext, null));
    expect(doc.blocks.some((b) => b.kind === 'lines' && b.count >= 10)).toBe(true);
  });

  it('session: 时间, 地点, 事由, 参加人, 当事人, record, signatures, seal', () => {
    const doc = form('session').layout(form('session').build(fullContext, sessionStep));
    inOrder(labelsOf(doc).join('\n'), ['时间', '地点', '事由', '参加人', '当事人', '调解员', '记录人']);
    inOrder(textsOf(doc).join('\n'), ['2026年10月20日', '东街村调解室', '相邻关系纠纷', '陈七', '申请人：张三、王五；被申请人：李四、某建筑有限公司', '王建国', '请双方陈述', '可以改排水', '申请人张三', '调解员（签名）', '记录人（签名）', '东街村人民调解委员会', '2026年10月20日']);
  });
});

describe('backCover', () => {
  it('records what is on paper and when the dossier was reopened, not the app’s list of gaps; page count blank', () => {
    const data = form('backCover').build(fullContext, null) as { 情况说明: string; 页数: string };
    expect(data.页数).toBe('');
    expect(data.情况说明.split('\n')).toEqual([
      '人民调解申请书或受理登记表为纸质原件归档。',
      '本卷于2026年11月5日重新打开，原因：补充回访记录。',
    ]);
    expect(JSON.stringify(form('backCover').layout(data as never))).not.toMatch(/尚缺|缺少/);
    const doc = form('backCover').layout(data as never);
    expect(labelsOf(doc)).toEqual(['本卷情况说明', '立 卷 人', '检 查 人', '立卷日期']);
    inOrder(textsOf(doc).join('\n'), ['本卷共有文件材料　　　页。', '刘芳', '2026年11月3日']);
  });
});
