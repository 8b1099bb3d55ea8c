// Limits that keep a hostile or mistaken workbook from exhausting memory or time; checked before exceljs parses.
export const xlsxLimits = {
  /** Data rows per sheet: rows with at least one value (the header row not counted). */
  maxDataRows: 5000,
  /**
   * <row> elements per sheet, empty ones included: Excel writes a row for every cell that only carries a
   * format (an ID column set to text down to row 65536), so this is far above maxDataRows, yet it bounds
   * the object model exceljs builds (about 0.5 s and 170 MB at this cap; office PCs may have 4 GB).
   */
  maxSheetRows: 100_000,
  /** Columns per row that exceljs will parse. */
  maxColumns: 100,
  /** Entries in the zip's central directory. */
  maxEntries: 2000,
  /** Sum of the entries' uncompressed sizes. */
  maxUncompressedBytes: 100 * 1024 * 1024,
  /** Entries at least this big must not compress better than maxRatio : 1. */
  ratioCheckFromBytes: 1024 * 1024,
  maxRatio: 100,
} as const;

export const notXlsxMessage = '文件不是有效的 .xlsx 工作簿';
export const tooManyDataRowsMessage = `工作表超过 ${xlsxLimits.maxDataRows} 行数据的上限，请分成多个文件导入`;
export const tooManyRowsMessage = `工作表的行数超过 ${xlsxLimits.maxSheetRows} 行（含设置了格式的空行），已拒绝；请删除多余的空行后再导入`;
