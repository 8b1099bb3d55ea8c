// GB/T 9704 .docx: A4, margins 37/28/35/26 mm, a lines-and-characters grid of 22 × 28, 仿宋/小标宋/黑体/楷体, odd/even page numbers.
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  RelativeVerticalPosition,
  Table,
  TableAnchorType,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { balancedLines } from './line-break';
import { BLOCK_MM, GB, PT_PER_MM, signatureIndents, widthInChars, type OfficialBlock, type OfficialDoc } from './model';

const twip = (mm: number) => Math.round((mm * 1440) / 25.4);
/** A4 exactly (converting 210 × 297 mm rounds down a twip). */
export const PAGE_TWIPS = { width: 11906, height: 16838 } as const;
export const MARGIN_TWIPS = { top: twip(GB.margin.top), left: twip(GB.margin.left), bottom: twip(GB.margin.bottom), right: twip(GB.margin.right) };
const textWidth = PAGE_TWIPS.width - MARGIN_TWIPS.left - MARGIN_TWIPS.right;
const textHeight = PAGE_TWIPS.height - MARGIN_TWIPS.top - MARGIN_TWIPS.bottom;
/** Line pitch in twips: 22 lines must fit the block, so round down (580 × 22 would overflow 225 mm by a hair). */
export const LINE_PITCH = Math.floor(textHeight / GB.lines);
/**
 * w:charSpace = (character pitch − Normal font size) × 4096, in points: 28 characters of 3号 must fit the
 * block width, so the pitch is rounded down to the next 1/4096 pt.
 */
export const CHAR_SPACE = Math.floor((textWidth / 20 / GB.chars - GB.size.body) * 4096);
/** One character of the grid in twips (indents). */
const CHAR_TWIPS = Math.floor(textWidth / GB.chars);
const SMALL_CHAR = GB.size.small * 20;

export const FACES = { fangSong: '仿宋_GB2312', xiaoBiaoSong: '方正小标宋简体', heiTi: '黑体', kaiTi: '楷体_GB2312', song: '宋体' } as const;
const fontOf = (eastAsia: string, ascii = 'Times New Roman') => ({ ascii, hAnsi: ascii, eastAsia, cs: ascii });
const LANGUAGE = { value: 'zh-CN', eastAsia: 'zh-CN' };
const half = (pt: number) => pt * 2;
const exact = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function run(text: string, face: string = FACES.fangSong, pt: number = GB.size.body): TextRun {
  return new TextRun({ text, font: fontOf(face), size: half(pt), language: LANGUAGE });
}

/** Paragraphs start 2 characters in: on the grid in Word (firstLineChars), in twips for other readers. */
const FIRST_LINE = { firstLine: 2 * CHAR_TWIPS, firstLineChars: 200 };

/** The title's lines, of about equal length (Word would fill the first line and leave a stub), 半角 digits half a character. */
function titleRuns(title: string): TextRun[] {
  const measure = (ch: string) => widthInChars(ch) * GB.size.title;
  const lines = balancedLines([{ text: title, face: 'title' }], BLOCK_MM.width * PT_PER_MM, measure);
  return lines.map((l, i) => new TextRun({ text: l.runs.map((r) => r.text).join(''), ...(i > 0 ? { break: 1 } : {}), font: fontOf(FACES.xiaoBiaoSong), size: half(GB.size.title), language: LANGUAGE }));
}

const blankLine = () => new Paragraph({ spacing: exact, children: [] });

function bodyParagraph(block: OfficialBlock): Paragraph {
  if (block.kind === 'heading') {
    return new Paragraph({ spacing: exact, indent: FIRST_LINE, children: [run(block.text, FACES.heiTi)] });
  }
  const children = block.lead ? [run(block.lead, FACES.kaiTi), run(block.text)] : [run(block.text)];
  return new Paragraph({ spacing: exact, indent: FIRST_LINE, alignment: AlignmentType.JUSTIFIED, children });
}

/** "— 1 —" in 4号 宋体, 1 character in from the outer edge: right on odd pages, left on even ones. */
function pageFooter(side: 'odd' | 'even'): Footer {
  const font = fontOf(FACES.song, FACES.song);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: SMALL_CHAR } : { left: SMALL_CHAR },
        spacing: { line: SMALL_CHAR, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font, size: half(GB.size.small), language: LANGUAGE })],
      }),
    ],
  });
}

const thick = { style: BorderStyle.SINGLE, size: Math.round((GB.rule.thick * 72) / 25.4 * 8), color: '000000' };
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

/** 版记: 印发机关 (1 character in) and "…印发" (1 character in from the right) between thick rules, floating at the block's bottom. */
function imprint(doc: OfficialDoc): Table {
  const cell = (text: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType]) =>
    new TableCell({
      width: { size: Math.floor(textWidth / 2), type: WidthType.DXA },
      borders: { top: thick, bottom: thick, left: none, right: none },
      children: [
        new Paragraph({
          alignment,
          indent: alignment === AlignmentType.LEFT ? { left: SMALL_CHAR } : { right: SMALL_CHAR },
          spacing: exact,
          children: [run(text, FACES.fangSong, GB.size.small)],
        }),
      ],
    });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [Math.floor(textWidth / 2), textWidth - Math.floor(textWidth / 2)],
    float: { verticalAnchor: TableAnchorType.MARGIN, relativeVerticalPosition: RelativeVerticalPosition.BOTTOM, horizontalAnchor: TableAnchorType.MARGIN },
    borders: { top: thick, bottom: thick, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: [new TableRow({ children: [cell(doc.imprint.issuer, AlignmentType.LEFT), cell(`${doc.imprint.date}印发`, AlignmentType.RIGHT)] })],
  });
}

export function officialDocx(doc: OfficialDoc): Document {
  const sign = signatureIndents(doc.signer, doc.date);
  const children: (Paragraph | Table)[] = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: exact, children: titleRuns(doc.title) }),
    blankLine(),
    new Paragraph({ spacing: exact, children: [run(`${doc.addressee}：`)] }),
    ...doc.body.map(bodyParagraph),
    blankLine(),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: exact, indent: { right: sign.signer * CHAR_TWIPS }, children: [run(doc.signer)] }),
    new Paragraph({ alignment: AlignmentType.RIGHT, spacing: exact, indent: { right: Math.round(sign.date * CHAR_TWIPS) }, children: [run(doc.date)] }),
    ...(doc.note ? [new Paragraph({ spacing: exact, indent: FIRST_LINE, children: [run(`（${doc.note}）`)] })] : []),
    imprint(doc),
    new Paragraph({ spacing: { line: 20, lineRule: LineRuleType.EXACT, before: 0, after: 0 }, children: [] }),
  ];
  // The footer's bottom edge: the dash (mid-height of the 4号 line) 7 mm below the text block.
  const footer = twip(GB.margin.bottom - GB.pageNumberGap) - SMALL_CHAR / 2;
  return new Document({
    evenAndOddHeaderAndFooters: true,
    title: doc.title,
    styles: { default: { document: { run: { font: fontOf(FACES.fangSong), size: half(GB.size.body), language: LANGUAGE } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_TWIPS.width, height: PAGE_TWIPS.height },
            margin: { ...MARGIN_TWIPS, header: twip(15), footer },
          },
          grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE_PITCH, charSpace: CHAR_SPACE },
        },
        footers: { default: pageFooter('odd'), even: pageFooter('even') },
        children,
      },
    ],
  });
}

export async function officialDocxBuffer(doc: OfficialDoc): Promise<Buffer> {
  return Packer.toBuffer(officialDocx(doc));
}
