// Search keys for Chinese names: pinyin initials and full pinyin (surnames read as surnames: 单 → shan).
import { or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { toHalfWidth } from '../shared/validators/text';
import { pinyin } from 'pinyin-pro';

export interface NameKeys {
  initials: string;
  pinyin: string;
}

export function nameKeys(name: string): NameKeys {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'consecutive', v: true });
  const words = syllables.flatMap((s) => s.toLowerCase().split(/[^a-z0-9]+/)).filter((s) => s !== '');
  return { initials: words.map((w) => w[0]).join(''), pinyin: words.join('') };
}

/** A LIKE pattern that matches `text` literally (with ESCAPE '\'). */
export function likeContains(text: string): string {
  return `%${escapeLike(text)}%`;
}

export function likePrefix(text: string): string {
  return `${escapeLike(text)}%`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `column LIKE pattern` with backslash as the escape character (drizzle's like() has no ESCAPE). */
export function likeEscaped(column: AnyColumn, pattern: string): SQL {
  return sql`${column} LIKE ${pattern} ESCAPE '\\'`;
}

/**
 * The columns holding a person's ID number or phone that a list search may match: none for a viewer who sees
 * them masked (a search would be an oracle: digits probed one by one recover the masked value).
 */
export function personalColumns(viewer: { seesSensitive: boolean }, ...columns: AnyColumn[]): AnyColumn[] {
  return viewer.seesSensitive ? columns : [];
}

/** Search by a name (contains), its pinyin initials or full pinyin (prefix), and any further columns (contains, upper-cased). */
export function nameSearch(
  q: string,
  name: { name: AnyColumn; initials: AnyColumn; pinyin: AnyColumn },
  ...codeColumns: AnyColumn[]
): SQL | undefined {
  if (q === '') return undefined;
  // Pinyin keys and codes have no spaces: 'zhang san' finds 张三, '110105 1949' finds the ID number.
  const compact = toHalfWidth(q).replace(/\s+/g, '');
  const lower = compact.toLowerCase();
  return or(
    likeEscaped(name.name, likeContains(q)),
    likeEscaped(name.initials, likePrefix(lower)),
    likeEscaped(name.pinyin, likePrefix(lower)),
    ...codeColumns.map((column) => likeEscaped(column, likeContains(compact.toUpperCase()))),
  );
}
