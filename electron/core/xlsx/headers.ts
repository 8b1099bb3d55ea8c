// Matching a sheet's header row against a sheet spec's Chinese headers; pure.

/** Header text as compared: no spaces, no required-field marks (* or （必填）). */
export function normalizeHeader(text: string): string {
  return text
    .replace(/\s+/g, '')
    .replace(/^\*+|\*+$/g, '')
    .replace(/[（(]必填[）)]$/, '');
}

export interface HeaderMatch {
  /** Header → 1-based column number in the file. */
  columns: Map<string, number>;
  missing: string[];
  unknown: string[];
  duplicate: string[];
}

/**
 * `cells` holds the header row's texts by 1-based column number (holes and blanks allowed).
 * `required` headers must all be there; `known` ones (export-only columns) are accepted and ignored.
 */
export function matchHeaders(cells: readonly (string | null | undefined)[], required: readonly string[], known: readonly string[] = []): HeaderMatch {
  const columns = new Map<string, number>();
  const unknown: string[] = [];
  const duplicate: string[] = [];
  cells.forEach((cell, col) => {
    const header = normalizeHeader(cell ?? '');
    if (!header) return;
    if (!required.includes(header) && !known.includes(header)) unknown.push(header);
    else if (columns.has(header)) duplicate.push(header);
    else columns.set(header, col);
  });
  const missing = required.filter((h) => !columns.has(h));
  return { columns, missing, unknown, duplicate };
}

/** One Chinese sentence describing what is wrong with the header row, or null when it matches. */
export function headerProblem(match: HeaderMatch): string | null {
  const parts: string[] = [];
  if (match.missing.length) parts.push(`缺少列：${match.missing.map((h) => `“${h}”`).join('、')}`);
  if (match.unknown.length) parts.push(`无法识别的列：${match.unknown.slice(0, 10).map((h) => `“${h.slice(0, 20)}”`).join('、')}`);
  if (match.duplicate.length) parts.push(`重复的列：${match.duplicate.map((h) => `“${h}”`).join('、')}`);
  return parts.length ? `第1行表头与导入模板不一致（${parts.join('；')}），请使用下载的导入模板填写` : null;
}
