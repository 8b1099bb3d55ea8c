// Limits that keep a hostile or mistaken workbook from exhausting memory or time; checked before exceljs parses.
export const xlsxLimits = {
  /** Data rows per sheet (the header row not counted). */
  maxDataRows: 5000,
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
