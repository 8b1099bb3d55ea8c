// checkTemplate: every kind of bad tag, unknown fields with loop scopes, split runs, and files that are not a .docx.
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../../electron/core/documents/templates/check';
import { templateCheck, type TemplateCheck } from '../../../electron/shared/schemas/document';
import { docxOf, p, table } from '../../fixtures/templates/docx-fixture';
import { testFields } from '../../fixtures/templates/fields';

function check(body: string | Parameters<typeof docxOf>[0]): TemplateCheck {
  const result = checkTemplate(docxOf(body), testFields);
  expect(templateCheck.parse(result)).toEqual(result);
  return result;
}

const kinds = (r: TemplateCheck) => r.problems.map((x) => `${x.severity}:${x.kind}:${x.tag}`);

describe('checkTemplate accepts', () => {
  it('fields, list fields through dots, loops in paragraphs and table rows, nested loops, both conditions', () => {
    const body =
      p('编号：{编号}　申请人：{申请人.姓名}') +
      p('{#申请人}') +
      p('{姓名}，{单位或住址}{#是否单位}（单位）{/是否单位}') +
      p('{#代理人}代理人：{姓名}（{权限}）{/代理人}') +
      p('{/申请人}') +
      table([['序号', '内容'], ['{#协议条款}{序号}', '{内容}{/协议条款}']]) +
      p('{#书面协议}书面协议{/书面协议}{^书面协议}口头协议{/书面协议}{^申请人}无申请人{/申请人}');
    expect(check(body)).toEqual({ accepted: true, problems: [] });
  });

  it('an outer field inside a loop (scopes are searched outwards)', () => {
    expect(check(p('{#申请人}{姓名}，案号{编号}{/申请人}')).accepted).toBe(true);
  });
});

describe('checkTemplate refuses bad tags', () => {
  it('an unclosed tag, naming it and the paragraph around it', () => {
    const r = check(p('第一段') + p('申请人：{申请人.姓名 年龄'));
    expect(kinds(r)).toEqual(['error:unclosedTag:{申请人.姓名']);
    expect(r.accepted).toBe(false);
    expect(r.problems[0]!.message).toContain('正文第2段');
    expect(r.problems[0]!.message).toContain('申请人：{申请人.姓名 年龄');
    expect(r.problems[0]!.message).toContain('缺少结尾的“}”');
  });

  it('an unopened tag', () => {
    const r = check(p('编号 编号} 完'));
    expect(kinds(r)).toEqual(['error:unopenedTag:编号}']);
    expect(r.problems[0]!.message).toContain('缺少开头的“{”');
  });

  it('a loop without its end, and an end without its loop', () => {
    expect(kinds(check(p('{#申请人}{姓名}')))).toEqual(['error:unclosedTag:{#申请人}']);
    expect(kinds(check(p('{姓名}{/申请人}')))).toEqual(['error:unopenedTag:{/申请人}']);
  });

  it('a loop closed by another name', () => {
    const r = check(p('{#申请人}{姓名}{/被申请人}'));
    expect(kinds(r)).toEqual(['error:unclosedTag:{#申请人}']);
    expect(r.problems[0]!.message).toContain('应为“{/申请人}”');
  });

  it('doubled braces and raw XML tags', () => {
    expect(check(p('{{编号}}')).problems.map((x) => x.kind)).toEqual(['badSyntax', 'badSyntax']);
    expect(kinds(check(p('{@编号}')))).toEqual(['error:badSyntax:{@编号}']);
    expect(kinds(check(p('{}')))).toEqual(['error:badSyntax:{}']);
  });

  it('an unknown field, with a hint when it is a list item field used outside its loop', () => {
    const r = check(p('{案号}') + p('{姓名}'));
    expect(kinds(r)).toEqual(['error:unknownField:{案号}', 'error:unknownField:{姓名}']);
    expect(r.problems[0]!.message).toContain('“{案号}”不是本文书的字段');
    expect(r.problems[1]!.message).toContain('{#申请人}…{/申请人}');
  });

  it('an unknown field inside a loop, and an item field of another list', () => {
    const r = check(p('{#协议条款}{序号}{姓名}{住址}{/协议条款}'));
    expect(kinds(r)).toEqual(['error:unknownField:{姓名}', 'error:unknownField:{住址}']);
    expect(kinds(check(p('{申请人.住址}{申请人.姓名.拼音}')))).toEqual(['error:unknownField:{申请人.住址}', 'error:unknownField:{申请人.姓名.拼音}']);
  });

  it('a list used as text, a flag used as text, a text used as a loop', () => {
    const r = check(p('{申请人}{书面协议}{#编号}x{/编号}'));
    expect(kinds(r)).toEqual(['error:badSyntax:{申请人}', 'error:badSyntax:{书面协议}', 'error:badSyntax:{#编号}']);
    expect(r.problems[0]!.message).toContain('是列表');
    expect(r.problems[1]!.message).toContain('只能用作条件');
    expect(r.problems[2]!.message).toContain('不能用作循环或条件');
  });

  it('still lists unknown fields when another tag is unclosed', () => {
    expect(kinds(check(p('{编号') + p('{案号}')))).toEqual(['error:unclosedTag:{编号', 'error:unknownField:{案号}']);
  });

  it('still lists misspelt fields when loops do not pair up (nothing compiles then)', () => {
    const r = check(p('{#申请人}{姓名}') + p('{纠纷简介情况}') + p('{申请日其}') + p('{编号}'));
    expect(kinds(r)).toEqual(['error:unclosedTag:{#申请人}', 'error:unknownField:{纠纷简介情况}', 'error:unknownField:{申请日其}']);
    expect(r.accepted).toBe(false);
  });

  it('lists at most 100 problems, the last saying how many more there are', () => {
    const r = check(Array.from({ length: 150 }, (_, i) => p(`{未知${i}}`)).join(''));
    expect(r.problems).toHaveLength(100);
    expect(r.problems[99]).toMatchObject({ severity: 'error', message: '另有 51 个问题未列出，请先修改以上问题后再检查' });
  });

  it('checks headers too', () => {
    const r = check({ body: p('{编号}'), header: p('页眉 {院名}') });
    expect(kinds(r)).toEqual(['error:unknownField:{院名}']);
    expect(r.problems[0]!.message).toContain('页眉');
  });
});

