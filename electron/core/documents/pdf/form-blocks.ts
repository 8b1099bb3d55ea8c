// One FormDoc block → pdfmake content: field tables, tables, paragraphs with blanks, lists, lines, signatures, seal.
import type { Content, TableCell } from 'pdfmake/interfaces';
import type { Block, Cell, Inline } from '../../../shared/documents/form-doc';
import { BODY_SIZE, COVER_SIZE, IDEO_SPACE, TEXT_LINE_HEIGHT, charWidth, type TextPart } from './form-text';
import { seal, signature } from './form-signature';
import { CONTENT_WIDTH, printable } from './pdfmake-env';

export { BODY_SIZE } from './form-text';

/** Height of one line of a spacer block. */
const SPACER_PT = 16;
/** Height of one written line in a table cell or on ruled lines (12 pt text at 1.35 plus room for a pen). */
export const LINE_PT = 22;
/** Cell padding left and right: 3 pt keeps a five-character label (单位或住址) on one line in the party tables. */
const PAD_X = 3;
const RULE = 0.75;
function inline(part: Inline): TextPart {
  if (typeof part === 'string') return printable(part);
  if ('blank' in part) return { text: IDEO_SPACE.repeat(Math.max(1, part.blank)), decoration: 'underline' };
  return { text: printable(part.text), bold: part.bold ?? false, decoration: part.underline ? 'underline' : undefined };
}

/** Column widths in points from relative weights, leaving room for cell padding and rules. */
export function columnWidths(weights: readonly number[], total = CONTENT_WIDTH): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const free = total - weights.length * 2 * PAD_X - (weights.length + 1) * RULE;
  return weights.map((w) => (free * w) / sum);
}

