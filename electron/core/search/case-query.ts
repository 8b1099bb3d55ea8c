// SQL of the case list: filters, sort with an id tiebreak, and the search text (FTS5 trigram, name grams, facts).
import type { ParsedInput } from '../../shared/contract';
import { ENTRY_LATE_SQL } from './entry-rule';
import { likeContains } from '../search-keys';
import { CASE_ROW_SELECT } from '../services/case-rows';
import type { SearchTerm, SearchText } from './search-text';

export type CaseListQuery = ParsedInput<'case.list'>;

export interface CaseQuerySql {
  /** SELECT of the page's rows, CASE_ROW_SELECT columns (then LIMIT ? OFFSET ?). */
  page: string;
  /** SELECT of every matching id in order (searches: one pass gives the page and the total). */
  all: string;
  count: string;
  params: unknown[];
  search: SearchText | null;
}

const sortSql = {
  receivedOn: (dir: string) => `c."received_on" ${dir}, c."id" ${dir}`,
  concludedOn: (dir: string) => `c."concluded_on" ${dir} NULLS LAST, c."id" ${dir}`,
  number: (dir: string) => `d."number" ${dir} NULLS LAST, c."id" ${dir}`,
  updatedAt: (dir: string) => `c."updated_at" ${dir}, c."id" ${dir}`,
} as const;

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * WHERE terms of the filters (always excluding soft-deleted cases) and their parameters. `categoryCodes`: the
 * category filter with its local sub-types, read beforehand (a literal IN list lets the category index serve
 * it; an IN subquery makes the planner scan every case).
 */
function filterTerms(input: CaseListQuery, entryDay: number, categoryCodes: readonly string[]): { terms: string[]; params: unknown[] } {
  const terms = ['c."deleted_at" IS NULL'];
  const params: unknown[] = [];
  const add = (term: string, ...values: unknown[]): void => {
    terms.push(term);
    params.push(...values);
  };
  if (input.committeeId !== undefined) add('c."committee_id" = ?', input.committeeId);
  if (input.state !== undefined) add('c."state" = ?', input.state);
  if (input.category !== undefined) {
    const codes = categoryCodes.length > 0 ? categoryCodes : [input.category];
    add(`c."category" IN (${codes.map(() => '?').join(', ')})`, ...codes);
  }
  if (input.source !== undefined) add('c."source" = ?', input.source);
  if (input.year !== undefined) add('c."received_on" >= ? AND c."received_on" < ?', `${input.year}-01-01`, `${input.year + 1}-01-01`);
  if (input.concludedMonth !== undefined) {
    add('c."concluded_on" >= ? AND c."concluded_on" < ?', `${input.concludedMonth}-01`, `${nextMonth(input.concludedMonth)}-01`);
  }
  if (input.dossierStatus === 'none') add('d."id" IS NULL');
  else if (input.dossierStatus !== undefined) add('d."status" = ?', input.dossierStatus);
  if (input.entryLate !== undefined) add(`${ENTRY_LATE_SQL} = ?`, entryDay, input.entryLate ? 1 : 0);
  return { terms, params };
}

/** One word's term: FTS5 MATCH (with a LIKE check of the whole text for a long code), or the name-gram index. */
function searchTerm(search: SearchTerm, personalCodes: boolean): { term: string; params: unknown[] } {
  if (search.mode === 'gram') {
    return { term: `c."id" IN (SELECT "case_id" FROM "case_search_gram" WHERE "gram" = ?)`, params: [search.gram] };
  }
  if (!personalCodes && DIGIT.test(search.text)) return maskedCodeTerm(search);
  if (search.verify === null) {
    return { term: `c."id" IN (SELECT "rowid" FROM "case_search" WHERE "case_search" MATCH ?)`, params: [search.match] };
  }
  const like = likeContains(search.verify);
  return {
    term: `c."id" IN (SELECT "rowid" FROM "case_search" WHERE "case_search" MATCH ?
      AND ("keys" LIKE ? ESCAPE '\\' OR "number" LIKE ? ESCAPE '\\' OR "names" LIKE ? ESCAPE '\\' OR "facts" LIKE ? ESCAPE '\\'))`,
    params: [search.match, like, like, like, like],
  };
}

