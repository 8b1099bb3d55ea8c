// Register forms (共建活动, 三会一课, 排查记录, 零报告表): data schemas, head of the 排查 forms, layouts with full and empty data.
import { describe, expect, it } from 'vitest';
import { fieldSpecOf } from '../../../electron/shared/documents/fields';
import type { FormDoc } from '../../../electron/shared/documents/form-doc';
import { BLANK_DATE } from '../../../electron/shared/documents/format';
import type { Investigation } from '../../../electron/shared/schemas/investigation';
import { cpcMeetingForm } from '../../../electron/core/documents/forms/cpc-meeting';
import { investigationRoundForm } from '../../../electron/core/documents/forms/investigation-round';
import { jointActivityForm } from '../../../electron/core/documents/forms/joint-activity';
import { roundHead } from '../../../electron/core/documents/forms/r-round';
import { registerForms } from '../../../electron/core/documents/forms/register-forms';
import { ZERO_STATEMENT, zeroReportForm } from '../../../electron/core/documents/forms/zero-report';
import { textsOf } from '../../helpers/pdf-text';


function noNullWords(doc: FormDoc): void {
  for (const t of textsOf(doc)) expect(t).not.toMatch(/undefined|null|NaN|\[object/);
}

const round: Investigation = {
  id: 1,
  level: 'street',
  period: '2026-11-H1',
  kind: 'routine',
  conductedOn: '2026-11-07',
  grid: '丹凤街社区第1网格',
  investigators: '李明、王芳',
  method: '走访',
  responsible: '张所长',
  reportedOn: '2026-11-08',
  note: null,
  createdAt: '2026-11-08T00:00:00.000Z',
  updatedAt: '2026-11-08T00:00:00.000Z',
};

describe('registerForms', () => {
  it('registers the four register forms under their codes, each with a text/list-only schema', () => {
    expect(Object.keys(registerForms).sort()).toEqual(['cpcMeeting', 'investigationRound', 'jointActivity', 'zeroReport']);
    for (const [code, form] of Object.entries(registerForms)) {
      expect(form.code).toBe(code);
      expect(fieldSpecOf(form.data).length).toBeGreaterThan(5);
    }
  });
});

describe('roundHead', () => {
  it('prints the half-month period with its days, labels and Chinese dates', () => {
    expect(roundHead(round, '城关司法所')).toEqual({
      排查单位: '城关司法所',
      排查层级: '街道（半月一排查）',
      排查期间: '2026年11月上半月',
      期间起止: '2026年11月1日至2026年11月15日',
      排查类型: '日常排查',
      排查日期: '2026年11月7日',
      排查范围: '丹凤街社区第1网格',
      排查方式: '走访',
      排查人员: '李明、王芳',
      负责人: '张所长',
      上报日期: '2026年11月8日',
      备注: '',
    });
  });

  it('prints a district month and leaves unknown values empty', () => {
    const head = roundHead({ ...round, level: 'district', period: '2026-02', grid: null, method: null, reportedOn: null }, '');
    expect(head).toMatchObject({ 排查期间: '2026年2月', 期间起止: '2026年2月1日至2026年2月28日', 排查范围: '', 排查方式: '', 上报日期: '' });
  });
});

describe('layouts', () => {
  const joint = jointActivityForm.data.parse({
    单位名称: '城关司法所', 共建类型: '庭所共建', 合作单位: '城关人民法庭', 活动日期: '2026年11月7日', 活动类型: '联席会议',
    地点: '司法所会议室', 本所参加人员: '张所长、李明', 合作单位参加人员: '王庭长', 内容摘要: '通报诉调对接情况', 涉及案件: '3件',
    成效: '移交案件3件', 备注: '', 附件: [{ 序号: '1', 名称: '签到表.jpg', 类别: '签到表' }],
  });

  it('lays the joint activity out with its values, attachments and a blank signature date', () => {
    const doc = jointActivityForm.layout(joint);
    const texts = textsOf(doc);
    expect(doc.title).toBe('共建活动记录');
    for (const v of ['庭所共建', '城关人民法庭', '2026年11月7日', '联席会议', '王庭长', '3件', '1. 签到表.jpg（签到表）']) expect(texts).toContain(v);
    expect(doc.blocks).toContainEqual({ kind: 'signatures', lines: [{ label: '记录人（签名）：', date: '' }] });
    expect(doc.blocks).toContainEqual({ kind: 'seal', organ: '城关司法所', date: BLANK_DATE });
    noNullWords(doc);
  });

  it('prints every form with all values empty as blanks, never null or undefined', () => {
    for (const form of Object.values(registerForms)) {
      const doc = form.layout(form.data.parse(fieldsOf(form)));
      noNullWords(doc);
      expect(doc.blocks.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('lays a round out with one table row per finding, major ones marked', () => {
    const head = roundHead(round, '城关司法所');
    const finding = {
      序号: '1', 当事人: '王某与李某', 纠纷类型: '邻里纠纷', 简要情况: '装修噪音', 所在网格: '第1网格', 风险等级: '高',
      是否重大: '是', 责任人: '王芳', 状态: '已化解', 化解日期: '2026年11月9日', 备注: '联合调处',
    };
    const doc = investigationRoundForm.layout({ ...head, 发现纠纷数: '1', 重大纠纷数: '1', 纠纷: [finding] });
    const table = doc.blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows.map((r) => r.map((c) => ('value' in c ? c.value : '')))).toEqual([
      ['1', '王某与李某', '邻里纠纷', '装修噪音\n（第1网格）', '高（重大）', '王芳', '已化解（2026年11月9日）\n联合调处'],
    ]);
    expect(textsOf(doc)).toContain('排查发现的矛盾纠纷：1件，其中重大矛盾纠纷1件');
    expect(doc.blocks).toContainEqual({ kind: 'seal', organ: '城关司法所', date: '2026年11月8日' });
  });

  it('states the zero report and dates the signature of the responsible person', () => {
    const doc = zeroReportForm.layout({ ...roundHead(round, '城关司法所'), 排查结果: ZERO_STATEMENT });
    expect(textsOf(doc).join('')).toContain('城关司法所于2026年11月7日开展2026年11月上半月日常排查，本期经排查未发现矛盾纠纷，特此报告。');
    expect(doc.blocks).toContainEqual({
      kind: 'signatures',
      lines: [{ label: '报告人（签名）：' }, { label: '负责人（签名）：', date: '2026年11月8日' }],
    });
  });

  it('prints the meeting with absentees and leaves the content as ruled space when not recorded', () => {
    const data = cpcMeetingForm.data.parse({
      ...fieldsOf(cpcMeetingForm),
      支部名称: '城关司法所党支部', 会议类型: '支委会', 会议时间: '2026年11月7日 14:30', 缺席人员及原因: '张三（出差）', 议题: '学习传达',
    });
    const doc = cpcMeetingForm.layout(data);
    const fields = doc.blocks[0];
    expect(fields?.kind).toBe('fields');
    const cells = fields?.kind === 'fields' ? fields.rows.flat() : [];
    expect(cells).toContainEqual({ value: '', span: 3, lines: 6 });
    expect(textsOf(doc)).toEqual(expect.arrayContaining(['城关司法所党支部', '支委会', '2026年11月7日 14:30', '张三（出差）', '学习传达']));
  });
});

/** Every field of a form's schema empty ('' for texts, [] for lists): what a form gets when nothing is known. */
function fieldsOf(form: { data: Parameters<typeof fieldSpecOf>[0] }): Record<string, string | never[]> {
  return Object.fromEntries(fieldSpecOf(form.data).map((f) => [f.name, f.kind === 'list' ? [] : '']));
}
