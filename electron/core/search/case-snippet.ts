// The 【】-marked snippet of each hit: FTS5 snippet() for trigram matches, a plain text window for 1–2 characters.
import type Database from 'better-sqlite3';
import { nameKeys } from '../search-keys';
import type { SearchText } from './search-text';
import { statementsOf } from './statements';

const statements = statementsOf({
  match: `SELECT "rowid" AS "id", snippet("case_search", -1, '【', '】', '…', 12) AS "snippet"
    FROM "case_search" WHERE "case_search" MATCH ? AND "rowid" IN (SELECT "value" FROM json_each(?))`,
  texts: `SELECT "rowid" AS "id", "names", "keys", "facts" FROM "case_search" WHERE "rowid" IN (SELECT "value" FROM json_each(?))`,
});

const WINDOW = 12;

/** The first place `needle` occurs in `text` (case-insensitive), marked, with some text either side. */
export function markWindow(text: string, needle: string): string | null {
  const at = text.toLowerCase().indexOf(needle.toLowerCase());
  if (at < 0 || needle === '') return null;
  const start = Math.max(0, at - WINDOW);
  const end = Math.min(text.length, at + needle.length + WINDOW);
  const before = `${start > 0 ? '…' : ''}${text.slice(start, at)}`;
  const after = `${text.slice(at + needle.length, end)}${end < text.length ? '…' : ''}`;
  return `${before}【${text.slice(at, at + needle.length)}】${after}`.replace(/\s+/g, ' ');
}

/** A pinyin search (zxl, zhang) hit a name's keys: show the name, not the index's pinyin text. */
export function pinyinNameHit(names: string, query: string): string | null {
  const q = query.toLowerCase();
  for (const name of names.split(' ')) {
    if (name === '') continue;
    const keys = nameKeys(name);
    if (keys.initials.includes(q) || keys.pinyin.includes(q)) return `【${name}】（拼音 ${q}）`;
  }
  return null;
}

const PINYIN = /^[a-z]+$/i;

/** Snippets by case id for the page's ids. */
export function snippetsOf(sqlite: Database.Database, search: SearchText, ids: readonly number[]): Map<number, string> {
  const s = statements(sqlite);
  const idList = JSON.stringify(ids);
  if (PINYIN.test(search.text)) {
    const out = new Map<number, string>();
    for (const r of s.texts.all(idList) as { id: number; names: string; facts: string }[]) {
      const hit = pinyinNameHit(r.names, search.text) ?? markWindow(r.facts, search.text);
      if (hit !== null) out.set(r.id, hit);
    }
    return out;
  }
  if (search.mode === 'match' && search.verify === null && [...search.text].length >= 3) {
    const rows = s.match.all(search.match, idList) as { id: number; snippet: string }[];
    return new Map(rows.map((r) => [r.id, r.snippet]));
  }
  const out = new Map<number, string>();
  for (const r of s.texts.all(idList) as { id: number; names: string; keys: string; facts: string }[]) {
    const hit = markWindow(r.names, search.text) ?? markWindow(r.facts, search.text) ?? markWindow(r.keys, search.text);
    if (hit !== null) out.set(r.id, hit);
  }
  return out;
}
