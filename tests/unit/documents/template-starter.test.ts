// starterTemplate: every templatable form's starter passes checkTemplate with no problem and fills with its fields.
import { describe, expect, it } from 'vitest';
import { templateFieldsOf } from '../../../electron/core/documents/registry';
import { checkTemplate } from '../../../electron/core/documents/templates/check';
import { fillTemplate } from '../../../electron/core/documents/templates/fill';
import { starterTemplate } from '../../../electron/core/documents/templates/starter';
import { templatableForms } from '../../../electron/shared/documents/form-codes';
import { docxText } from '../../fixtures/templates/docx-fixture';
import { testData, testFields } from '../../fixtures/templates/fields';

describe('starterTemplate', () => {
  it.each(templatableForms.map((f) => [f.code, f.label] as const))('%s (%s) passes the check with no problem', async (code, label) => {
    const fields = templateFieldsOf(code);
    const docx = await starterTemplate(label, fields);
    expect(checkTemplate(docx, fields)).toEqual({ accepted: true, problems: [] });
    const text = docxText(docx);
    expect(text).toContain(label);
    for (const f of fields) expect(text).toContain(`{${f.kind === 'text' ? '' : '#'}${f.name}}`);
  });

  it('shows nested lists as loops and flags as both conditions, and fills them', async () => {
    const docx = await starterTemplate('人民调解协议书', testFields);
    expect(checkTemplate(docx, testFields)).toEqual({ accepted: true, problems: [] });
    const template = docxText(docx);
    expect(template).toContain('编号说明：{编号}');
    expect(template).toContain('{#书面协议}是{/书面协议}{^书面协议}否{/书面协议}');
    expect(template).toContain('{#代理人}');
    expect(template).toContain('{#协议条款}{序号} | {内容}{/协议条款}');
    const filled = docxText(fillTemplate(docx, testData));
    expect(filled).toContain('编号说明：（2026）城关调字第001号');
    expect(filled).toContain('书面协议为是，口头协议为否：是\n');
    expect(filled).toMatch(/姓名说明：张三[\s\S]*姓名说明：王五[\s\S]*姓名说明：甲公司[\s\S]*姓名说明：李四/);
    expect(filled).toContain('1 | 李四赔偿张三人民币壹仟元整（¥1,000.00）\n2 | 双方不再因此事发生纠纷\n');
    expect(filled).not.toMatch(/[{}]/);
  });

  it('a form without fields still gets a valid starter', async () => {
    const docx = await starterTemplate('关于成立党支部的请示', []);
    expect(checkTemplate(docx, [])).toEqual({ accepted: true, problems: [] });
    expect(docxText(docx)).toContain('本文书暂无可用字段');
  });
});
