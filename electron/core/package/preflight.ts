// What an export of a period would hold and what keeps it from being exported: 三统一, incomplete dossiers, late entries (warned only).
import { asc, eq, inArray } from 'drizzle-orm';
import { dossier, mediationCase } from '../../../drizzle/schema';
import { packageEntities, packageEntityNames } from '../../shared/package/records';
import { caseEntryOf } from '../../shared/rules/case-dates';
import { periodRange } from '../../shared/rules/case-periods';
import { missingLine } from '../../shared/rules/dossier-completeness';
import type { PackagePreflight } from '../../shared/schemas/package';
import type { Db } from '../db/open';
import { enteredOnOf } from '../services/dossier-facts';
import { reportedCaseIds, threeCountsOf } from '../services/dossier-counts';
import { caseTitlesOf } from '../services/dossier-titles';
import { completenessOfCase } from '../services/dossier-view';
import { readCaseSettings } from '../services/setting';
import { dossierPdfCases } from './dossier-pdfs';
import { periodLoaders } from './sources';

type Issue = PackagePreflight['incomplete'][number];

/** The reported cases with their dossier rows (null when none), by conclusion date then id. */
function reportedRows(db: Db, period: string) {
  const { start, end } = periodRange(period);
  const ids = reportedCaseIds(db, start, end);
  const rows: { c: typeof mediationCase.$inferSelect; d: typeof dossier.$inferSelect | null }[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    rows.push(
      ...db.select({ c: mediationCase, d: dossier }).from(mediationCase).leftJoin(dossier, eq(dossier.caseId, mediationCase.id)).where(inArray(mediationCase.id, chunk)).orderBy(asc(mediationCase.id)).all(),
    );
  }
  const order = new Map(ids.map((id, k) => [id, k]));
  return rows.sort((a, b) => order.get(a.c.id)! - order.get(b.c.id)!);
}

export function preflightOf(db: Db, period: string): PackagePreflight {
  const counts3 = threeCountsOf(db, period);
  const rows = reportedRows(db, period);
  const titles = caseTitlesOf(db, rows.map((r) => r.c.id));
  const issue = (r: (typeof rows)[number], message: string): Issue => ({ caseId: r.c.id, title: titles.get(r.c.id) ?? '', number: r.d?.number ?? null, message });
  const incomplete: Issue[] = [];
  const late: Issue[] = [];
  const day = readCaseSettings(db).entryDeadlineDay;
  for (const r of rows) {
    // A case without a dossier is already one of 三统一's differences (未建卷宗); what a dossier lacks is named here.
    if (r.d !== null) {
      const completeness = completenessOfCase(db, r.c, r.d);
      if (!completeness.complete) incomplete.push(issue(r, `卷宗${r.d.number}${r.d.status === 'closed' ? '' : '（未立卷）'}：${missingLine(completeness.missing)}`));
    }
    const entry = caseEntryOf({ state: r.c.state, concludedOn: r.c.concludedOn, enteredOn: enteredOnOf(r.c.enteredAt) }, day);
    if (entry?.late) late.push(issue(r, `${r.c.concludedOn}结案，${entry.enteredOn}录入，晚于月度录入截止日${entry.deadline}（逾期录入）`));
  }
  // One entity at a time: a year of a big office is not held whole just to be counted.
  const load = periodLoaders(db, period);
  const counts = Object.fromEntries(packageEntityNames.map((e) => [packageEntities[e].stem, load[e]().length]));
  return {
    period,
    label: periodRange(period).label,
    threeCounts: counts3,
    incomplete,
    late,
    ready: counts3.agree && incomplete.length === 0,
    counts,
    dossierPdfs: dossierPdfCases(db, period).length,
  };
}
