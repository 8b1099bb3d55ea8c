// The case list's rows (CaseRow): one SELECT of the case with committee, category label, dossier and party names.
import type Database from 'better-sqlite3';
import type { Db } from '../db/open';
import type { CaseRow } from '../../shared/schemas/case';
import { caseTitle } from '../../shared/rules/case-title';
import { entryDeadlineDay, isEntryLate } from '../search/entry-rule';
import { sqliteOf, statementsOf } from '../search/statements';

/** Separates parties, and the fields of one party, inside the `parties` column (names never hold them). */
const SEP = '\u001f';
const FIELD = '\u001e';
// One correlated lookup per case for all its parties (role, order, name); sorted by sort_order, id in JS.
const PARTIES = `(SELECT group_concat(p."sort_order" || '${FIELD}' || p."id" || '${FIELD}' || p."role" || '${FIELD}' || p."name", '${SEP}')
    FROM "case_party" p WHERE p."case_id" = c."id") AS "parties"`;

interface PartyName {
  order: number;
  id: number;
  role: string;
  name: string;
}

function partiesOf(column: string | null): { applicants: string[]; respondents: string[] } {
  const list: PartyName[] = (column === null ? [] : column.split(SEP)).map((entry) => {
    const [order, id, role, ...name] = entry.split(FIELD);
    return { order: Number(order), id: Number(id), role: role ?? '', name: name.join(FIELD) };
  });
  list.sort((a, b) => a.order - b.order || a.id - b.id);
  const names = (role: string) => list.filter((p) => p.role === role).map((p) => p.name);
  return { applicants: names('applicant'), respondents: names('respondent') };
}

/** The row's columns and joins over alias `c` (LEFT JOINs keep the case as the outer loop, in index order). */
export const CASE_ROW_SELECT = `SELECT c."id", c."committee_id" AS "committeeId", cm."name" AS "committeeName", c."source", c."category",
      coalesce(dc."label", c."category") AS "categoryLabel", c."received_on" AS "receivedOn", c."state",
      c."concluded_on" AS "concludedOn", c."entered_at" AS "enteredAt", c."amount_fen" AS "amountFen",
      c."updated_at" AS "updatedAt", d."number", d."status" AS "dossierStatus", ${PARTIES}
    FROM "mediation_case" c
    LEFT JOIN "committee" cm ON cm."id" = c."committee_id"
    LEFT JOIN "dispute_category" dc ON dc."code" = c."category"
    LEFT JOIN "dossier" d ON d."case_id" = c."id"`;

const statements = statementsOf({ byIds: `${CASE_ROW_SELECT} WHERE c."id" IN (SELECT "value" FROM json_each(?))` });

export interface CaseJoin {
  id: number;
  committeeId: number;
  committeeName: string;
  source: string;
  category: string;
  categoryLabel: string;
  receivedOn: string;
  state: CaseRow['state'];
  concludedOn: string | null;
  enteredAt: string | null;
  amountFen: number | null;
  updatedAt: string;
  number: string | null;
  dossierStatus: 'open' | 'closed' | null;
  parties: string | null;
}

/** A CASE_ROW_SELECT row as a CaseRow (`entryDay`: the setting entryDeadlineDay). */
export function toCaseRow(c: CaseJoin, entryDay: number): CaseRow {
  const { applicants, respondents } = partiesOf(c.parties);
  return {
    id: c.id,
    title: caseTitle(applicants, respondents, c.categoryLabel),
    number: c.number,
    committeeId: c.committeeId,
    committeeName: c.committeeName,
    source: c.source,
    category: c.category,
    receivedOn: c.receivedOn,
    state: c.state,
    concludedOn: c.concludedOn,
    applicants: applicants.join('、'),
    respondents: respondents.join('、'),
    amountFen: c.amountFen,
    dossierStatus: c.dossierStatus ?? 'none',
    entryLate: isEntryLate(c.concludedOn, c.enteredAt, entryDay),
    snippet: null,
    updatedAt: c.updatedAt,
  };
}

export function caseRowsOfSqlite(sqlite: Database.Database, ids: readonly number[], entryDay: number): CaseRow[] {
  if (ids.length === 0) return [];
  const cases = new Map((statements(sqlite).byIds.all(JSON.stringify(ids)) as CaseJoin[]).map((c) => [c.id, c]));
  return ids.flatMap((id) => {
    const c = cases.get(id);
    return c === undefined ? [] : [toCaseRow(c, entryDay)];
  });
}

/** Rows for `ids` in that order (ids of missing cases are skipped); `snippet` is null. */
export function caseRowsOf(db: Db, ids: readonly number[]): CaseRow[] {
  const sqlite = sqliteOf(db);
  return caseRowsOfSqlite(sqlite, ids, entryDeadlineDay(db));
}
