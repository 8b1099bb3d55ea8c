// 建卷 (dossier.open): the 卷号 from the per-committee, per-year counter, bumped in the same transaction as the dossier row.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { committee, dossier, dossierCounter, mediationCase, type MediationCaseRow } from '../../../drizzle/schema';
import type { ParsedInput } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { yearOf } from '../../shared/rules/dates';
import { committeeShortName, formatDossierNumber } from '../../shared/rules/dossier-number';
import type { Db } from '../db/open';
import { reindexCase } from '../search/case-index';
import type { CallContext } from './context';
import { dossierRowOf } from './dossier-view';
import { readCaseSettings } from './setting';

/** NOT_FOUND unless the case exists and is not deleted. */
export function liveCase(call: Pick<CallContext, 'db'>, caseId: number): MediationCaseRow {
  const row = call.db
    .select()
    .from(mediationCase)
    .where(and(eq(mediationCase.id, caseId), isNull(mediationCase.deletedAt)))
    .get();
  if (!row) throw new AppError('NOT_FOUND', '该案件不存在或已被删除', 'caseId');
  return row;
}

/** The next sequence number of a committee's year; rolled back with the transaction that took it. */
export function nextDossierSeq(db: Db, committeeId: number, year: number): number {
  return db
    .insert(dossierCounter)
    .values({ committeeId, year, lastSeq: 1 })
    .onConflictDoUpdate({ target: [dossierCounter.committeeId, dossierCounter.year], set: { lastSeq: sql`${dossierCounter.lastSeq} + 1` } })
    .returning({ lastSeq: dossierCounter.lastSeq })
    .get().lastSeq;
}

function isUniqueViolation(cause: unknown): boolean {
  return typeof cause === 'object' && cause !== null && (cause as { code?: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** CONFLICT when another committee's dossier already holds `number` (both committees derive the same 简称). */
function assertNumberFree(db: Db, number: string, committeeId: number, committeeName: string): void {
  const taken = db
    .select({ committeeId: dossier.committeeId, name: committee.name })
    .from(dossier)
    .innerJoin(committee, eq(committee.id, dossier.committeeId))
    .where(eq(dossier.number, number))
    .get();
  if (!taken || taken.committeeId === committeeId) return;
  throw new AppError(
    'CONFLICT',
    `卷号“${number}”已被${taken.name}的卷宗使用（两个调委会的卷号简称相同）；请在“调委会”登记中为${committeeName}填写不同的卷号简称`,
    'committeeId',
  );
}

export function openDossier(call: CallContext, input: ParsedInput<'dossier.open'>): void {
  const c = liveCase(call, input.caseId);
  if (c.state === 'received') throw new AppError('CONFLICT', '案件尚未受理，不能建立卷宗');
  if (c.state === 'rejected') throw new AppError('CONFLICT', '不予受理的案件不建立卷宗');
  const existing = dossierRowOf(call.db, c.id);
  if (existing) throw new AppError('CONFLICT', `该案件已建立卷宗（${existing.number}）`);
  if (input.openedOn < c.receivedOn) throw new AppError('VALIDATION_FAILED', `建卷日期不能早于收案日期（${c.receivedOn}）`, 'openedOn');
  if (input.openedOn > call.today) throw new AppError('VALIDATION_FAILED', '建卷日期不能晚于今天', 'openedOn');
  const owner = call.db.select({ name: committee.name, shortName: committee.shortName }).from(committee).where(eq(committee.id, c.committeeId)).get()!;
  const year = yearOf(input.openedOn);
  const seq = nextDossierSeq(call.db, c.committeeId, year);
  const number = formatDossierNumber(readCaseSettings(call.db).dossierNumberPattern, {
    year,
    shortName: committeeShortName(owner.name, owner.shortName),
    seq,
  });
  assertNumberFree(call.db, number, c.committeeId, owner.name);
  try {
    const row = call.db
      .insert(dossier)
      .values({ caseId: c.id, committeeId: c.committeeId, year, seq, number, openedOn: input.openedOn, status: 'open', createdAt: call.now, updatedAt: call.now })
      .returning()
      .get();
    call.audit({ entity: 'dossier', entityId: row.id, before: null, after: row });
  } catch (cause) {
    // The whole call rolls back, the counter bump included, so no number is skipped.
    if (isUniqueViolation(cause)) throw new AppError('CONFLICT', `卷号“${number}”已被其他卷宗使用，请检查卷号格式（如是否包含{简称}）`);
    throw cause;
  }
  reindexCase(call.db, c.id); // the 卷号 becomes searchable
}
