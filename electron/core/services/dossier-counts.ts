// 三统一 (issue 4): for a period, cases entered = closed dossiers = cases in the period's report, and the cases that differ.
import { and, asc, between, eq, inArray, isNull, sql } from 'drizzle-orm';
import { dossier, mediationCase } from '../../../drizzle/schema';
import { mediatedStates } from '../../shared/case-codes';
import { periodRange } from '../../shared/rules/case-periods';
import type { ThreeCounts } from '../../shared/schemas/case';
import type { Db } from '../db/open';
import { caseTitlesOf } from './dossier-titles';

/** `+state` keeps SQLite on the concluded-date index (a date range is narrower than a state on a big office's data). */
export const stateNotIndexed = sql`+"mediation_case"."state"`;

/** Mediated cases concluded in [start, end], found through case_concluded_idx. */
export const concludedIn = (start: string, end: string) =>
  and(between(mediationCase.concludedOn, start, end), inArray(stateNotIndexed, [...mediatedStates]));

/** The cases a period's report counts: not deleted, mediated (成功/不成功/终止), concluded in [start, end]; by date then id. */
export function reportedCaseIds(db: Db, start: string, end: string): number[] {
  return db
    .select({ id: mediationCase.id })
    .from(mediationCase)
    .where(and(concludedIn(start, end), isNull(mediationCase.deletedAt)))
    .orderBy(asc(mediationCase.concludedOn), asc(mediationCase.id))
    .all()
    .map((r) => r.id);
}

type Difference = Omit<ThreeCounts['differences'][number], 'title'>;

export function threeCountsOf(db: Db, period: string): ThreeCounts {
  const { start, end } = periodRange(period);
  const rows = db
    .select({
      id: mediationCase.id,
      concludedOn: mediationCase.concludedOn,
      enteredAt: mediationCase.enteredAt,
      deletedAt: mediationCase.deletedAt,
      number: dossier.number,
      status: dossier.status,
    })
    .from(mediationCase)
    .leftJoin(dossier, eq(dossier.caseId, mediationCase.id))
    .where(concludedIn(start, end))
    .orderBy(asc(mediationCase.concludedOn), asc(mediationCase.id))
    .all();
  let [entered, dossiers, reported] = [0, 0, 0];
  const differences: Difference[] = [];
  const differ = (r: (typeof rows)[number], problem: string, message: string) =>
    differences.push({ caseId: r.id, number: r.number, problem, message });
  for (const r of rows) {
    if (r.deletedAt !== null) {
      if (r.status === 'closed') {
        dossiers += 1;
        differ(r, 'deletedWithDossier', '案件已删除但卷宗仍在：请核实后恢复案件或注销卷宗');
      }
      continue;
    }
    reported += 1;
    if (r.status === 'closed') dossiers += 1;
    else if (r.status === 'open') differ(r, 'dossierOpen', '卷宗未立卷');
    else differ(r, 'noDossier', '未建卷宗');
    // A late entry is still an entry: it is flagged (月度录入, 工作台) but cannot be undone, so it never
    // keeps the counts from agreeing.
    if (r.enteredAt !== null) entered += 1;
    else differ(r, 'notEntered', '已结案但未登记录入时间');
  }
  const titles = caseTitlesOf(db, [...new Set(differences.map((d) => d.caseId))]);
  return {
    period,
    start,
    end,
    entered,
    dossiers,
    reported,
    agree: entered === dossiers && dossiers === reported && differences.length === 0,
    differences: differences.map((d) => ({ ...d, title: titles.get(d.caseId) ?? '' })),
  };
}

