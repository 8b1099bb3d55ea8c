// Writes one list as a workbook: Chinese headers with notes, every cell as text, drop-down lists for code columns.
import ExcelJS, { type DataValidation, type Worksheet } from 'exceljs';
import { labelOf } from '../../shared/codes';
import { maskIdNumber, maskPhone } from '../../shared/mask';
import { xlsxLimits } from './limits';
import { columnLetter } from './cells';
import type { SheetColumn } from './sheet-spec';

const CODE_SHEET = '代码表';

type Column = SheetColumn<unknown>;

/** The personal data a column holds (masked in a readonly viewer's export): declared, else read from the header. */
export function personalKind(column: Column): 'idNumber' | 'phone' | null {
  if (column.personal !== undefined) return column.personal === false ? null : column.personal;
  if (column.header.includes('身份证')) return 'idNumber';
  if (/电话|手机/.test(column.header)) return 'phone';
  return null;
}

/** The exported text of one column of one row: codes as their Chinese labels; ID numbers and phones masked when `mask`. */
export function exportCell(column: Column, row: unknown, mask = false): string | number | null {
  const value = column.value(row);
  if (value === null || value === '') return null;
  if (typeof value === 'number') return column.kind === 'money' ? value : String(value);
  const kind = mask ? personalKind(column) : null;
  if (kind !== null) return kind === 'idNumber' ? maskIdNumber(value) : maskPhone(value);
  return column.kind === 'code' && column.codes ? labelOf(column.codes, value) : value;
}

function headerNote(column: Column): string {
  const parts = [column.hint ?? (column.field ? '选填' : '导出时生成，导入时不读取')];
  if (column.kind === 'code' && column.codes && column.field) parts.push('请从下拉列表中选择');
  if (column.kind === 'date') parts.push('日期按 2026-01-31 的格式以文本填写');
  return parts.join('；');
}

/** Drop-down lists: each code column's labels live in a hidden sheet (inline lists are capped at 255 characters). */
function addDropDowns(workbook: ExcelJS.Workbook, sheet: Worksheet, columns: readonly Column[]): void {
  const coded = columns.map((c, i) => ({ c, col: i + 1 })).filter(({ c }) => c.kind === 'code' && c.codes && c.field);
  if (coded.length === 0) return;
  const codeSheet = workbook.addWorksheet(CODE_SHEET, { state: 'hidden' });
  const validations = (sheet as unknown as { dataValidations: { add(range: string, v: DataValidation): void } }).dataValidations;
  coded.forEach(({ c, col }, i) => {
    const labels = (c.codes ?? []).map((item) => item.label);
    const listCol = columnLetter(i + 1);
    codeSheet.getCell(`${listCol}1`).value = c.header;
    labels.forEach((label, k) => (codeSheet.getCell(`${listCol}${k + 2}`).value = label));
    const letter = columnLetter(col);
    validations.add(`${letter}2:${letter}${xlsxLimits.maxDataRows + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`'${CODE_SHEET}'!$${listCol}$2:$${listCol}$${labels.length + 1}`],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: c.header,
      error: `请从下拉列表中选择${c.header}`,
    });
  });
}

/** A workbook with one sheet named `title`: the header row, then `rows` (already as cell texts). */
export async function writeWorkbook(title: string, columns: readonly Column[], rows: readonly (string | number | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '司法所台账';
  const sheet = workbook.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, style: { numFmt: '@' } }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center' };
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.field ? 'FFE6F0FF' : 'FFF0F0F0' } };
    cell.note = headerNote(c);
  });
  for (const values of rows) {
    const row = sheet.addRow(values.map((v) => v ?? null));
    // Every cell is text ('@'), so Excel never turns an ID number into 1.1E+17 or a code into a number; money is a number.
    columns.forEach((c, i) => (row.getCell(i + 1).numFmt = c.kind === 'money' ? '0.00' : '@'));
  }
  addDropDowns(workbook, sheet, columns);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
