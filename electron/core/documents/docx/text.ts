// Word layout constants and text runs of printed forms: page geometry, sizes, clean text, Inline → TextRun.
import { TextRun, UnderlineType } from 'docx';
import type { Inline } from '../../../shared/documents/form-doc';
import { printable } from '../../../shared/documents/format';

/** A4 portrait, exact (convertMillimetersToTwip rounds 210 × 297 mm down to 11905 × 16837). */
export const PAGE = { width: 11906, height: 16838 } as const;
const mm = (n: number) => Math.round((n * 1440) / 25.4);
/** Form margins: top/bottom 25 mm, left 28 mm (binding), right 20 mm. */
export const MARGIN = { top: mm(25), bottom: mm(25), left: mm(28), right: mm(20) } as const;
/** The width of the text block in twips. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** Font sizes in half-points: 小四 body, 五号 footnote, 四号 heading, 小二 title, 一号 cover title. */
export const SIZE = { body: 24, small: 21, heading: 28, title: 36, cover: 52, coverFields: 28 } as const;
/** One character of body text (12 pt) in twips: the unit of indents. */
export const CHAR = 240;
/** The height of one handwriting line in twips (about 7.8 mm). */
export const WRITE_LINE = 440;

export const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体' } as const;

/** Text as it may print in Word (see shared/documents/format.ts printable). */
export const clean = printable;

export interface RunStyle {
  readonly bold?: boolean;
  readonly underline?: boolean;
  readonly size?: number;
}

/** Runs of one text: each '\n' becomes a line break inside the paragraph. */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  return clean(text)
    .split('\n')
    .map(
      (part, i) =>
        new TextRun({
          text: part,
          break: i > 0 ? 1 : undefined,
          bold: style.bold || undefined,
          underline: style.underline ? { type: UnderlineType.SINGLE } : undefined,
          size: style.size,
        }),
    );
}

/** A space to write on by hand: `width` full-width spaces, underlined. */
export function blankRun(width: number, size?: number): TextRun {
  const n = Math.max(1, Math.min(200, Math.floor(width) || 1));
  return new TextRun({ text: '\u3000'.repeat(n), underline: { type: UnderlineType.SINGLE }, size });
}

/** Runs of a paragraph's inline parts. */
export function inlineRuns(parts: readonly Inline[], size?: number): TextRun[] {
  return parts.flatMap((part) => {
    if (typeof part === 'string') return textRuns(part, { size });
    if ('blank' in part) return [blankRun(part.blank, size)];
    return textRuns(part.text, { bold: part.bold, underline: part.underline, size });
  });
}
