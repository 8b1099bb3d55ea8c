// The GB/T 9704 .docx: page size, margins, document grid, fonts and sizes, odd/even page-number footers.
import PizZip from 'pizzip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OfficialDoc } from '../../../electron/core/documents/official';
import { officialDocxBuffer } from '../../../electron/core/documents/official/render-docx';

const doc: OfficialDoc = {
  title: '玄武门司法所关于2026年10月人民调解工作情况的报告',
  addressee: '玄武区司法局',
  body: [
    { kind: 'paragraph', text: '现将我所2026年10月人民调解工作情况报告如下：' },
    { kind: 'heading', text: '一、矛盾纠纷调解情况' },
    { kind: 'paragraph', lead: '（一）总体情况。', text: '本月调解结案纠纷10件。' },
  ],
  signer: '玄武门司法所',
  date: '2026年11月27日',
  note: '联系人：黄宇航，联系电话：025-83361234',
  imprint: { issuer: '玄武门司法所', date: '2026年11月27日' },
};

let zip: PizZip;
let xml: string;
const attr = (tag: string, name: string, source = xml) => new RegExp(`<w:${tag}\\b[^>]*\\bw:${name}="([^"]*)"`).exec(source)?.[1];
/** The run properties of the run holding `text`. */
function runOf(text: string): string {
  const run = [...xml.matchAll(/<w:r>(.*?)<\/w:r>/g)].find((m) => m[1]!.includes(`>${text}</w:t>`));
  if (!run) throw new Error(`no run with ${text}`);
  return run[1]!;
}
const twip = (mm: number) => Math.round((mm * 1440) / 25.4);

beforeAll(async () => {
  zip = new PizZip(await officialDocxBuffer(doc));
  xml = zip.file('word/document.xml')!.asText();
});

describe('official .docx page setup', () => {
  it('is A4 exactly with the GB/T 9704 margins in twips', () => {
    expect(attr('pgSz', 'w')).toBe('11906');
    expect(attr('pgSz', 'h')).toBe('16838');
    expect(attr('pgMar', 'top')).toBe(String(twip(37)));
    expect(attr('pgMar', 'left')).toBe(String(twip(28)));
    expect(attr('pgMar', 'bottom')).toBe(String(twip(35)));
    expect(attr('pgMar', 'right')).toBe(String(twip(26)));
    expect([twip(37), twip(28), twip(35), twip(26)]).toEqual([2098, 1587, 1984, 1474]);
  });

  it('has a lines-and-characters grid of 22 lines and 28 characters of 3号', () => {
    expect(attr('docGrid', 'type')).toBe('linesAndChars');
    const height = 16838 - 2098 - 1984;
    const pitch = Number(attr('docGrid', 'linePitch'));
    expect(pitch * 22).toBeLessThanOrEqual(height);
    expect(pitch * 23).toBeGreaterThan(height);
    expect(pitch).toBeCloseTo(((225 / 22) * 1440) / 25.4, -1);
    // Character pitch = Normal size (16 pt) + charSpace / 4096 pt; 28 of them fit the block, 29 do not.
    const charPitch = 16 + Number(attr('docGrid', 'charSpace')) / 4096;
    const width = (11906 - 1587 - 1474) / 20;
    expect(28 * charPitch).toBeLessThanOrEqual(width);
    expect(28 * charPitch).toBeGreaterThan(width - 0.01);
    expect(attr('sz', 'val', zip.file('word/styles.xml')!.asText())).toBe('32');
  });
});

describe('official .docx fonts and sizes', () => {
  it('prints the title in 2号 方正小标宋简体, split into balanced lines', () => {
    const title = runOf('玄武门司法所关于2026年10月');
    expect(attr('rFonts', 'eastAsia', title)).toBe('方正小标宋简体');
    expect(attr('sz', 'val', title)).toBe('44');
    expect(runOf('人民调解工作情况的报告')).toContain('<w:br/>');
  });

  it('prints the body in 3号 仿宋_GB2312, level-1 headings in 黑体 and level-2 in 楷体_GB2312', () => {
    const cases: [string, string][] = [
      ['玄武区司法局：', '仿宋_GB2312'],
      ['本月调解结案纠纷10件。', '仿宋_GB2312'],
      ['一、矛盾纠纷调解情况', '黑体'],
      ['（一）总体情况。', '楷体_GB2312'],
    ];
    for (const [text, face] of cases) {
      const run = runOf(text);
      expect(attr('rFonts', 'eastAsia', run), text).toBe(face);
      expect(attr('rFonts', 'ascii', run), text).toBe('Times New Roman');
      expect(attr('sz', 'val', run), text).toBe('32');
      expect(attr('lang', 'eastAsia', run), text).toBe('zh-CN');
    }
    expect(xml).toContain('w:firstLineChars="200"');
  });

  it('prints the 版记 in 4号 仿宋 with the date followed by 印发', () => {
    expect(attr('sz', 'val', runOf('2026年11月27日印发'))).toBe('28');
    expect(attr('tblpPr', 'tblpYSpec')).toBe('bottom');
  });
});

describe('official .docx page numbers', () => {
  it('uses even and odd footers: "— N —" in 4号, right on odd pages and left on even ones, 1 character in', () => {
    expect(zip.file('word/settings.xml')!.asText()).toContain('<w:evenAndOddHeaders/>');
    const refs = [...xml.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map((m) => [m[1], m[2]]);
    expect(refs.map((r) => r[0]).sort()).toEqual(['default', 'even']);
    const rels = zip.file('word/_rels/document.xml.rels')!.asText();
    const footer = (type: string) => {
      const id = refs.find((r) => r[0] === type)![1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
      return zip.file(`word/${target}`)!.asText();
    };
    const odd = footer('default');
    const even = footer('even');
    expect(attr('jc', 'val', odd)).toBe('right');
    expect(attr('ind', 'right', odd)).toBe('280');
    expect(attr('jc', 'val', even)).toBe('left');
    expect(attr('ind', 'left', even)).toBe('280');
    for (const f of [odd, even]) {
      expect(f).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(f).toContain('>— </w:t>');
      expect(f).toContain('> —</w:t>');
      expect(attr('sz', 'val', f)).toBe('28');
    }
  });
});
