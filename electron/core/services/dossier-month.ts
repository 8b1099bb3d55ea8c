// 月度录入 view (case.month): every case concluded in the month with its entry deadline, how many were late, and 三统一.
import { inArray } from 'drizzle-orm';
import { mediationCase } from '../../../drizzle/schema';
import { caseEntryOf } from '../../shared/rules/case-dates';
import { periodRange } from '../../shared/rules/case-periods';
import { entryDeadline } from '../../shared/rules/entry-deadline';
import type { CaseMonth } from '../../shared/schemas/case';
import type { Db } from '../db/open';
import { caseRowsOf } from './case-rows';
import { reportedCaseIds, threeCountsOf } from './dossier-counts';
import { enteredOnOf } from './dossier-facts';
import { readCaseSettings } from './setting';

export function caseMonthOf(db: Db, month: string): CaseMonth {
  const { start, end } = periodRange(month);
  const day = readCaseSettings(db).entryDeadlineDay;
  const ids = reportedCaseIds(db, start, end);
  const facts = new Map(
    (ids.length === 0
      ? []
      : db
          .select({ id: mediationCase.id, state: mediationCase.state, concludedOn: mediationCase.concludedOn, enteredAt: mediationCase.enteredAt })
          .from(mediationCase)
          .where(inArray(mediationCase.id, ids))
          .all()
    ).map((r) => [r.id, r]),
  );
  const rows = caseRowsOf(db, ids).map((row) => {
    const f = facts.get(row.id)!;
    const entry = caseEntryOf({ state: f.state, concludedOn: f.concludedOn, enteredOn: enteredOnOf(f.enteredAt) }, day)!;
    return { ...row, entry };
  });
  return {
    month,
    deadline: entryDeadline(start, day),
    rows,
    late: rows.filter((r) => r.entry.late).length,
    counts: threeCountsOf(db, month),
  };
}
