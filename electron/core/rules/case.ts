// Queries of the case rules: overdue mediation, 司法确认 window, 回访 due, late entry, dossiers not closed.
// Each looks only at candidate rows through the case indexes (state + received date, concluded date), never the whole table.
import { and, asc, between, eq, gte, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import { dossier, mediationCase, type MediationCaseRow } from '../../../drizzle/schema';
import { caseDates, caseEntryOf, DUE_SOON_DAYS, type CaseDateFacts } from '../../shared/rules/case-dates';
import { addDays, monthStart } from '../../shared/rules/dates';
import { missingSummary } from '../../shared/rules/dossier-completeness';
import type { ReminderItem } from '../../shared/schemas/reminder';
import type { Db } from '../db/open';
import { concludedIn, stateNotIndexed } from '../services/dossier-counts';
import { enteredOnOf } from '../services/dossier-facts';
import { caseTitlesOf } from '../services/dossier-titles';
import { completenessOfCase } from '../services/dossier-view';
import { readCaseSettings } from '../services/setting';

/** Agreements, 回访 and dossiers are looked for among cases concluded within this many days. */
export const CASE_LOOKBACK_DAYS = 366;

const live = isNull(mediationCase.deletedAt);
const hasStep = (kind: string) =>
  sql`exists (select 1 from "case_step" where "case_step"."case_id" = "mediation_case"."id" and "case_step"."kind" = ${kind})`;
const lastStepOn = (kind: string) =>
  sql<string | null>`(select max("case_step"."occurred_on") from "case_step" where "case_step"."case_id" = "mediation_case"."id" and "case_step"."kind" = ${kind})`;

const blankFacts = (c: Pick<MediationCaseRow, 'state'>): CaseDateFacts => ({
  state: c.state,
  acceptedOn: null,
  concludedOn: null,
  agreementEffectiveOn: null,
  agreementForm: null,
  agreementOn: null,
  enteredOn: null,
  confirmationOn: null,
  followUpOn: null,
});

function itemsOf(db: Db, hits: readonly { id: number; detail: string }[]): ReminderItem[] {
  const titles = caseTitlesOf(db, hits.map((h) => h.id));
  return hits.map((h) => ({ id: String(h.id), label: titles.get(h.id) ?? `案件${h.id}`, detail: h.detail, path: `case?id=${h.id}` }));
}

export function caseOverdueItems(db: Db, today: string): ReminderItem[] {
  const settings = readCaseSettings(db);
  const cutoff = addDays(today, -settings.concludeWithinDays);
  const rows = db
    .select({ id: mediationCase.id, state: mediationCase.state, acceptedOn: mediationCase.acceptedOn })
    .from(mediationCase)
    .where(and(eq(mediationCase.state, 'mediating'), lt(mediationCase.receivedOn, cutoff), lt(mediationCase.acceptedOn, cutoff), live))
    .orderBy(asc(mediationCase.acceptedOn), asc(mediationCase.id))
    .all();
  const hits = rows.flatMap((r) => {
    const date = caseDates({ ...blankFacts(r), acceptedOn: r.acceptedOn }, settings, today).find((d) => d.code === 'concludeBy');
    return date?.status === 'overdue' ? [{ id: r.id, detail: date.detail }] : [];
  });
  return itemsOf(db, hits);
}

export function caseConfirmationDueItems(db: Db, today: string): ReminderItem[] {
  const settings = readCaseSettings(db);
  const days = settings.confirmationDays;
  const rows = db
    .select({ id: mediationCase.id, state: mediationCase.state, agreementEffectiveOn: mediationCase.agreementEffectiveOn })
    .from(mediationCase)
    .where(
      and(
        eq(stateNotIndexed, 'succeeded'),
        eq(mediationCase.agreementForm, 'written'),
        gte(mediationCase.concludedOn, addDays(today, -(days + CASE_LOOKBACK_DAYS))),
        between(mediationCase.agreementEffectiveOn, addDays(today, -days), addDays(today, DUE_SOON_DAYS - days)),
        live,
        sql`not ${hasStep('judicialConfirmation')}`,
      ),
    )
    .orderBy(asc(mediationCase.agreementEffectiveOn), asc(mediationCase.id))
    .all();
  const hits = rows.flatMap((r) => {
    const facts = { ...blankFacts(r), agreementForm: 'written', agreementEffectiveOn: r.agreementEffectiveOn };
    const date = caseDates(facts, settings, today).find((d) => d.code === 'confirmationBy');
    return date?.status === 'dueSoon' ? [{ id: r.id, detail: date.detail }] : [];
  });
  return itemsOf(db, hits);
}

export function caseFollowUpDueItems(db: Db, today: string): ReminderItem[] {
  const settings = readCaseSettings(db);
  const rows = db
    .select({ id: mediationCase.id, state: mediationCase.state, agreementOn: lastStepOn('agreement') })
    .from(mediationCase)
    .where(
      and(
        eq(stateNotIndexed, 'succeeded'),
        gte(mediationCase.concludedOn, addDays(today, -CASE_LOOKBACK_DAYS)),
        live,
        sql`not ${hasStep('followUp')}`,
      ),
    )
    .orderBy(asc(mediationCase.concludedOn), asc(mediationCase.id))
    .all();
  const hits = rows.flatMap((r) => {
    const date = caseDates({ ...blankFacts(r), agreementOn: r.agreementOn }, settings, today).find((d) => d.code === 'followUpBy');
    return date?.status === 'dueSoon' || date?.status === 'overdue' ? [{ id: r.id, detail: date.detail }] : [];
  });
  return itemsOf(db, hits);
}

/** The first day of the month three months before today's (2026-11-27 → 2026-08-01). */
function threeMonthsBack(today: string): string {
  const months = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 - 3;
  return monthStart(Math.floor(months / 12), (months % 12) + 1);
}

export function caseEntryLateItems(db: Db, today: string): ReminderItem[] {
  const day = readCaseSettings(db).entryDeadlineDay;
  const rows = db
    .select({ id: mediationCase.id, state: mediationCase.state, concludedOn: mediationCase.concludedOn, enteredAt: mediationCase.enteredAt })
    .from(mediationCase)
    .where(
      and(
        concludedIn(threeMonthsBack(today), today),
        isNotNull(mediationCase.enteredAt),
        live,
      ),
    )
    .orderBy(asc(mediationCase.concludedOn), asc(mediationCase.id))
    .all();
  const hits = rows.flatMap((r) => {
    const entry = caseEntryOf({ state: r.state, concludedOn: r.concludedOn, enteredOn: enteredOnOf(r.enteredAt) }, day);
    if (!entry?.late) return [];
    return [{ id: r.id, detail: `${r.concludedOn}结案，${entry.enteredOn}录入，晚于截止日${entry.deadline}` }];
  });
  return itemsOf(db, hits);
}

export function dossierIncompleteItems(db: Db, today: string): ReminderItem[] {
  const rows = db
    .select({ c: mediationCase, d: dossier })
    .from(mediationCase)
    .leftJoin(dossier, eq(dossier.caseId, mediationCase.id))
    .where(
      and(
        concludedIn(addDays(today, -CASE_LOOKBACK_DAYS), today),
        live,
        or(isNull(dossier.id), eq(dossier.status, 'open')),
      ),
    )
    .orderBy(asc(mediationCase.concludedOn), asc(mediationCase.id))
    .all();
  const hits = rows.map(({ c, d }) => {
    const completeness = completenessOfCase(db, c, d);
    const gaps = completeness.complete ? '材料已齐全，可以立卷' : missingSummary(completeness.missing);
    return { id: c.id, detail: d === null ? `${c.concludedOn}结案，未建卷宗：${gaps}` : `卷宗${d.number}未立卷：${gaps}` };
  });
  return itemsOf(db, hits);
}
