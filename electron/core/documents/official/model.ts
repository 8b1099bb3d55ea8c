// GB/T 9704-2012 official documents: the document model (标题/主送/正文/署名/日期/附注/版记) and the page geometry.
import { printable as printableText } from '../../../shared/documents/format';

/** One block of the body: a level-1 heading (一、 黑体) or a paragraph, optionally led by a level-2 heading (（一） 楷体). */
export type OfficialBlock = { kind: 'heading'; text: string } | { kind: 'paragraph'; lead?: string; text: string };

export interface OfficialDoc {
  /** The title; it also names the file (the documents service makes the file name). */
  title: string;
  /** 主送机关, printed with a full-width colon. */
  addressee: string;
  body: OfficialBlock[];
  /** 发文机关署名 */
  signer: string;
  /** 成文日期, 2026年11月27日. */
  date: string;
  /** 附注 without the brackets; null when none. */
  note: string | null;
  /** 版记: 印发机关 and 印发日期. */
  imprint: { issuer: string; date: string };
}

/** GB/T 9704-2012 §5: A4, 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm, 22 lines × 28 characters. */
export const GB = {
  page: { width: 210, height: 297 },
  margin: { top: 37, left: 28, bottom: 35, right: 26 },
  lines: 22,
  chars: 28,
  /** 2号 title, 3号 body, 4号 page numbers and 版记 (pt). */
  size: { title: 22, body: 16, small: 14 },
  /** The page number's dash sits this far below the text block (mm). */
  pageNumberGap: 7,
  /** 版记 rules: first and last 0.35 mm, middle 0.25 mm. */
  rule: { thick: 0.35, thin: 0.25 },
} as const;

export const BLOCK_MM = {
  width: GB.page.width - GB.margin.left - GB.margin.right,
  height: GB.page.height - GB.margin.top - GB.margin.bottom,
} as const;

export const PT_PER_MM = 72 / 25.4;

/** Text as it may print on one line: unprintable characters removed (shared printable), line breaks folded into spaces. */
export function printable(text: string): string {
  return printableText(text).replace(/\n/g, ' ');
}


/** Width of a text in characters of the body font: CJK and full-width count 1, ASCII 0.5 (半角). */
export function widthInChars(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! < 0x2e80 ? 0.5 : 1;
  return w;
}

/**
 * Right indents (in characters) of the 署名 and the 成文日期 without a seal: 署名 2 characters from the right,
 * the date's first character 2 characters right of the 署名's; a date longer than that ends 2 characters
 * from the right and the 署名 moves left accordingly (GB/T 9704 §7.3.5.2).
 */
export function signatureIndents(signer: string, date: string): { signer: number; date: number } {
  const s = widthInChars(signer);
  const d = widthInChars(date);
  const signerIndent = Math.max(2, d + 4 - s);
  return { signer: signerIndent, date: signerIndent + s - 2 - d };
}
