// Reads an uploaded workbook into rows of form values, after the zip guard; every cell problem names its column.
import ExcelJS, { type Worksheet } from 'exceljs';
import { AppError } from '../../shared/errors';
import type { XlsxCellError } from '../../shared/schemas/xlsx';
import { columnLetter, readCell } from './cells';
import { headerProblem, matchHeaders } from './headers';
import { notXlsxMessage, tooManyDataRowsMessage, tooManyRowsMessage, xlsxLimits } from './limits';
import type { SheetColumn } from './sheet-spec';
import { guardXlsxZip } from './zip-guard';

/** Parts exceljs would expand cell by cell (a validation over A1:XFD1048576) and that import never needs. */
const IGNORED_NODES = ['dataValidations', 'mergeCells', 'conditionalFormatting', 'hyperlinks', 'drawing', 'picture', 'tableParts', 'extLst'];

export interface SheetRow {
  rowNumber: number;
  values: Record<string, string | null>;
  errors: XlsxCellError[];
}

export interface ReadSheet {
  rows: SheetRow[];
  /** Field → its column label in this file, e.g. 身份证号码（C列）. */
  labels: Record<string, string>;
}

function refuse(message: string): never {
  throw new AppError('VALIDATION_FAILED', message);
}

async function loadWorkbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  await guardXlsxZip(buffer);
  const workbook = new ExcelJS.Workbook();
  const options = { ignoreNodes: IGNORED_NODES, maxRows: xlsxLimits.maxSheetRows, maxCols: xlsxLimits.maxColumns };
  try {
    // exceljs's typings predate Node's generic Buffer.
    await workbook.xlsx.load(buffer as unknown as Parameters<typeof workbook.xlsx.load>[0], options);
  } catch (err) {
    const text = err instanceof Error ? err.message : '';
    if (text.includes('Max row count')) refuse(tooManyRowsMessage);
    if (text.includes('Max column count')) refuse(`工作表超过 ${xlsxLimits.maxColumns} 列的上限`);
    refuse(notXlsxMessage);
  }
  return workbook;
}

function pickSheet(workbook: ExcelJS.Workbook, title: string): Worksheet {
  const named = workbook.getWorksheet(title);
  if (named) return named;
  const visible = workbook.worksheets.filter((ws) => ws.state === 'visible');
  if (visible.length === 1 && visible[0]) return visible[0];
  return refuse(`工作簿中没有名为“${title}”的工作表，请使用下载的导入模板`);
}

function headerTexts(sheet: Worksheet): (string | null)[] {
  const texts: (string | null)[] = [];
  sheet.getRow(1).eachCell((cell, col) => {
    const read = readCell(cell.value, 'text');
    texts[col] = read.ok ? read.value : `#${columnLetter(col)}`;
  });
  return texts;
}

/** Reads the sheet named `title` (or the only visible one): header check, then every non-blank data row. */
export async function readSheet(buffer: Buffer, title: string, columns: readonly SheetColumn<unknown>[]): Promise<ReadSheet> {
  const workbook = await loadWorkbook(buffer);
  const sheet = pickSheet(workbook, title);
  const importable = columns.filter((c) => c.field);
  const match = matchHeaders(
    headerTexts(sheet),
    importable.map((c) => c.header),
    columns.filter((c) => !c.field).map((c) => c.header),
  );
  const problem = headerProblem(match);
  if (problem) refuse(problem);
  const date1904 = workbook.properties?.date1904 === true;
  const labels: Record<string, string> = {};
  const located = importable.map((c) => {
    const col = match.columns.get(c.header) ?? 0;
    labels[c.field ?? ''] = `${c.header}（${columnLetter(col)}列）`;
    return { c, col };
  });
  const rows: SheetRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const values: Record<string, string | null> = {};
    const errors: XlsxCellError[] = [];
    for (const { c, col } of located) {
      const cell = row.getCell(col);
      const read = readCell(cell.value, c.kind, { codes: c.codes ?? [], date1904 });
      const field = c.field ?? '';
      if (read.ok) values[field] = read.value;
      else {
        values[field] = null;
        errors.push({ column: labels[field] ?? c.header, message: `单元格 ${cell.address} ${read.message}` });
      }
    }
    if (errors.length === 0 && Object.values(values).every((v) => v === null)) return;
    rows.push({ rowNumber, values, errors });
  });
  if (rows.length > xlsxLimits.maxDataRows) refuse(tooManyDataRowsMessage);
  return { rows, labels };
}
