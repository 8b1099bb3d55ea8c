// case.list: the case register's page — filters, sort with a stable id tiebreak, server paging and one search box.
import type Database from 'better-sqlite3';
import type { ParsedInput } from '../../shared/contract';
import type { Db } from '../db/open';
import { caseQuerySql } from '../search/case-query';
import { snippetsOf } from '../search/case-snippet';
import { entryDeadlineDay } from '../search/entry-rule';
import { parseSearchText } from '../search/search-text';
import { sqliteOf } from '../search/statements';
import type { CaseRow } from '../../shared/schemas/case';
import { caseRowsOfSqlite, toCaseRow, type CaseJoin } from './case-rows';
import type { HandlerGroup } from './context';

/** Prepared statements by SQL text per connection: each filter combination is prepared once. */
const prepared = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function statement(sqlite: Database.Database, text: string): Database.Statement {
  let cache = prepared.get(sqlite);
  if (cache === undefined) prepared.set(sqlite, (cache = new Map()));
  let stmt = cache.get(text);
  if (stmt === undefined) {
    if (cache.size > 200) cache.clear();
    stmt = sqlite.prepare(text);
    cache.set(text, stmt);
  }
  return stmt;
}

/** The category filter and its local sub-types (dispute_category.parent_code). */
function categoryCodesOf(sqlite: Database.Database, category: string | undefined): string[] {
  if (category === undefined) return [];
  return statement(sqlite, `SELECT "code" FROM "dispute_category" WHERE "code" = ? OR "parent_code" = ?`)
    .pluck()
    .all(category, category) as string[];
}

/**
 * Every case id the list shows for these filters and search, in the list's order (the .xlsx export).
 * `personalCodes`: the viewer sees ID numbers and phones (call.viewer.seesSensitive), so the search may match them.
 */
export function allCaseIds(db: Db, input: ParsedInput<'case.list'>, personalCodes = false): number[] {
  const sqlite = sqliteOf(db);
  const search = parseSearchText(sqlite, input.q);
  const query = caseQuerySql(input, entryDeadlineDay(db), search, categoryCodesOf(sqlite, input.category), personalCodes);
  return statement(sqlite, query.all).pluck().all(...query.params) as number[];
}

export const caseListHandlers: HandlerGroup<'case.list'> = {
  'case.list': (input, { db, viewer }) => {
    const sqlite = sqliteOf(db);
    const search = parseSearchText(sqlite, input.q);
    const entryDay = entryDeadlineDay(db);
    // A viewer who sees ID numbers and phones masked must not find cases by them (an oracle for the masked value).
    const personalCodes = viewer.seesSensitive;
    const query = caseQuerySql(input, entryDay, search, categoryCodesOf(sqlite, input.category), personalCodes);
    const offset = (input.page - 1) * input.pageSize;
    let total: number;
    let rows: CaseRow[];
    if (search === null) {
      // Plain filters: an index count and one index-ordered statement for the page's rows.
      total = (statement(sqlite, query.count).get(...query.params) as { n: number }).n;
      const found = offset >= total ? [] : (statement(sqlite, query.page).all(...query.params, input.pageSize, offset) as CaseJoin[]);
      rows = found.map((c) => toCaseRow(c, entryDay));
    } else {
      // A search: one pass over the hits, in order, gives both the page and the total.
      const all = statement(sqlite, query.all).pluck().all(...query.params) as number[];
      total = all.length;
      const ids = all.slice(offset, offset + input.pageSize);
      rows = caseRowsOfSqlite(sqlite, ids, entryDay);
      const snippets = rows.length > 0 ? snippetsOf(sqlite, search, ids, personalCodes) : new Map<number, string>();
      for (const row of rows) row.snippet = snippets.get(row.id) ?? null;
    }
    return { items: rows, total, page: input.page, pageSize: input.pageSize };
  },
};
