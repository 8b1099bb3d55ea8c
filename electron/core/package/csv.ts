// CSV of the package (RFC 4180): UTF-8 with BOM so Excel opens it, CRLF, one header row of field keys, formula-injection guard.
/** Text cells starting with one of these are prefixed with ' so a spreadsheet shows them as text, never runs them. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** The cell's text: null empty, objects as JSON, booleans true/false, guarded text. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return FORMULA_START.test(value) ? `'${value}` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** A field as written: quoted (with "" for ") when it holds a comma, a quote or a line break. */
export function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const BOM = '\uFEFF';

/** The BOM and the header row of field keys. */
export function csvHeader(fields: readonly string[]): string {
  return `${BOM}${fields.map(csvField).join(',')}\r\n`;
}

/** One row per record in the order given, each ended by CRLF. */
export function csvRows(fields: readonly string[], records: readonly Record<string, unknown>[]): string {
  let out = '';
  for (const r of records) out += `${fields.map((f) => csvField(cellText(r[f]))).join(',')}\r\n`;
  return out;
}

/** The whole file: BOM, header row, one row per record in the order given, each row ended by CRLF. */
export function csvOf(fields: readonly string[], records: readonly Record<string, unknown>[]): Buffer {
  return Buffer.from(csvHeader(fields) + csvRows(fields, records), 'utf8');
}
