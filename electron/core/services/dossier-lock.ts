// A closed dossier (已立卷) locks its case: nothing of the case, its parties, steps or attachments may change.
import { and, eq } from 'drizzle-orm';
import { dossier } from '../../../drizzle/schema';
import { AppError } from '../../shared/errors';
import type { CallContext } from './context';

export const LOCKED_MESSAGE = '卷宗已立卷归档，不能修改；如需修改请先重新打开卷宗';

export function isCaseLocked(call: Pick<CallContext, 'db'>, caseId: number): boolean {
  const row = call.db
    .select({ id: dossier.id })
    .from(dossier)
    .where(and(eq(dossier.caseId, caseId), eq(dossier.status, 'closed')))
    .get();
  return row !== undefined;
}

export function assertCaseUnlocked(call: Pick<CallContext, 'db'>, caseId: number): void {
  if (isCaseLocked(call, caseId)) throw new AppError('CONFLICT', LOCKED_MESSAGE);
}