const DIGIT = /\d/;

/**
 * A word with a digit, for a viewer who sees ID numbers and phones masked: the keys column holds every
 * party's and agent's ID number and phone, so matching it would let digits probed one by one recover a masked
 * value. Such a word matches the 卷号, names and facts, and an organisation's credit code (public, not
 * personal) checked on the party row. Words without a digit cannot hit an ID number or phone (at most one
 * letter, the final X): they keep the keys column for pinyin.
 */
function maskedCodeTerm(search: Extract<SearchTerm, { mode: 'match' }>): { term: string; params: unknown[] } {
  const like = likeContains(search.verify ?? search.text);
  const verify = search.verify === null ? '' : `AND ("number" LIKE ? ESCAPE '\\' OR "names" LIKE ? ESCAPE '\\' OR "facts" LIKE ? ESCAPE '\\')`;
  return {
    term: `(c."id" IN (SELECT "rowid" FROM "case_search" WHERE "case_search" MATCH ? ${verify})
      OR c."id" IN (SELECT p."case_id" FROM "case_party" p WHERE p."case_id" IN
        (SELECT "rowid" FROM "case_search" WHERE "case_search" MATCH ?) AND p."credit_code" LIKE ? ESCAPE '\\'))`,
    params: [
      `{number names facts} : (${search.match})`,
      ...(search.verify === null ? [] : [like, like, like]),
      `{keys} : (${search.match})`,
      like,
    ],
  };
}

/**
 * The list's SQL. `personalCodes`: whether the search may match the ID numbers and phones of parties and
 * agents (viewers who see them in full); otherwise see maskedCodeTerm.
 */
export function caseQuerySql(
  input: CaseListQuery,
  entryDay: number,
  search: SearchText | null,
  categoryCodes: readonly string[] = [],
  personalCodes = false,
): CaseQuerySql {
  const { terms, params } = filterTerms(input, entryDay, categoryCodes);
  // Every word of the search is required: one term per word, ANDed with the filters.
  for (const word of search?.terms ?? []) {
    const s = searchTerm(word, personalCodes);
    terms.push(s.term);
    params.push(...s.params);
  }
  const needsDossier = input.dossierStatus !== undefined || input.sort === 'number';
  // Filtering on an existing dossier's status: an inner join lets the planner start from dossier_status_idx.
  const join = input.dossierStatus === 'open' || input.dossierStatus === 'closed' ? 'JOIN' : 'LEFT JOIN';
  const from = `FROM "mediation_case" c${needsDossier ? ` ${join} "dossier" d ON d."case_id" = c."id"` : ''}`;
  const where = `WHERE ${terms.join(' AND ')}`;
  const order = sortSql[input.sort](input.order === 'desc' ? 'DESC' : 'ASC');
  // With no filter but the year, count through the partial index of live cases: left alone the planner scans
  // the table for no filter (15 ms on 100k cases) and, misled by STAT4 for some years, skip-scans the
  // committee/state index (35 ms) where the partial index takes under 1 ms. Any other filter has a better
  // index of its own (forcing this one there walks the whole index: 100+ ms), so the planner chooses.
  const { page: _page, pageSize: _size, q: _q, sort: _sort, order: _order, year: _year, ...others } = input;
  const livePartial = Object.values(others).every((v) => v === undefined) && !needsDossier;
  const countFrom = livePartial ? `FROM "mediation_case" c INDEXED BY "case_live_received_idx"` : from;
  // The page's ids first, then their rows: OFFSET skips index entries, not the joined and grouped row columns.
  const pageIds = `SELECT c."id" ${from} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`;
  return {
    page: `${CASE_ROW_SELECT} WHERE c."id" IN (${pageIds}) ORDER BY ${order}`,
    all: `SELECT c."id" ${from} ${where} ORDER BY ${order}`,
    count: `SELECT count(*) AS "n" ${countFrom} ${where}`,
    params,
    search,
  };
}
