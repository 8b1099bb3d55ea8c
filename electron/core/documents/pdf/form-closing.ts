// The end of a form kept on one page: signatures and seal, with the last short text above them and the seal beside the last signatures.
import type { Content } from 'pdfmake/interfaces';
import type { Block, Inline, SignatureLine } from '../../../shared/documents/form-doc';
import { BLANK_DATE } from '../../../shared/documents/format';
import { blockContent } from './form-blocks';
import { SIGN_LINE_HEIGHT, SIGN_MARGIN, seal, sealWidth, signature } from './form-signature';
import { BODY_SIZE, charWidth } from './form-text';
import { CONTENT_WIDTH, mm, printable } from './pdfmake-env';

const ENDING = new Set<Block['kind']>(['signatures', 'seal', 'spacer']);
/** Text above the signatures that moves to the next page with them: at most this many lines (estimated). */
const KEEP_LINES = 3;
const LINE_CHARS = CONTENT_WIDTH / BODY_SIZE;

const inlineWidth = (part: Inline): number => (typeof part === 'string' ? charWidth(part) : 'blank' in part ? part.blank : charWidth(part.text));

/** Estimated printed lines of a paragraph or list; Infinity for other blocks (they never move with the signatures). */
export function textLines(block: Block): number {
  const lines = (chars: number) => Math.max(1, Math.ceil(chars / LINE_CHARS));
  if (block.kind === 'paragraph') return lines(block.text.reduce((n, p) => n + inlineWidth(p), 0) + (block.indent ? 2 : 0));
  if (block.kind === 'list') return block.items.reduce((n, item) => n + lines(charWidth(item) + 2), 0);
  return Infinity;
}

/** Where the closing starts: the trailing signatures/seal/spacers, with the short text just above them. -1: none. */
export function closingStart(blocks: readonly Block[]): number {
  let start = blocks.length;
  while (start > 0 && ENDING.has(blocks[start - 1]!.kind)) start--;
  if (!blocks.slice(start).some((b) => b.kind !== 'spacer')) return -1;
  return start > 0 && textLines(blocks[start - 1]!) <= KEEP_LINES ? start - 1 : start;
}

/** Does a signature line fit, with a space of 8 characters to sign, in `width` points? */
const fits = (line: SignatureLine, width: number): boolean =>
  charWidth(printable(line.label)) + Math.min(line.width ?? 12, 8) + (line.date === undefined ? 0 : charWidth(line.date || BLANK_DATE) + 2) <= width / BODY_SIZE - 1;

const signLine = (text: string): Content => ({ text: printable(text) || ' ', alignment: 'center', margin: SIGN_MARGIN, lineHeight: SIGN_LINE_HEIGHT });

/**
 * Signatures followed by the seal: the organ's name and the date go beside the last signature lines short enough to
 * leave room (as on paper, where the seal is pressed over the name and date and may overlap the lines above).
 */
function signaturesWithSeal(lines: readonly SignatureLine[], organ: string, date: string): Content {
  const width = sealWidth(organ, date);
  const left = CONTENT_WIDTH - width;
  let k = lines.length;
  while (k > 0 && fits(lines[k - 1]!, left)) k--;
  const full = lines.slice(0, k).map((l) => signature(l));
  const beside = lines.slice(k);
  if (beside.length === 0) return { stack: [...full, seal(organ, date, mm(4))], unbreakable: true } as Content;
  const right = [...Array.from({ length: Math.max(0, beside.length - 2) }, () => signLine('')), signLine(organ), signLine(date || BLANK_DATE)];
  return {
    stack: [...full, { columns: [{ width: left, stack: beside.map((l) => signature(l, left)) }, { width, stack: right }], columnGap: 0 }],
    unbreakable: true,
  } as Content;
}

type TableBlock = Extract<Block, { kind: 'table' }>;

/**
 * A table just above the signatures, split before its last row: the two parts print as one table, and the last row
 * goes to the next page with the signatures when they do not fit.
 */
function splitTable(block: TableBlock, cover: boolean): [Content, Content] | null {
  const rows = [...block.rows, ...Array.from({ length: Math.max(0, (block.minRows ?? 0) - block.rows.length) }, () => [])];
  if (rows.length < 2) return null;
  const head = blockContent({ ...block, rows: rows.slice(0, -1), minRows: 0 }, cover) as Content & object;
  const last = blockContent({ kind: 'fields', columns: block.header.length, widths: block.widths, rows: [rows.at(-1)!] }, cover) as Content & object;
  return [{ ...head, margin: [0, 4, 0, 0] } as Content, { ...last, margin: [0, 0, 0, 4] } as Content];
}

/** The blocks of a form as pdfmake content, the closing kept together on one page. */
export function formBlocks(blocks: readonly Block[], cover: boolean): Content[] {
  const start = closingStart(blocks);
  if (start < 0) return blocks.map((b) => blockContent(b, cover));
  const ending: Content[] = [];
  const above = blocks[start - 1];
  const split = above?.kind === 'table' ? splitTable(above, cover) : null;
  if (split) ending.push(split[1]);
  for (let i = start; i < blocks.length; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    if (b.kind === 'signatures' && next?.kind === 'seal') {
      ending.push(signaturesWithSeal(b.lines, next.organ, next.date));
      i++;
    } else ending.push(blockContent(b, cover));
  }
  const before = blocks.slice(0, split ? start - 1 : start).map((b) => blockContent(b, cover));
  return [...before, ...(split ? [split[0]] : []), { stack: ending, unbreakable: true } as Content];
}
