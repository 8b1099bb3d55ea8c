// Word tables of printed forms: field tables (label/value cells, spans, vertical merges) and header tables (卷内目录).
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type ITableCellBorders,
} from 'docx';
import type { Block, Cell } from '../../../shared/documents/form-doc';
import { SIZE, TEXT_WIDTH, WRITE_LINE, textRuns } from './text';

type FieldsBlock = Extract<Block, { kind: 'fields' }>;
type HeaderTable = Extract<Block, { kind: 'table' }>;

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
// Borders and margins are set once per table (not per cell): smaller XML, faster to write.
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const NO_GRID = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
/** Cover pages: no grid, each value written on a line. */
const COVER_VALUE: ITableCellBorders = { bottom: LINE };
const MARGINS = { top: 40, bottom: 40, left: 100, right: 100 };

interface Look {
  readonly cover: boolean;
  readonly size: number;
}

/** Column widths in twips from relative weights, filling the text block exactly. */
export function columnWidths(columns: number, weights?: readonly number[]): number[] {
  const w = Array.from({ length: columns }, (_, i) => {
    const v = weights?.[i];
    return v !== undefined && Number.isFinite(v) && v > 0 ? v : 1;
  });
  const total = w.reduce((a, b) => a + b, 0);
  const out = w.map((v) => Math.floor((v / total) * TEXT_WIDTH));
  out[columns - 1]! += TEXT_WIDTH - out.reduce((a, b) => a + b, 0);
  return out;
}

interface Placed {
  readonly cell: Cell | null;
  readonly col: number;
  readonly span: number;
  readonly merge?: 'restart' | 'continue';
}

/** Places cells on the grid like HTML: a rowSpan cell covers its columns in the rows below, which skip them. */
export function placeRows(rows: readonly (readonly Cell[])[], columns: number): Placed[][] {
  const below = new Map<number, { left: number; span: number }>();
  return rows.map((row) => {
    const out: Placed[] = [];
    let col = 0;
    const takeCovered = () => {
      for (let cover = below.get(col); cover; cover = below.get(col)) {
        out.push({ cell: null, col, span: cover.span, merge: 'continue' });
        if (--cover.left === 0) below.delete(col);
        col += cover.span;
      }
    };
    for (const cell of row) {
      takeCovered();
      const span = Math.max(1, Math.floor(cell.span ?? 1) || 1);
      const rowSpan = 'pageRef' in cell ? 1 : Math.max(1, Math.floor(cell.rowSpan ?? 1) || 1);
      out.push({ cell, col, span, merge: rowSpan > 1 ? 'restart' : undefined });
      if (rowSpan > 1) below.set(col, { left: rowSpan - 1, span });
      col += span;
    }
    takeCovered();
    // A short row (the padding rows of a 卷内目录) gets one empty cell per column, so the grid lines show.
    for (; col < columns; col++) out.push({ cell: null, col, span: 1 });
    return out;
  });
}

function cellParagraph(cell: Cell | null, look: Look): Paragraph {
  if (!cell || 'pageRef' in cell) return new Paragraph({});
  if ('label' in cell) {
    return new Paragraph({ alignment: AlignmentType.CENTER, children: textRuns(cell.label, { bold: true, size: look.size }) });
  }
  const alignment = cell.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  return new Paragraph({ alignment, children: cell.value ? textRuns(cell.value, { size: look.size }) : [] });
}

function wordCell(p: Placed, widths: readonly number[], look: Look): TableCell {
  const width = widths.slice(p.col, p.col + p.span).reduce((a, b) => a + b, 0) || widths.at(-1) || 0;
  const onLine = look.cover && !(p.cell !== null && 'label' in p.cell);
  return new TableCell({
    children: [cellParagraph(p.merge === 'continue' ? null : p.cell, look)],
    width: { size: width, type: WidthType.DXA },
    columnSpan: p.span > 1 ? p.span : undefined,
    verticalMerge: p.merge === 'restart' ? VerticalMergeType.RESTART : p.merge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
    verticalAlign: VerticalAlignTable.CENTER,
    borders: onLine ? COVER_VALUE : undefined,
  });
}

/** The row's least height: the tallest `lines` of its cells, one handwriting line at least. */
function rowHeight(row: readonly Placed[], look: Look): number {
  const lines = Math.max(1, ...row.map((p) => (p.cell && 'value' in p.cell ? Math.min(40, Math.floor(p.cell.lines ?? 1) || 1) : 1)));
  return lines * (look.cover ? WRITE_LINE * 2 : WRITE_LINE);
}

function wordTable(placed: Placed[][], widths: number[], look: Look, headerRows = 0): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: look.cover ? NO_GRID : GRID,
    margins: MARGINS,
    rows: placed.map(
      (row, i) =>
        new TableRow({
          tableHeader: i < headerRows || undefined,
          cantSplit: true,
          height: { value: rowHeight(row, look), rule: HeightRule.ATLEAST },
          children: row.map((p) => wordCell(p, widths, look)),
        }),
    ),
  });
}

/** A field table (案件登记表, 当事人 table of the 协议书, …). */
export function fieldsTable(block: FieldsBlock, cover: boolean): Table {
  const columns = Math.max(1, Math.floor(block.columns) || 1);
  const look = { cover, size: cover ? SIZE.coverFields : SIZE.body };
  return wordTable(placeRows(block.rows, columns), columnWidths(columns, block.widths), look);
}

/** A table with a bold header row repeated on each page, padded with empty rows up to `minRows`. */
export function headerTable(block: HeaderTable): Table {
  const columns = Math.max(1, block.header.length, block.widths.length);
  const pad = Math.max(0, Math.min(500, (block.minRows ?? 0) - block.rows.length));
  const rows: (readonly Cell[])[] = [block.header.map((label) => ({ label })), ...block.rows, ...Array.from({ length: pad }, () => [])];
  return wordTable(placeRows(rows, columns), columnWidths(columns, block.widths), { cover: false, size: SIZE.body }, 1);
}
