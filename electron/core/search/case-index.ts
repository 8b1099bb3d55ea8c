// The case search index: one FTS5 trigram row per case (case_search) plus the characters of names (case_search_gram).
import type Database from 'better-sqlite3';
import type { Db } from '../db/open';
import { nameKeys, type NameKeys } from '../search-keys';
import { normalizeSearchText } from './normalize';
import { sqliteOf, statementsOf } from './statements';

export interface IndexSource {
  number: string;
  names: string[];
  codes: string[];
  facts: string;
}

const sqlOf = {
  caseRow: `SELECT "facts", "requests" FROM "mediation_case" WHERE "id" = ? AND "deleted_at" IS NULL`,
  number: `SELECT "number" FROM "dossier" WHERE "case_id" = ?`,
  parties: `SELECT "id", "name", "legal_representative" AS "rep", "id_number" AS "idNumber", "credit_code" AS "creditCode", "phone"
    FROM "case_party" WHERE "case_id" = ? ORDER BY "sort_order", "id"`,
  agents: `SELECT a."name", a."id_number" AS "idNumber", a."phone" FROM "case_agent" a
    JOIN "case_party" p ON p."id" = a."party_id" WHERE p."case_id" = ? ORDER BY a."id"`,
  deleteFts: `DELETE FROM "case_search" WHERE "rowid" = ?`,
  deleteGrams: `DELETE FROM "case_search_gram" WHERE "case_id" = ?`,
  insertFts: `INSERT INTO "case_search" ("rowid", "number", "names", "keys", "facts") VALUES (?, ?, ?, ?, ?)`,
  insertGram: `INSERT OR IGNORE INTO "case_search_gram" ("gram", "case_id") VALUES (?, ?)`,
};

const statements = statementsOf(sqlOf);

interface PartyRow {
  name: string;
  rep: string | null;
  idNumber: string | null;
  creditCode: string | null;
  phone: string | null;
}

function readSource(sqlite: Database.Database, caseId: number): IndexSource | null {
  const s = statements(sqlite);
  const row = s.caseRow.get(caseId) as { facts: string; requests: string | null } | undefined;
  if (row === undefined) return null;
  const number = (s.number.get(caseId) as { number: string } | undefined)?.number ?? '';
  const parties = s.parties.all(caseId) as PartyRow[];
  const agents = s.agents.all(caseId) as { name: string; idNumber: string | null; phone: string | null }[];
  const names = [...parties.flatMap((p) => [p.name, p.rep ?? '']), ...agents.map((a) => a.name)].filter((n) => n !== '');
  const codes = [
    ...parties.flatMap((p) => [p.idNumber, p.creditCode, p.phone]),
    ...agents.flatMap((a) => [a.idNumber, a.phone]),
  ].filter((c): c is string => c !== null && c !== '');
  const facts = [row.facts, row.requests ?? ''].filter((t) => t !== '').join('\n');
  return { number, names: [...new Set(names)], codes, facts };
}

/** The FTS columns of a case: names as written, keys = pinyin initials, full pinyin, ID numbers, codes, phones. */
export function ftsColumns(
  source: IndexSource,
  keysOf: (name: string) => NameKeys = nameKeys,
): { number: string; names: string; keys: string; facts: string } {
  const keys: string[] = [];
  for (const name of source.names) {
    const k = keysOf(name);
    keys.push(k.initials, k.pinyin);
  }
  // Codes without spaces or dashes, as the search box text is read (0931-8123456 → 09318123456).
  for (const code of source.codes) keys.push(normalizeSearchText(code).replace(/[\s-]+/g, '').toUpperCase());
  return {
    number: normalizeSearchText(source.number),
    // A trailing space after every name and key makes 2-character names and initials whole trigrams ("张伟 ").
    names: source.names.map((n) => `${normalizeSearchText(n)} `).join(''),
    keys: keys.filter((k) => k !== '').map((k) => `${k} `).join(''),
    facts: `${source.facts}\n`,
  };
}

/**
 * The characters of each name and of its pinyin initials (lower case), for 1-character searches; 2 characters
 * go through the trigram index (search-text.ts), so 2-grams would only cost space.
 */
export function nameGrams(names: readonly string[], keysOf: (name: string) => NameKeys = nameKeys): string[] {
  const grams = new Set<string>();
  const add = (word: string): void => {
    for (const c of word) grams.add(c);
  };
  for (const name of names) {
    add(normalizeSearchText(name).replace(/\s+/g, ''));
    add(keysOf(name).initials);
  }
  return [...grams];
}

/** Rewrites the case's search rows; removes them when the case is soft-deleted or gone. */
export function reindexCase(db: Db, caseId: number): void {
  const sqlite = sqliteOf(db);
  const s = statements(sqlite);
  s.deleteFts.run(caseId);
  s.deleteGrams.run(caseId);
  const source = readSource(sqlite, caseId);
  if (source === null) return;
  const cols = ftsColumns(source);
  s.insertFts.run(caseId, cols.number, cols.names, cols.keys, cols.facts);
  for (const gram of nameGrams(source.names)) s.insertGram.run(gram, caseId);
}
