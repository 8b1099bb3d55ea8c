// The period's records of this office (design "the period's records"): what the report is computed from and the package carries.
import { and, asc, between, eq, gt, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteSelect } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import {
  caseAgent,
  caseMediator,
  caseParty,
  caseStep,
  committee,
  committeeMember,
  disputeCategory,
  dossier,
  investigation,
  investigationFinding,
  jointActivity,
  mediationCase,
  mediator,
  mediatorTraining,
  office,
  partnerUnit,
  preventionFigure,
} from '../../../drizzle/schema';
import { packageEntities, packageEntityNames, recordKeyOf, type PackageEntity, type PeriodDataset, type RecordOf } from '../../shared/package/records';
import { periodRange } from '../../shared/rules/case-periods';
import type { Db } from '../db/open';

/** Orders two record keys: numerically when both are whole numbers, else by code unit (locale-free, deterministic). */
export function compareRecordKeys(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Number(a) - Number(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Records sorted by recordKeyOf: the order of the package's files and of every list in a dataset. */
export function sortRecords<E extends PackageEntity>(entity: E, records: RecordOf<E>[]): RecordOf<E>[] {
  const keyed = records.map((r) => {
    const k = recordKeyOf(entity, r as Record<string, unknown>);
    return { r, k, n: /^\d+$/.test(k) ? Number(k) : NaN };
  });
  // compareRecordKeys with the numbers worked out once per record rather than per comparison.
  keyed.sort((x, y) => (Number.isNaN(x.n) || Number.isNaN(y.n) ? compareRecordKeys(x.k, y.k) : x.n - y.n));
  return keyed.map((x) => x.r);
}

/**
 * A row as the entity's record: the schema's keys in schema order (the search columns and soft-delete columns are
 * left out), keys the row lacks (a dossier's `pdf`) as null, and a step's JSON text (if any driver returns it so) parsed.
 */
function recordsOf<E extends PackageEntity>(entity: E, rows: readonly object[]): RecordOf<E>[] {
  const keys = Object.keys((packageEntities[entity].schema as unknown as z.ZodObject).shape);
  const records = rows.map((row) => {
    const source = row as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const key of keys) out[key] = key in source ? source[key] : null;
    if (entity === 'caseSteps' && typeof out.data === 'string') out.data = JSON.parse(out.data) as unknown;
    return out as RecordOf<E>;
  });
  return sortRecords(entity, records);
}

/** The months of a period as YYYY-MM, first and last. */
function monthSpan(start: string, end: string): { first: string; last: string } {
  return { first: start.slice(0, 7), last: end.slice(0, 7) };
}

/** The entities the report's figures are computed from (parties, agents, case mediators and dossiers are not). */
export const reportEntities = [
  'office',
  'disputeCategories',
  'committees',
  'mediators',
  'mediatorTrainings',
  'cases',
  'caseSteps',
  'investigations',
  'investigationFindings',
  'partnerUnits',
  'jointActivities',
  'prevention',
] as const satisfies readonly PackageEntity[];

type Loaders = { readonly [E in PackageEntity]: () => RecordOf<E>[] };

/** The tables whose records are keyed by an integer `id` (and so can be read in id order, a chunk at a time). */
const idTables = {
  committees: committee,
  committeeMembers: committeeMember,
  mediators: mediator,
  mediatorTrainings: mediatorTraining,
  cases: mediationCase,
  caseParties: caseParty,
  caseAgents: caseAgent,
  caseSteps: caseStep,
  dossiers: dossier,
  investigations: investigation,
  investigationFindings: investigationFinding,
  partnerUnits: partnerUnit,
  jointActivities: jointActivity,
} as const;
type IdEntity = keyof typeof idTables;
const isIdEntity = (e: PackageEntity): e is IdEntity => e in idTables;

/** Which rows of each table belong to period P (undefined: every row). */
function periodFilters(db: Db, period: string): Record<IdEntity, SQL | undefined> & { caseIds: SQLiteSelect } {
  const { start, end } = periodRange(period);
  const months = monthSpan(start, end);
  const stepInPeriod = db.select({ id: caseStep.caseId }).from(caseStep).where(between(caseStep.occurredOn, start, end));
  const caseIds = db
    .select({ id: mediationCase.id })
    .from(mediationCase)
    .where(
      and(
        isNull(mediationCase.deletedAt),
        or(between(mediationCase.receivedOn, start, end), between(mediationCase.concludedOn, start, end), inArray(mediationCase.id, stepInPeriod)),
      ),
    );
  const partyIds = db.select({ id: caseParty.id }).from(caseParty).where(inArray(caseParty.caseId, caseIds));
  const rounds = db
    .select({ id: investigation.id })
    .from(investigation)
    .where(between(sql`substr(${investigation.period}, 1, 7)`, months.first, months.last));
  return {
    caseIds: caseIds as unknown as SQLiteSelect,
    committees: undefined,
    committeeMembers: undefined,
    mediators: undefined,
    mediatorTrainings: between(mediatorTraining.startDate, `${end.slice(0, 4)}-01-01`, end),
    cases: inArray(mediationCase.id, caseIds),
    caseParties: inArray(caseParty.caseId, caseIds),
    caseAgents: inArray(caseAgent.partyId, partyIds),
    caseSteps: inArray(caseStep.caseId, caseIds),
    dossiers: inArray(dossier.caseId, caseIds),
    investigations: inArray(investigation.id, rounds),
    investigationFindings: inArray(investigationFinding.investigationId, rounds),
    partnerUnits: undefined,
    jointActivities: between(jointActivity.heldOn, start, end),
  };
}

/**
 * How to load each entity's records of one period P (a month, quarter or year): every snapshot entity whole; the live
 * cases received, concluded or with a step in P, with all their mediators, parties, agents, steps and dossiers (pdf
 * null: the package writer sets it); the mediator trainings of P's year up to its end; the 排查 rounds of P's months
 * and their findings; the joint activities held in P; the prevention figures of P's months. One plain select each,
 * run only when called.
 */
export function periodLoaders(db: Db, period: string): Loaders {
  const { start, end } = periodRange(period);
  const months = monthSpan(start, end);
  const where = periodFilters(db, period);
  const byId = <E extends IdEntity>(e: E) => () => {
    const table = idTables[e];
    return recordsOf(e, db.select().from(table).where(where[e]).orderBy(asc(table.id)).all() as object[]);
  };
  return {
    office: () => recordsOf('office', db.select().from(office).where(eq(office.id, 1)).all()),
    disputeCategories: () => recordsOf('disputeCategories', db.select().from(disputeCategory).all()),
    committees: byId('committees'),
    committeeMembers: byId('committeeMembers'),
    mediators: byId('mediators'),
    mediatorTrainings: byId('mediatorTrainings'),
    cases: byId('cases'),
    caseMediators: () => recordsOf('caseMediators', db.select().from(caseMediator).where(inArray(caseMediator.caseId, where.caseIds)).all()),
    caseParties: byId('caseParties'),
    caseAgents: byId('caseAgents'),
    caseSteps: byId('caseSteps'),
    dossiers: byId('dossiers'),
    investigations: byId('investigations'),
    investigationFindings: byId('investigationFindings'),
    partnerUnits: byId('partnerUnits'),
    jointActivities: byId('jointActivities'),
    prevention: () => recordsOf('prevention', db.select().from(preventionFigure).where(between(preventionFigure.month, months.first, months.last)).all()),
  };
}

/**
 * The entity's records of period P in key order, `size` at a time: each chunk is read when the previous one has been
 * handled, so a writer of a year of a big office never holds a whole entity. Entities not keyed by id come whole.
 */
export function* periodChunks<E extends PackageEntity>(
  read: <T>(work: (db: Db) => T) => T,
  period: string,
  entity: E,
  size = 2000,
): Generator<RecordOf<E>[]> {
  if (!isIdEntity(entity)) {
    yield read((db) => periodLoaders(db, period)[entity]());
    return;
  }
  let after = 0;
  for (;;) {
    const chunk = read((db) => {
      const table = idTables[entity];
      const rows = db
        .select()
        .from(table)
        .where(and(periodFilters(db, period)[entity], gt(table.id, after)))
        .orderBy(asc(table.id))
        .limit(size)
        .all() as object[];
      return recordsOf(entity, rows) as RecordOf<E>[];
    });
    if (chunk.length === 0) return;
    yield chunk;
    after = (chunk[chunk.length - 1] as { id: number }).id;
    if (chunk.length < size) return;
  }
}

/** Every record of the period (see periodLoaders). */
export function loadPeriodDataset(db: Db, period: string): PeriodDataset {
  const load = periodLoaders(db, period);
  return Object.fromEntries([['period', period], ...packageEntityNames.map((e) => [e, load[e]()])]) as unknown as PeriodDataset;
}

/**
 * The records the figures need (reportEntities); the other entities are left empty. For computing figures only:
 * never write or compare it as a package's dataset.
 */
export function loadReportDataset(db: Db, period: string): PeriodDataset {
  const load = periodLoaders(db, period);
  const wanted = new Set<PackageEntity>(reportEntities);
  return Object.fromEntries([['period', period], ...packageEntityNames.map((e) => [e, wanted.has(e) ? load[e]() : []])]) as unknown as PeriodDataset;
}
