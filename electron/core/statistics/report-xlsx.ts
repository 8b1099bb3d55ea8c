// The report as a workbook laid out like the paper 人民调解工作统计表: merged group headers, Chinese titles, counts and %.
import ExcelJS, { type Borders, type Worksheet } from 'exceljs';
import type { Report, Share } from '../../shared/schemas/statistics';
import { dosStamp, repackZip } from './repack-zip';
import { reportTable } from './report-table';

export const REPORT_TITLE = '人民调解工作统计表';
const THIN: Partial<Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const CENTER = { vertical: 'middle', horizontal: 'center', wrapText: true } as const;
const severityLabels: Record<string, string> = { error: '严重', warning: '提醒', info: '提示' };

function officeLine(report: Report): string {
  const office = report.office ? `${report.office.name}（${report.office.code}）` : '全区汇总';
  return `填报单位：${office}    统计期间：${report.label}（${report.start}至${report.end}）`;
}

function boxed(sheet: Worksheet, fromRow: number, toRow: number, cols: number): void {
  for (let r = fromRow; r <= toRow; r += 1)
    for (let c = 1; c <= cols; c += 1) {
      const cell = sheet.getCell(r, c);
      cell.border = THIN;
      cell.alignment = CENTER;
    }
}

function heading(sheet: Worksheet, report: Report, cols: number, title: string): void {
  sheet.mergeCells(1, 1, 1, cols);
  sheet.getCell(1, 1).value = title;
  sheet.getCell(1, 1).font = { bold: true, size: 16 };
  sheet.getCell(1, 1).alignment = CENTER;
  sheet.mergeCells(2, 1, 2, cols);
  sheet.getCell(2, 1).value = officeLine(report);
  sheet.getRow(1).height = 30;
}

/** Sheet 1: row 3 the groups, row 4 the items, row 5 the units, row 6 the figures. */
function tableSheet(book: ExcelJS.Workbook, report: Report): void {
  const groups = reportTable(report.figures);
  const cols = groups.reduce((n, g) => n + g.items.reduce((m, i) => m + i.cells.length, 0), 0);
  const sheet = book.addWorksheet('统计表', { views: [{ state: 'frozen', ySplit: 5 }], pageSetup: { orientation: 'landscape', paperSize: 9 } });
  heading(sheet, report, cols, `《${REPORT_TITLE}》`);
  let col = 1;
  for (const g of groups) {
    const width = g.items.reduce((m, i) => m + i.cells.length, 0);
    if (width === 0) continue;
    if (width > 1) sheet.mergeCells(3, col, 3, col + width - 1);
    sheet.getCell(3, col).value = g.title;
    for (const item of g.items) {
      if (item.cells.length > 1) sheet.mergeCells(4, col, 4, col + item.cells.length - 1);
      sheet.getCell(4, col).value = item.title;
      for (const cell of item.cells) {
        sheet.getCell(5, col).value = cell.unit;
        sheet.getCell(6, col).value = cell.value;
        sheet.getCell(6, col).numFmt = cell.unit === '%' ? '0.0' : cell.unit === '万元' ? '0.00' : '0';
        sheet.getColumn(col).width = 9;
        col += 1;
      }
    }
  }
  for (const r of [3, 4, 5]) sheet.getRow(r).font = { bold: true };
  sheet.getRow(4).height = 48;
  boxed(sheet, 3, 6, cols);
}

function sharesTable(sheet: Worksheet, at: number, title: string, shares: readonly Share[], whole: number): number {
  sheet.getRow(at).values = [title, '件数', '占比（%）'];
  shares.forEach((s, i) => (sheet.getRow(at + 1 + i).values = [s.label, s.count, s.percent]));
  const total = at + 1 + shares.length;
  sheet.getRow(total).values = ['合计', whole, whole === 0 ? null : 100];
  sheet.getRow(at).font = { bold: true };
  boxed(sheet, at, total, 3);
  for (let r = at + 1; r <= total; r += 1) sheet.getCell(r, 3).numFmt = '0.0';
  return total;
}

/** Sheet 2: the 15 categories and the sources, over the mediated cases. */
function sharesSheet(book: ExcelJS.Workbook, report: Report): void {
  const sheet = book.addWorksheet('纠纷类型与来源');
  heading(sheet, report, 3, '调解纠纷类型及来源');
  sheet.columns = [{ width: 28 }, { width: 12 }, { width: 12 }];
  const mediated = report.figures.cases.mediated;
  const end = sharesTable(sheet, 3, '纠纷类型', report.figures.categories, mediated);
  sharesTable(sheet, end + 2, '纠纷来源', report.figures.sources, mediated);
}

/** Sheet 3: the rule checks (工作提醒) and their hits. */
function checksSheet(book: ExcelJS.Workbook, report: Report): void {
  const sheet = book.addWorksheet('工作提醒');
  heading(sheet, report, 4, '工作提醒核查结果');
  sheet.columns = [{ width: 8 }, { width: 36 }, { width: 12 }, { width: 10 }];
  sheet.getRow(3).values = ['序号', '检查项目', '问题数', '级别'];
  report.checks.forEach((c, i) => (sheet.getRow(4 + i).values = [i + 1, c.title, c.count, severityLabels[c.severity] ?? c.severity]));
  sheet.getRow(3).font = { bold: true };
  boxed(sheet, 3, 3 + report.checks.length, 4);
}

/** The workbook's bytes: the same report gives the same bytes (dates from generatedAt, zip entries stamped with it). */
export async function reportXlsx(report: Report): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const at = new Date(report.generatedAt);
  book.creator = '司法所台账';
  book.lastModifiedBy = '司法所台账';
  book.created = at;
  book.modified = at;
  book.calcProperties.fullCalcOnLoad = false;
  tableSheet(book, report);
  sharesSheet(book, report);
  checksSheet(book, report);
  const raw = Buffer.from(await book.xlsx.writeBuffer());
  return repackZip(raw, dosStamp(report.generatedAt));
}
