// FormDoc → PDF: table spans, widths, text clean-up, per-form page footers, empty values, fonts reused across documents.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { FormDoc } from '../../../electron/shared/documents/form-doc';
import { machineFonts } from '../../../electron/core/documents/fonts';
import { columnWidths, fitSize, tableBody } from '../../../electron/core/documents/pdf/form-blocks';
import { closingStart } from '../../../electron/core/documents/pdf/form-closing';
import { mergeInlines } from '../../../electron/core/documents/pdf/inline-merge';
import { CONTENT_WIDTH, printable } from '../../../electron/core/documents/pdf/pdfmake-env';
import { renderFormsPdf } from '../../../electron/core/documents/pdf/render-form';
import { specimenAgreement, specimenApplication, specimenRecord } from '../../fixtures/documents/specimen';
import { pdfText } from '../../helpers/pdf-text';

const fonts = machineFonts(false);

describe('tableBody', () => {
  it('adds pdfmake placeholders for column spans and for columns covered by a row span above', () => {
    const { body, heights } = tableBody(
      [
        [{ label: '申请人', rowSpan: 2 }, { label: '姓名' }, { value: '张三', span: 2 }],
        [{ label: '住址' }, { value: '', span: 2, lines: 3 }],
      ],
      4,
    );
    expect(body.map((r) => r.length)).toEqual([4, 4]);
    expect(body[0]![0]).toMatchObject({ text: '申请人', rowSpan: 2, bold: true });
    expect(body[0]![2]).toMatchObject({ text: '张三', colSpan: 2 });
    expect(body[0]![3]).toEqual({});
    expect(body[1]![0]).toEqual({});
    expect(body[1]![1]).toMatchObject({ text: '住址' });
    expect(body[1]![2]).toMatchObject({ text: '', colSpan: 2 });
    expect(heights[1]).toBe(3 * heights[0]!);
  });

  it('fills a short row with empty cells instead of failing', () => {
    expect(tableBody([[{ label: '备注' }]], 3).body[0]).toHaveLength(3);
  });
});

it('columnWidths shares the text width by weight, leaving room for padding and rules', () => {
  const w = columnWidths([1, 3]);
  expect(w[1]! / w[0]!).toBeCloseTo(3);
  expect(w[0]! + w[1]!).toBeLessThan(CONTENT_WIDTH);
  expect(w[0]! + w[1]!).toBeGreaterThan(CONTENT_WIDTH - 20);
});

it('printable drops control characters but keeps newlines and markup as text (more in format.test.ts)', () => {
  expect(printable('张\u0000三\u001b<b>李四</b>\n王五\u007f')).toBe('张三<b>李四</b>\n王五');
});

