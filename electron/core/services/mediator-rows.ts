// Reading mediator rows: the stored row joined with its committee's name, and the latest training date.
import { eq, sql } from 'drizzle-orm';
import { committee, mediator } from '../../../drizzle/schema';
import { AppError } from '../../shared/errors';
import type { Mediator } from '../../shared/schemas/mediator';
import type { CallContext } from './context';

export const mediatorColumns = {
  id: mediator.id,
  name: mediator.name,
  idNumber: mediator.idNumber,
  gender: mediator.gender,
  birthDate: mediator.birthDate,
  ethnicity: mediator.ethnicity,
  politicalStatus: mediator.politicalStatus,
  education: mediator.education,
  phone: mediator.phone,
  committeeId: mediator.committeeId,
  committeeName: committee.name,
  employment: mediator.employment,
  qualifications: mediator.qualifications,
  inExpertPool: mediator.inExpertPool,
  expertField: mediator.expertField,
  title: mediator.title,
  startedOn: mediator.startedOn,
  leftOn: mediator.leftOn,
  note: mediator.note,
  createdAt: mediator.createdAt,
  updatedAt: mediator.updatedAt,
};

/**
 * The date a mediator's latest training counts from, as the 工作台 rule reads it (shared/rules/mediation.ts):
 * its last day (end, else start), trainings not yet begun left out; null when none. Spelled out in SQL, because
 * drizzle writes a single-table select's columns unqualified and a bare "id" here would be the training's own id.
 */
export function lastTrainingOn(today: string) {
  return sql<string | null>`(SELECT MAX(COALESCE(t.end_date, t.start_date)) FROM mediator_training t
    WHERE t.mediator_id = "mediator"."id" AND t.start_date <= ${today})`;
}

export function findMediator(call: Pick<CallContext, 'db'>, id: number, field?: string): Mediator {
  const row = call.db
    .select(mediatorColumns)
    .from(mediator)
    .innerJoin(committee, eq(committee.id, mediator.committeeId))
    .where(eq(mediator.id, id))
    .get();
  if (!row) throw new AppError('NOT_FOUND', '该调解员不存在或已被删除', field);
  return row;
}

export function mediatorNameOf(call: Pick<CallContext, 'db'>, id: number, field: string): string {
  const row = call.db.select({ name: mediator.name }).from(mediator).where(eq(mediator.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', '该调解员不存在或已被删除', field);
  return row.name;
}