const ruled = {
  hLineWidth: () => RULE,
  vLineWidth: () => RULE,
  paddingLeft: () => PAD_X,
  paddingRight: () => PAD_X,
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

/**
 * The font size at which a short one-line value fits its cell (a phone number, 网约车司机), down to 9 pt (on a cover,
 * a 卷名 of up to ~30 characters, down to 12 pt); undefined when it fits at the table's size, or cannot fit on one
 * line even so, or is text meant to wrap (long, or with line breaks): that wraps at the table's size.
 */
/** Values up to this many characters are "short": shrunk to fit rather than wrapped. */
const SHORT_VALUE = 14;

export function fitSize(value: string, width: number | undefined, size: number): number | undefined {
  if (width === undefined || value.includes('\n') || (size <= BODY_SIZE && charWidth(value) > SHORT_VALUE)) return undefined;
  const need = charWidth(value) * size;
  if (need <= width) return undefined;
  const fit = Math.floor((width / charWidth(value)) * 2) / 2;
  const least = size > BODY_SIZE ? BODY_SIZE : 9;
  return fit >= least ? fit : undefined;
}

function cellContent(cell: Cell, cover: boolean, width?: number): { node: TableCell; lines: number } {
  const span = 'span' in cell && cell.span && cell.span > 1 ? { colSpan: cell.span } : {};
  const rows = 'rowSpan' in cell && cell.rowSpan && cell.rowSpan > 1 ? { rowSpan: cell.rowSpan } : {};
  const frame = cover ? { border: 'label' in cell ? [false, false, false, false] : [false, false, false, true] } : {};
  // pdfmake 0.3 misplaces vertically centred cells that span rows (and grows the last row for a top margin):
  // those stay at the top of their rows.
  const middle = 'rowSpan' in cell && cell.rowSpan && cell.rowSpan > 1 ? {} : { verticalAlignment: 'middle' };
  if ('label' in cell) {
    const node = { text: printable(cell.label), bold: true, alignment: cover ? 'right' : 'center', ...middle, ...span, ...rows, ...frame };
    return { node: node as TableCell, lines: 1 };
  }
  if ('pageRef' in cell) return { node: { text: '', pageReference: cell.pageRef, alignment: 'center', ...span } as unknown as TableCell, lines: 1 };
  const size = fitSize(printable(cell.value), width, cover ? COVER_SIZE : BODY_SIZE);
  const node = { text: printable(cell.value), alignment: cell.align ?? 'left', ...(size ? { fontSize: size } : {}), ...middle, ...span, ...rows, ...frame };
  return { node: node as TableCell, lines: cell.lines ?? 1 };
}

/**
 * Table rows for pdfmake: spanned columns get the placeholder cells pdfmake wants. A FormDoc row leaves out the
 * columns that a rowSpan cell above still covers. Returns the rows and each row's minimum height.
 */
export function tableBody(
  rows: readonly (readonly Cell[])[],
  columns: number,
  cover = false,
  widths?: readonly number[],
): { body: TableCell[][]; heights: number[] } {
  const coveredUntil = new Array<number>(columns).fill(-1);
  const body: TableCell[][] = [];
  const heights: number[] = [];
  rows.forEach((cells, r) => {
    const out: TableCell[] = [];
    let lines = 1;
    let next = 0;
    for (let c = 0; c < columns; ) {
      if (coveredUntil[c]! >= r) {
        out.push({});
        c += 1;
        continue;
      }
      const cell = cells[next++];
      if (cell === undefined) {
        out.push({ text: '' });
        c += 1;
        continue;
      }
      const span = Math.min(columns - c, Math.max(1, ('span' in cell && cell.span) || 1));
      // The text width of the cell: its columns, and the padding and rules between them.
      const width = widths ? widths.slice(c, c + span).reduce((a, b) => a + b, 0) + (span - 1) * (2 * PAD_X + RULE) : undefined;
      const { node, lines: l } = cellContent(cell, cover, width);
      const rowSpan = ('rowSpan' in cell && cell.rowSpan) || 1;
      for (let k = 0; k < span; k++) if (rowSpan > 1) coveredUntil[c + k] = r + rowSpan - 1;
      if (rowSpan === 1) lines = Math.max(lines, l);
      out.push(node, ...Array.from({ length: span - 1 }, () => ({})));
      c += span;
    }
    body.push(out);
    heights.push(lines * LINE_PT);
  });
  return { body, heights };
}


/** Ruled lines to write on, the width of the text area. */
function writingLines(count: number): Content {
  const canvas = Array.from({ length: count }, (_, i) => ({
    type: 'line' as const,
    x1: 0,
    y1: (i + 1) * 26,
    x2: CONTENT_WIDTH,
    y2: (i + 1) * 26,
    lineWidth: 0.5,
  }));
  return { canvas, margin: [0, 0, 0, 8] };
}

export function blockContent(block: Block, cover: boolean): Content {
  switch (block.kind) {
    case 'fields': {
      const widths = columnWidths(block.widths ?? new Array<number>(block.columns).fill(1));
      const { body, heights } = tableBody(block.rows, block.columns, cover, widths);
      const layout = cover ? { ...ruled, paddingTop: () => 10, paddingBottom: () => 4 } : ruled;
      return { table: { widths, body, heights: (i: number) => heights[i] ?? LINE_PT, dontBreakRows: true }, layout, margin: [0, 4, 0, 4], fontSize: cover ? COVER_SIZE : BODY_SIZE } as Content;
    }
    case 'table': {
      const header = block.header.map((h) => ({ text: printable(h), bold: true, alignment: 'center' }) as TableCell);
      const columns = block.header.length;
      const padded = [...block.rows, ...Array.from({ length: Math.max(0, (block.minRows ?? 0) - block.rows.length) }, () => [])];
      const widths = columnWidths(block.widths);
      const { body, heights } = tableBody(padded, columns, false, widths);
      return {
        table: { widths, headerRows: 1, body: [header, ...body], heights: (i: number) => (i === 0 ? 0 : heights[i - 1] ?? LINE_PT), dontBreakRows: true },
        layout: ruled,
        margin: [0, 4, 0, 4],
      } as Content;
    }
    case 'paragraph':
      return { text: block.text.map(inline), leadingIndent: block.indent ? 2 * BODY_SIZE : 0, alignment: block.align ?? 'left', lineHeight: TEXT_LINE_HEIGHT, margin: [0, 1, 0, 1] } as Content;
    case 'heading':
      return { text: printable(block.text), bold: true, margin: [0, 8, 0, 4] };
    case 'list':
      return {
        stack: block.items.map((item, i) => ({ columns: [{ width: 'auto', text: `${i + 1}、` }, { width: '*', text: printable(item) }], columnGap: 0, lineHeight: TEXT_LINE_HEIGHT })),
        margin: [0, 2, 0, 2],
      } as Content;
    case 'lines':
      return writingLines(block.count);
    case 'signatures':
      return { stack: block.lines.map((l) => signature(l)), unbreakable: true } as Content;
    case 'seal':
      return seal(block.organ, block.date);
    case 'spacer':
      // Empty space only: a line of blank text would be the serif's tall line box (22 pt) high.
      return { canvas: [], margin: [0, block.lines * SPACER_PT, 0, 0] } as Content;
    case 'pageBreak':
      return { text: '', pageBreak: 'after' };
  }
}
