// The Word renderer of printed forms: A4 page and margins, fonts and sizes, every block kind, spans, clean text.
import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FormDoc } from '../../../electron/shared/documents/form-doc';
import { docxXml, renderFormDocx } from '../../../electron/core/documents/docx/render-form';

const agreement: FormDoc = {
  title: '人民调解协议书',
  kicker: '城关镇人民调解委员会',
  number: '编号：（2026）城调字第007号',
  blocks: [
    {
      kind: 'fields',
      columns: 4,
      widths: [1, 2, 1, 2],
      rows: [
        [{ label: '申请人', rowSpan: 2 }, { value: '张三<b>\u0007\u001b' }, { label: '性别' }, { value: '男' }],
        [{ value: '住址：城关镇幸福路1号\n电话：13800138000', span: 3 }],
        [{ label: '纠纷事实' }, { value: '', lines: 3, span: 3 }],
        [{ label: '见第' }, { pageRef: 'facts' }, { label: '页' }, { value: '李四', align: 'center' }],
      ],
    },
    { kind: 'heading', text: '纠纷主要事实、争议事项' },
    { kind: 'paragraph', indent: true, text: ['双方因宅基地', { text: '界址', bold: true }, '发生争议，约定于', { blank: 4 }, '前', { text: '履行', underline: true }, '。'] },
    { kind: 'paragraph', align: 'center', text: ['经调解，自愿达成如下协议'] },
    { kind: 'list', items: ['张三于2026年12月1日前拆除围墙；', '李四赔偿人民币壹万贰仟元整（¥12,000.00）。'] },
    { kind: 'lines', count: 2 },
    { kind: 'spacer', lines: 1 },
    {
      kind: 'signatures',
      lines: [
        { label: '当事人（签名、盖章或按指印）：', date: '2026年11月7日' },
        { label: '人民调解员（签名）：', date: '', width: 8 },
        { label: '记录人（签名）：' },
      ],
    },
    { kind: 'seal', organ: '城关镇人民调解委员会（印章）', date: '2026年11月7日' },
    { kind: 'pageBreak' },
    { kind: 'table', header: ['序号', '文书名称', '页号'], widths: [1, 6, 1], rows: [[{ value: '1' }, { value: '调解申请书' }, { pageRef: 'a' }]], minRows: 5 },
  ],
  footnote: '本协议书一式三份，双方当事人各执一份，人民调解委员会留存一份。',
};
const cover: FormDoc = {
  title: '人民调解卷宗',
  kicker: '城关镇人民调解委员会',
  cover: true,
  blocks: [{ kind: 'fields', columns: 2, rows: [[{ label: '案由' }, { value: '宅基地纠纷' }], [{ label: '保管期限' }, { value: '' }]] }],
};

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const texts = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1]!));
const tables = (xml: string) => [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map((m) => m[0]);
const count = (xml: string, re: RegExp) => (xml.match(re) ?? []).length;

let doc = '';
let styles = '';
let settings = '';
beforeAll(async () => {
  const buf = await renderFormDocx([agreement, cover]);
  ({ document: doc, styles } = docxXml(buf));
  settings = new PizZip(buf).file('word/settings.xml')!.asText();
});

describe('renderFormDocx', () => {
  it('prints each form on its own exact A4 section with the form margins', () => {
    expect(count(doc, /<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/g)).toBe(2);
    expect(count(doc, /<w:pgMar w:top="1417" w:right="1134" w:bottom="1417" w:left="1587"/g)).toBe(2);
  });

  it('sets 宋体 / Times New Roman, 小四 and zh-CN as the defaults', () => {
    const defaults = /<w:rPrDefault>(.*?)<\/w:rPrDefault>/.exec(styles)?.[1] ?? '';
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('w:hAnsi="Times New Roman"');
    expect(defaults).toContain('w:eastAsia="宋体"');
    expect(defaults).toContain('<w:sz w:val="24"/>');
    expect(defaults).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
    expect(settings).toContain('w:ulTrailSpace');
  });

  it('prints the titles bold 小二, the cover title 一号 and the footnote small', () => {
    expect(doc).toMatch(/<w:b\/><w:bCs\/><w:sz w:val="36"\/><w:szCs w:val="36"\/><\/w:rPr><w:t xml:space="preserve">人民调解协议书</);
    expect(doc).toMatch(/<w:sz w:val="52"\/><w:szCs w:val="52"\/><\/w:rPr><w:t xml:space="preserve">人民调解卷宗</);
    expect(doc).toMatch(/<w:sz w:val="21"\/><w:szCs w:val="21"\/><\/w:rPr><w:t xml:space="preserve">本协议书一式三份/);
  });

  it('prints every filled value in order, never undefined or null', () => {
    const all = texts(doc);
    const joined = all.join('|');
    const expected = ['城关镇人民调解委员会', '人民调解协议书', '编号：（2026）城调字第007号', '申请人', '张三<b>', '性别', '男', '住址：城关镇幸福路1号',
      '电话：13800138000', '纠纷事实', '李四', '纠纷主要事实、争议事项', '界址', '履行', '经调解，自愿达成如下协议', '1、张三于2026年12月1日前拆除围墙；',
      '2、李四赔偿人民币壹万贰仟元整（¥12,000.00）。', '当事人（签名、盖章或按指印）：', '　　2026年11月7日', '人民调解员（签名）：', '　　　　　　年　　月　　日',
      '记录人（签名）：', '城关镇人民调解委员会（印章）', '2026年11月7日', '序号', '文书名称', '页号', '调解申请书', '本协议书一式三份', '人民调解卷宗', '宅基地纠纷'];
    let from = 0;
    for (const e of expected) {
      const at = all.findIndex((t, i) => i >= from && t.startsWith(e));
      expect(at, `${e} after position ${from} in ${joined}`).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
    expect(joined).not.toMatch(/undefined|null|NaN/);
  });

  it('strips control characters and keeps markup as literal text', () => {
    // eslint-disable-next-line no-control-regex -- the point is to find control characters
    expect(doc).not.toMatch(/[\u0000-\u0008\u000B-\u001F]/);
    expect(doc).toContain('张三&lt;b&gt;</w:t>');
    expect(doc).not.toContain('<b>');
    expect(doc).toMatch(/<w:t xml:space="preserve">住址：城关镇幸福路1号<\/w:t><\/w:r><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:br\/><w:t xml:space="preserve">电话/);
  });

  it('merges cells across columns and rows, and gives empty values room to write', () => {
    const [fields] = tables(doc);
    expect(fields).toContain('<w:gridCol w:w="1530"/><w:gridCol w:w="3061"/><w:gridCol w:w="1530"/><w:gridCol w:w="3064"/>');
    expect(count(fields!, /<w:vMerge w:val="restart"\/>/g)).toBe(1);
    expect(count(fields!, /<w:vMerge w:val="continue"\/>/g)).toBe(1);
    expect(count(fields!, /<w:gridSpan w:val="3"\/>/g)).toBe(2);
    const rows = fields!.split('<w:tr>').slice(1);
    expect(rows).toHaveLength(4);
    expect(rows[2]).toContain('<w:trHeight w:val="1320" w:hRule="atLeast"/>');
    expect(rows[1]).toMatch(/^<w:trPr>.*?<\/w:trPr><w:tc><w:tcPr><w:tcW w:type="dxa" w:w="1530"\/><w:vMerge w:val="continue"\/>/);
    // Label cells are bold and centred; the pageRef cell prints empty (page numbers are a PDF feature).
    expect(rows[3]).toMatch(/<w:jc w:val="center"\/><\/w:pPr><w:r><w:rPr><w:b\/>.*?见第/);
    expect(texts(rows[3]!)).toEqual(['见第', '页', '李四']);
  });

  it('pads a header table to minRows and repeats its header row', () => {
    const toc = tables(doc)[1]!;
    const rows = toc.split('<w:tr>').slice(1);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows.slice(2).every((r) => texts(r).length === 0 && count(r, /<w:tc>/g) === 3)).toBe(true);
  });

  it('writes lists as text, blanks and ruled lines as underlines, and the page break', () => {
    expect(doc).not.toContain('<w:numPr>');
    expect(doc).toMatch(/<w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">\u3000\u3000\u3000\u3000<\/w:t>/);
    expect(doc).toMatch(/<w:ind w:firstLine="480"\/>.*?双方因宅基地/);
    expect(count(doc, /<w:pBdr><w:bottom w:val="single"[^>]*\/><w:between w:val="single"/g)).toBe(2);
    // The seal place is one paragraph kept whole: organ, room for the seal, date.
    expect(doc).toMatch(/<w:p><w:pPr><w:keepLines\/>(?:(?!<\/w:p>).)*城关镇人民调解委员会（印章）<\/w:t><\/w:r><w:r><w:br\/><w:br\/><w:br\/><\/w:r><w:r><w:t xml:space="preserve">2026年11月7日</);
    expect(count(doc, /<w:br w:type="page"\/>/g)).toBe(1);
  });

  it('draws the cover fields on lines instead of a grid', () => {
    const coverTable = tables(doc)[2]!;
    expect(coverTable).toContain('<w:insideH w:val="none"');
    expect(coverTable).toMatch(/宅基地纠纷/);
    expect(coverTable).toContain('<w:trHeight w:val="880" w:hRule="atLeast"/>');
  });
});
