// Search keys for Chinese names: pinyin initials and full pinyin (surnames read as surnames: 单 → shan).
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
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