describe('renderFormsPdf', () => {
  it('starts each form on a new page and numbers only the pages of multi-page forms', async () => {
    const { pages } = pdfText(await renderFormsPdf([specimenApplication, specimenRecord], fonts));
    const n = pages.length;
    expect(n).toBeGreaterThanOrEqual(3);
    expect(pages[0]).toContain('人民调解申请书');
    expect(pages[0]).not.toMatch(/第\s*1\s*页/);
    expect(pages[1]).toContain('人民调解记录');
    for (let p = 2; p <= n; p++) expect(pages[p - 1]).toMatch(new RegExp(`第\\s*${p - 1}\\s*页\\s*共\\s*${n - 1}\\s*页`));
  });

  it('prints empty values as blanks, never "undefined" or "null", and names with markup as text', async () => {
    const doc: FormDoc = {
      title: '人民调解受理登记表',
      number: '',
      kicker: '',
      blocks: [
        { kind: 'fields', columns: 2, widths: [1, 4], rows: [[{ label: '当事人' }, { value: '<script>张三</script>\u0007' }], [{ label: '电话' }, { value: '' }]] },
        { kind: 'table', header: ['序号', '内容'], widths: [1, 4], rows: [[{ value: '' }, { value: '' }]], minRows: 3 },
        { kind: 'paragraph', text: ['于', { blank: 4 }, '受理。', { text: '', bold: true }] },
        { kind: 'list', items: [''] },
        { kind: 'lines', count: 2 },
        { kind: 'signatures', lines: [{ label: '登记人：', date: '' }, { label: '负责人：' }] },
        { kind: 'seal', organ: '', date: '' },
        { kind: 'spacer', lines: 2 },
        { kind: 'heading', text: '' },
      ],
      footnote: '此表由人民调解委员会填写',
    };
    const out = pdfText(await renderFormsPdf([doc], fonts)).text;
    expect(out).not.toMatch(/undefined|null|NaN|\[object/);
    expect(out).toContain('<script>张三</script>');
    expect(out).toMatch(/年\s+月\s+日/);
    expect(out).toContain('此表由人民调解委员会填写');
  });

  it('a page break block starts a new page', async () => {
    const pdf = await renderFormsPdf([{ title: '甲', blocks: [{ kind: 'paragraph', text: ['前'] }, { kind: 'pageBreak' }, { kind: 'paragraph', text: ['后'] }] }], fonts);
    const { pages } = pdfText(pdf);
    expect(pages).toHaveLength(2);
    expect(pages[1]).toContain('后');
  });

  it('gives the same text and embeds fresh font subsets when the parsed fonts are reused', async () => {
    const first = await renderFormsPdf([specimenAgreement], fonts);
    const again = await renderFormsPdf([specimenAgreement], fonts);
    const { text, file } = pdfText(again);
    expect(text).toBe(pdfText(first).text);
    const faces = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(faces).toHaveLength(2);
    for (const f of faces) expect(f).toMatch(/^[A-Z]{6}\+NotoSerifSC-(Regular|Bold)\s.*\byes\s+yes\s+yes\b/);
  });
});

describe('page layout of the closing and of narrow cells', () => {
  const filler = (n: number): FormDoc['blocks'][number][] => Array.from({ length: n }, (_, i) => ({ kind: 'paragraph', indent: true, text: [`第${i + 1}段：${'纠纷事实'.repeat(9)}`] }));
  const closing: FormDoc['blocks'][number][] = [
    { kind: 'paragraph', indent: true, text: ['人民调解委员会已将申请人民调解的相关规定告知我，现自愿申请人民调解委员会进行调解。'] },
    { kind: 'spacer', lines: 1 },
    { kind: 'signatures', lines: [{ label: '申请人（签名、盖章或按指印）：', date: '2026年10月24日' }, { label: '调解员（签名）：' }] },
    { kind: 'seal', organ: '城关镇人民调解委员会', date: '2026年10月24日' },
  ];

  it('keeps the signatures and seal with the short paragraph above them', () => {
    expect(closingStart([...filler(2), ...closing])).toBe(2);
    expect(closingStart([...filler(2), { kind: 'paragraph', text: ['长'.repeat(200)] }, ...closing.slice(1)])).toBe(3);
    expect(closingStart(filler(2))).toBe(-1);
  });

  it('never leaves a page holding signatures only, whatever the length of the text above', async () => {
    const pageCounts = new Set<number>();
    for (let n = 8; n <= 16; n++) {
      const { pages } = pdfText(await renderFormsPdf([{ title: '人民调解申请书', blocks: [...filler(n), ...closing] }], fonts));
      const last = pages.at(-1)!.split('\n').filter((l) => l.trim() !== '' && !/第\s*\d+\s*页/.test(l));
      expect(last[0], `${n} paragraphs`).not.toMatch(/签名|^\s*城关镇人民调解委员会\s*$|^\s*\d{4}年/);
      pageCounts.add(pages.length);
    }
    expect([...pageCounts].sort()).toEqual([1, 2]);
  }, 60_000);

  it('takes the last row of a table above the signatures along to the next page, not the signatures alone', async () => {
    const pageCounts = new Set<number>();
    for (let n = 8; n <= 16; n++) {
      const rows = Array.from({ length: n }, (_, i) => [{ value: String(i + 1) }, { value: `第${i + 1}行` }]);
      const table: FormDoc['blocks'][number] = { kind: 'table', header: ['序号', '内容'], widths: [1, 6], rows };
      const { pages } = pdfText(await renderFormsPdf([{ title: '矛盾纠纷排查记录', blocks: [...filler(4), table, ...closing.slice(2)] }], fonts));
      const last = pages.at(-1)!.split('\n').filter((l) => l.trim() !== '' && !/第\s*\d+\s*页/.test(l));
      if (pages.length > 1) expect(last[0], `${n} rows`).toMatch(/第\d+行|序号/);
      expect(pages.join('\n')).toContain(`第${n}行`);
      pageCounts.add(pages.length);
    }
    expect([...pageCounts].sort()).toEqual([1, 2]);
  }, 60_000);

  it('puts a date that does not fit after a long name on its own line, never broken inside', async () => {
    const label = '被申请人南京丹凤街某某餐饮管理服务有限责任公司（签名、盖章或按指印）：';
    const doc: FormDoc = { title: '司法确认申请书', blocks: [{ kind: 'signatures', lines: [{ label, date: '2026年10月24日' }, { label: '申请人张三（签名）：', date: '2026年10月24日' }] }] };
    const lines = pdfText(await renderFormsPdf([doc], fonts)).text.split('\n');
    const dated = lines.filter((l) => l.includes('日'));
    expect(dated).toHaveLength(2);
    for (const l of dated) expect(l).toMatch(/2026年10月24日\s*$/);
    expect(lines.find((l) => l.includes('有限责任公司'))).not.toMatch(/\d/);
    expect(lines.find((l) => l.includes('张三'))).toMatch(/张三.*2026年10月24日/);
  });

  it('prints a short value smaller rather than wrapping it in a narrow cell; long text wraps', () => {
    expect(fitSize('0251-84347958', 100, 12)).toBeUndefined();
    expect(fitSize('0251-84347958', 80, 12)).toBeLessThan(12);
    expect(fitSize('0251-84347958', 80, 12)).toBeGreaterThanOrEqual(9);
    expect(fitSize('某'.repeat(40), 200, 12)).toBeUndefined();
    expect(fitSize('某'.repeat(25), 353, 15)).toBe(14);
    expect(fitSize('某'.repeat(60), 353, 15)).toBeUndefined();
  });
});

describe('mergeInlines', () => {
  const font = {};
  const piece = (text: string, x: number, extra: Record<string, unknown> = {}) => ({ text, x, width: 12, font, fontSize: 12, color: 'black', link: null, ...extra });
  it('joins touching pieces of the same style and keeps the first position', () => {
    expect(mergeInlines([piece('调', 0), piece('解', 12), piece('书', 24)])).toEqual([{ ...piece('调解书', 0), width: 36 }]);
  });
  it('keeps apart pieces with a gap (justified), another style, a link or a page reference', () => {
    expect(mergeInlines([piece('调', 0), piece('解', 13)])).toHaveLength(2);
    expect(mergeInlines([piece('调', 0), piece('解', 12, { decoration: 'underline' })])).toHaveLength(2);
    expect(mergeInlines([piece('调', 0), piece('解', 12, { link: 'https://example.org' })])).toHaveLength(2);
    expect(mergeInlines([piece('调', 0), piece('1', 12, { _pageNodeRef: {} })])).toHaveLength(2);
    expect(mergeInlines([piece('调', 0), piece('解', 12, { font: {} })])).toHaveLength(2);
  });
});
