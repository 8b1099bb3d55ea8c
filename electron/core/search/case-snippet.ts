// The 【】-marked snippet of each hit, per word of the search: a name, a party's code with its field, the 卷号, or the facts.
import type Database from 'better-sqlite3';
import { nameKeys } from '../search-keys';
import type { SearchText } from './search-text';
import { codeHit, hitSourcesOf, numberHit, type CodeHolder } from './snippet-hits';
import { statementsOf } from './statements';

const statements = statementsOf({
  texts: `SELECT "rowid" AS "id", "names", "facts" FROM "case_search" WHERE "rowid" IN (SELECT "value" FROM json_each(?))`,
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

const PINYIN = /^[a-z]+$/;
/** ID numbers, credit codes, phones: letters and digits with at least one digit. */
const CODE = /^(?=.*\d)[0-9a-z]+$/;

interface CaseTexts {
  names: string;
  facts: string;
  holders: readonly CodeHolder[];
  number: string | null;
}

/** Where one word of the search hit the case, shown as the user wrote the data (never the index's key text). */
function termHit(c: CaseTexts, term: string): string | null {
  const number = (): string | null => (c.number === null ? null : numberHit(c.number, term));
  if (PINYIN.test(term)) return pinyinNameHit(c.names, term) ?? markWindow(c.facts, term);
  if (CODE.test(term)) return codeHit(c.holders, term) ?? number() ?? markWindow(c.facts, term);
  return markWindow(c.names, term) ?? number() ?? markWindow(c.facts, term);
}

/** A party or agent as a viewer who sees ID numbers and phones masked may be shown hit: by the credit code only. */
const withoutPersonalCodes = (h: CodeHolder): CodeHolder => ({ ...h, idNumber: null, phone: null });

/**
 * Snippets by case id for the page's ids: one hit per word of the search, joined. `personalCodes` false: never
 * mark an ID number or phone (the search did not match them either).
 */
export function snippetsOf(
  sqlite: Database.Database,
  search: SearchText,
  ids: readonly number[],
  personalCodes = false,
): Map<number, string> {
  const sources = hitSourcesOf(sqlite, ids);
  const numbers = sources.numbers;
  const holders = personalCodes
    ? sources.holders
    : new Map([...sources.holders].map(([id, list]) => [id, list.map(withoutPersonalCodes)]));
  const out = new Map<number, string>();
  for (const r of statements(sqlite).texts.all(JSON.stringify(ids)) as { id: number; names: string; facts: string }[]) {
    const c = { names: r.names, facts: r.facts, holders: holders.get(r.id) ?? [], number: numbers.get(r.id) ?? null };
    const hits = [...new Set(search.terms.map((t) => termHit(c, t.text)?.trim() ?? null).filter((h): h is string => h !== null))];
    if (hits.length > 0) out.set(r.id, hits.join('；'));
  }
  return out;
}