describe('split tags', () => {
  it('warns about a tag Word split into three runs, and accepts the template', () => {
    const r = check(p('申请人：', '{申请人', '.姓名', '}', '。'));
    expect(r).toEqual({
      accepted: true,
      problems: [
        {
          severity: 'warning',
          kind: 'splitTag',
          tag: '{申请人.姓名}',
          message: '正文第1段：标签“{申请人.姓名}”被 Word 拆成了多段不同格式的文字，已自动合并；若格式异常请整段重新输入',
        },
      ],
    });
  });

  it('a split unknown tag is both an error and a warning', () => {
    expect(kinds(check(p('{案', '号}')))).toEqual(['error:unknownField:{案号}', 'warning:splitTag:{案号}']);
  });
});

describe('full-width braces', () => {
  it('warns that ｛编号｝ typed by an input method is not a tag', () => {
    const r = check(p('案号：｛编号｝'));
    expect(kinds(r)).toEqual(['warning:badSyntax:｛编号｝']);
    expect(r.accepted).toBe(true);
    expect(r.problems[0]!.message).toContain('请改用半角花括号 {编号}');
    expect(kinds(check(p('{编号｝')))).toEqual(['error:unclosedTag:{编号｝', 'warning:badSyntax:{编号｝']);
  });
});

describe('files that are not a usable .docx', () => {
  const bad = (buf: Buffer) => {
    const r = checkTemplate(buf, testFields);
    expect(r.accepted).toBe(false);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.kind).toBe('badFile');
    return r.problems[0]!.message;
  };

  it('not a zip, an empty file, a truncated zip', () => {
    expect(bad(Buffer.from('这不是 Word 文件'))).toContain('不是有效的 Word 文档');
    expect(bad(Buffer.alloc(0))).toContain('不是有效的 Word 文档');
    const good = docxOf(p('{编号}'));
    expect(bad(good.subarray(0, good.length - 30))).toContain('已损坏');
  });

  it('an old .doc or password-protected file (OLE container)', () => {
    expect(bad(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))).toContain('密码');
  });

  it('a zip without word/document.xml (an .xlsx, say)', () => {
    const zip = new PizZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('xl/workbook.xml', '<workbook/>');
    expect(bad(zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' }))).toContain('不是有效的 Word 文档');
    expect(bad(docxOf({ header: p('x') }))).toContain('不是有效的 Word 文档');
  });

  it('a part compressing like a zip bomb, and too many parts', () => {
    const bomb = docxOf({ body: p('{编号}'), extra: { 'word/media/image1.bin': Buffer.alloc(3 * 1024 * 1024) } });
    expect(bomb.length).toBeLessThan(30 * 1024);
    expect(bad(bomb)).toContain('压缩炸弹');
    const extra = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`word/media/p${i}.xml`, 'x']));
    expect(bad(docxOf({ body: p('{编号}'), extra }))).toContain('部件过多');
  });

  it('a macro-enabled document or a Word template', () => {
    const docm = new PizZip(docxOf(p('{编号}')));
    const types = docm.file('[Content_Types].xml')!.asText();
    docm.file('[Content_Types].xml', types.replace('officedocument.wordprocessingml.document.main+xml', 'ms-word.document.macroEnabled.main+xml'));
    expect(bad(docm.generate({ type: 'nodebuffer' }))).toContain('.docm');
    const dotx = new PizZip(docxOf(p('{编号}')));
    dotx.file('[Content_Types].xml', types.replace('wordprocessingml.document.main+xml', 'wordprocessingml.template.main+xml'));
    expect(bad(dotx.generate({ type: 'nodebuffer' }))).toContain('.dotx');
  });

  it('a document.xml that is not XML', () => {
    const zip = new PizZip(docxOf(p('{编号}')));
    zip.file('word/document.xml', '<w:document><w:body><w:p><w:r><w:t>{编号}</w:t></w:r></w:body>');
    expect(bad(zip.generate({ type: 'nodebuffer' }))).toContain('损坏');
    zip.file('word/document.xml', '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><w:document><w:body>&a;</w:body></w:document>');
    expect(bad(zip.generate({ type: 'nodebuffer' }))).toContain('损坏');
  });
});
