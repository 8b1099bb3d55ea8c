// The body blocks of a printed form in Word: paragraphs, headings, lists, ruled lines, signatures, seal, breaks.
import { AlignmentType, BorderStyle, LineRuleType, PageBreak, Paragraph, TextRun, type Table } from 'docx';
import type { Block, SignatureLine } from '../../../shared/documents/form-doc';
import { BLANK_DATE } from '../../../shared/documents/format';
import { CHAR, SIZE, WRITE_LINE, blankRun, clean, inlineRuns, textRuns } from './text';
import { fieldsTable, headerTable } from './tables';

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const count = (n: number, max: number) => Math.max(0, Math.min(max, Math.floor(n) || 0));

/** "当事人（签名、盖章或按指印）：____  2026年11月7日": an underlined space to sign, then the date ('' = the blank date). */
function signatureLine(line: SignatureLine): Paragraph {
  const children: TextRun[] = [...textRuns(line.label), blankRun(line.width ?? 12)];
  if (line.date !== undefined) children.push(...textRuns(`\u3000\u3000${clean(line.date) || BLANK_DATE}`));
  // keepNext: the signatures stay with each other and with the seal place below them.
  return new Paragraph({ keepNext: true, spacing: { before: WRITE_LINE, after: 120 }, children });
}

/** The organ's name right-aligned, room for the seal, the date under it (both 2 characters from the right).
 * One paragraph kept whole, so the seal place never splits across pages. */
function seal(organ: string, date: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.RIGHT,
    indent: { right: CHAR * 2 },
    keepLines: true,
    spacing: { before: WRITE_LINE },
    children: [...textRuns(organ), new TextRun({ break: 3 }), ...textRuns(clean(date) || BLANK_DATE)],
  });
}

const RULE = { style: BorderStyle.SINGLE, size: 4, color: '000000', space: 1 } as const;

/** Ruled lines to write on: empty paragraphs with a bottom border, one handwriting line each.
 * Word and LibreOffice join same-bordered paragraphs into one box, so the lines between need `between`. */
function ruledLines(n: number): Paragraph[] {
  return Array.from(
    { length: count(n, 200) },
    () =>
      new Paragraph({
        spacing: { line: WRITE_LINE + 80, lineRule: LineRuleType.EXACT },
        border: { bottom: RULE, between: RULE },
        children: [],
      }),
  );
}

/** One block as Word paragraphs and tables. Lists are plain "1、" text, so they survive template editing. */
export function blockElements(block: Block, cover: boolean): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'fields':
      return [fieldsTable(block, cover), new Paragraph({})];
    case 'table':
      return [headerTable(block), new Paragraph({})];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: ALIGN[block.align ?? 'left'],
          indent: block.indent ? { firstLine: CHAR * 2 } : undefined,
          children: inlineRuns(block.text),
        }),
      ];
    case 'heading':
      return [new Paragraph({ spacing: { before: 240, after: 120 }, keepNext: true, children: textRuns(block.text, { bold: true, size: SIZE.heading }) })];
    case 'list':
      return block.items.map((item, i) => new Paragraph({ indent: { firstLine: CHAR * 2 }, children: textRuns(`${i + 1}、${clean(item)}`) }));
    case 'lines':
      return ruledLines(block.count);
    case 'signatures':
      return block.lines.map(signatureLine);
    case 'seal':
      return [seal(block.organ, block.date)];
    case 'spacer':
      return Array.from({ length: count(block.lines, 100) }, () => new Paragraph({}));
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}
