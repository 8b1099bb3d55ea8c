// fillTemplate: values, a table row repeated per party, nested loops, conditions, literal special characters, blanks.
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../../electron/core/documents/templates/fill';
import { resolvePath } from '../../../electron/core/documents/templates/paths';
import { AppError } from '../../../electron/shared/errors';
import { docxOf, docxText, p, table } from '../../fixtures/templates/docx-fixture';
import { testData } from '../../fixtures/templates/fields';

const fill = (body: string, data = testData) => docxText(fillTemplate(docxOf(body), data));

describe('fillTemplate', () => {
  it('repeats a table row for each party', () => {
    const body = table([
      ['姓名', '住址'],
      ['{#申请人}{姓名}', '{单位或住址}{/申请人}'],
    ]);
    const out = fillTemplate(docxOf(body), testData);
    expect(docxText(out)).toBe('姓名 | 住址\n张三 | 城关镇一号\n甲公司 | 城关镇二号\n');
    const xml = new PizZip(out).file('word/document.xml')!.asText();
    expect(xml.match(/<w:tr>/g)).toHaveLength(3);
  });

  it('repeats paragraphs between loop tags that stand alone, dropping the tag paragraphs', () => {
    const body = p('当事人：') + p('{#当事人列表}') + p('{姓名}，{单位或住址}') + p('{/当事人列表}') + p('完');
    const data = { 当事人列表: [{ 姓名: '张三', 单位或住址: '一号' }, { 姓名: '李四', 单位或住址: '二号' }] };
    expect(fill(body, data)).toBe('当事人：\n张三，一号\n李四，二号\n完\n');
  });

  it('nested loops, list fields through dots, and outer fields inside a loop', () => {
    const body = p('{#申请人}{姓名}{#代理人}（代理人{姓名}，{权限}）{/代理人}，{编号}；{/申请人}') + p('申请人：{申请人.姓名}；代理人：{申请人.代理人.姓名}');
    expect(fill(body)).toBe(
      '张三（代理人王五，特别授权），（2026）城关调字第001号；甲公司，（2026）城关调字第001号；\n申请人：张三、甲公司；代理人：王五\n',
    );
  });

  it('conditions print the branch of the flag, inverted loops print for empty lists', () => {
    const body = p('{#书面协议}书面{/书面协议}{^书面协议}口头{/书面协议}') + p('{#被申请人}{^是否单位}自然人{/是否单位}{/被申请人}{^协议条款}无条款{/协议条款}');
    expect(fill(body)).toBe('书面\n自然人\n');
    expect(fill(body, { ...testData, 书面协议: false, 协议条款: [] })).toBe('口头\n自然人无条款\n');
  });

  it('prints HTML and XML special characters literally, and line breaks as Word breaks', () => {
    const name = '<script>alert("x")</script> & <w:t>李</w:t> ]]>';
    const out = fillTemplate(docxOf(p('{纠纷简要情况}|{编号}')), { ...testData, 纠纷简要情况: '甲\n乙', 编号: name });
    const xml = new PizZip(out).file('word/document.xml')!.asText();
    expect(xml).toMatch(/甲<\/w:t>.*<w:br\/>.*乙/);
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;w:t&gt;李&lt;/w:t&gt; ]]&gt;');
    expect(docxText(out)).toBe(`甲\n乙|${name}\n`);
  });

  it('missing and unknown fields print empty, never undefined or null', () => {
    const out = fill(p('[{不存在}][{申请人.不存在}][{#无此列表}x{/无此列表}][{constructor}][{__proto__}][{书面协议}]'), {
      ...testData,
      书面协议: true,
    });
    expect(out).toBe('[][][][][][是]\n');
    expect(out).not.toMatch(/undefined|null|object/);
  });

  it('fills a tag Word split across runs', () => {
    expect(fill(p('编号：', '{编', '号', '}'))).toBe('编号：（2026）城关调字第001号\n');
  });

  it('drops control characters from values', () => {
    expect(fill(p('{编号}'), { ...testData, 编号: 'a\u0001b\u0007c' })).toBe('abc\n');
  });

  it('refuses a template that does not compile with a Chinese AppError', () => {
    expect(() => fillTemplate(docxOf(p('{编号')), testData)).toThrow(AppError);
    expect(() => fillTemplate(Buffer.from('not a zip'), testData)).toThrow(/模板无法填写/);
  });
});

describe('resolvePath', () => {
  it('reads own properties only and gathers through lists', () => {
    expect(resolvePath({ a: { b: 'x' } }, ['a', 'b'])).toBe('x');
    expect(resolvePath({}, ['toString'])).toBeUndefined();
    expect(resolvePath({ l: [{ f: true }, { f: false }] }, ['l', 'f'])).toBe(true);
    expect(resolvePath({ l: [{ s: [{ n: '1' }] }, { s: [{ n: '2' }] }] }, ['l', 's'])).toEqual([{ n: '1' }, { n: '2' }]);
    expect(resolvePath({ l: [] }, ['l', 'x'])).toBeUndefined();
  });
});
