// The dossier part of a case's detail (case.get): the dossier, its completeness, the dates that matter, the entry rule, the lock.
import { eq } from 'drizzle-orm';
import { dossier as dossierTable, type DossierRow, type MediationCaseRow } from '../../../drizzle/schema';
import { caseDates, caseEntryOf } from '../../shared/rules/case-dates';
import { dossierCompleteness } from '../../shared/rules/dossier-completeness';
import type { CaseDate, CaseEntry } from '../../shared/schemas/case';
import type { Dossier, DossierCompleteness } from '../../shared/schemas/dossier';
import type { Db } from '../db/open';
import type { CallContext } from './context';
import { completenessFactsOf, dateFactsOf, stepFactsOf } from './dossier-facts';
import { readCaseSettings } from './setting';

export interface DossierView {
  dossier: Dossier | null;
  completeness: DossierCompleteness;
  dates: CaseDate[];
  entry: CaseEntry | null;
  locked: boolean;
}

export function dossierRowOf(db: Db, caseId: number): DossierRow | null {
  return db.select().from(dossierTable).where(eq(dossierTable.caseId, caseId)).get() ?? null;
}

export function completenessOfCase(db: Db, c: MediationCaseRow, d: DossierRow | null): DossierCompleteness {
  return dossierCompleteness(completenessFactsOf(db, c, d, stepFactsOf(db, c.id)));
}

export function dossierViewOf(call: Pick<CallContext, 'db' | 'today'>, c: MediationCaseRow): DossierView {
  const settings = readCaseSettings(call.db);
  const d = dossierRowOf(call.db, c.id);
  const steps = stepFactsOf(call.db, c.id);
  const facts = dateFactsOf(c, steps);
  return {
    dossier: d,
    completeness: dossierCompleteness(completenessFactsOf(call.db, c, d, steps)),
    dates: caseDates(facts, settings, call.today),
    entry: caseEntryOf(facts, settings.entryDeadlineDay),
    locked: d?.status === 'closed',
  };
}
