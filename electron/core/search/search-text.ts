// Turns the search box text into what the indexes take, word by word (all required): an FTS5 query, or a name gram for one character.
import type Database from 'better-sqlite3';
import { normalizeSearchText } from './normalize';

/**
 * One word of the search box. match: an FTS5 trigram query (3+ characters, or 2 characters expanded to the
 * indexed trigrams they begin); gram: one character, looked up in case_search_gram (names and pinyin initials only).
 */
export type SearchTerm =
  | { mode: 'match'; text: string; match: string; verify: string | null }
  | { mode: 'gram'; text: string; gram: string };

/** The search box text (normal form) and its words, every one of which a case must match (AND). */
export interface SearchText {
  text: string;
  terms: SearchTerm[];
}

/** Codes (ID numbers, phones, credit codes, pinyin) are typed with spaces or dashes at will: drop them. */
const CODE_LIKE = /^[0-9a-z\s-]+$/;
/** A long code is matched by its tail (rare trigrams) and verified whole: ID numbers all share their first digits. */
const CODE_TAIL = 8;
const MAX_EXPANSION = 400;

const ftsString = (text: string): string => `"${text.replace(/"/g, '""')}"`;

export function normalizeQuery(q: string): string {
  let text = normalizeSearchText(q);
  if (CODE_LIKE.test(text)) text = text.replace(/[\s-]+/g, '');
  // Control characters never help a match; quotes are doubled inside the FTS5 strings.
  return [...text].filter((c) => c >= ' ' && c !== '\u007f').join('');
}

const vocab = new WeakMap<Database.Database, Database.Statement>();

function vocabStatement(sqlite: Database.Database, fresh: boolean): Database.Statement {
  let stmt = fresh ? undefined : vocab.get(sqlite);
  if (stmt === undefined) {
    sqlite.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp."case_search_terms" USING fts5vocab(main, 'case_search', 'row')`);
    stmt = sqlite
      .prepare(`SELECT "term" FROM temp."case_search_terms" WHERE "term" >= ? AND "term" < ? LIMIT ${MAX_EXPANSION}`)
      .pluck();
    vocab.set(sqlite, stmt);
  }
  return stmt;
}

/** The indexed trigrams that begin with `prefix`, from a temp fts5vocab table over case_search (made per connection). */
function trigramsStartingWith(sqlite: Database.Database, prefix: string): string[] {
  const args = [prefix, `${prefix}\u{10ffff}`];
  try {
    return vocabStatement(sqlite, false).all(...args) as string[];
  } catch {
    // The temp table went with a rolled-back transaction: make it again.
    return vocabStatement(sqlite, true).all(...args) as string[];
  }
}

/**
 * 1–2 characters (the trigram MATCH alone finds nothing for them). Measured on 100k cases (bench/cases.bench.ts):
 * a LIKE scan of the facts costs a full table scan (tens of ms, growing with the district), so instead a
 * 2-character text is expanded, through the FTS5 vocabulary, into the trigrams that begin with it ("漏水" →
 * "漏水问" OR "漏水严" …) — indexed, and it covers names, pinyin keys, codes and facts alike. The index writes a
 * trailing space after every name and key so a 2-character name (张伟) or initials (zw) form a trigram. What
 * it misses: a 2-character word that ends a column with nothing after it. One character matches most facts, so
 * it searches names and pinyin initials only, through the gram index; so do two digits.
 */
function parseTerm(sqlite: Database.Database, text: string): SearchTerm {
  const chars = [...text];
  if (chars.length >= 3) {
    if (CODE_LIKE.test(text) && chars.length > CODE_TAIL) {
      return { mode: 'match', text, match: ftsString(text.slice(-CODE_TAIL)), verify: text };
    }
    return { mode: 'match', text, match: ftsString(text), verify: null };
  }
  // One character, or two digits (every phone and ID number holds them): names and initials only.
  if (chars.length === 1 || /^\d\d$/.test(text)) return { mode: 'gram', text, gram: text };
  const terms = trigramsStartingWith(sqlite, text);
  // No trigram begins with it: a match that finds nothing (the text itself as a phrase).
  return { mode: 'match', text, match: terms.length === 0 ? ftsString(text) : terms.map(ftsString).join(' OR '), verify: null };
}

/**
 * The search box text as words split on whitespace, all required (萧敏 赡养: the name and a word of the facts),
 * each read as above. Codes typed with spaces (110105 1949) were joined into one word by normalizeQuery.
 */
export function parseSearchText(sqlite: Database.Database, q: string): SearchText | null {
  const text = normalizeQuery(q);
  const words = [...new Set(text.split(' ').filter((w) => w !== ''))];
  if (words.length === 0) return null;
  return { text: words.join(' '), terms: words.map((w) => parseTerm(sqlite, w)) };
}
