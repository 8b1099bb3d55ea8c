// The one map from attachment owner type to the table holding its records (owner types and labels: shared/schemas/attachment.ts).
import { and, eq, isNull } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { cpcMeeting, investigation, jointActivity, mediationCase } from '../../../drizzle/schema';
import { labelOf } from '../../shared/codes';
import { AppError } from '../../shared/errors';
import { attachmentOwners, type AttachmentOwnerType } from '../../shared/schemas/attachment';
import type { CallContext } from './context';
import { assertCaseUnlocked } from './dossier-lock';

type OwnerTable = SQLiteTable & { id: SQLiteColumn };

/** Adding an owner type to `attachmentOwners` fails the type check here until its table is named. */
const ownerTables: Record<AttachmentOwnerType, OwnerTable> = {
  cpcMeeting,
  jointActivity,
  investigation,
  case: mediationCase,
};

export function ownerLabel(ownerType: AttachmentOwnerType): string {
  return labelOf(attachmentOwners, ownerType);
}

/** NOT_FOUND unless the owner record exists (a case also must not be soft-deleted). */
export function assertOwnerExists(call: Pick<CallContext, 'db'>, ownerType: AttachmentOwnerType, ownerId: number): void {
  const table = ownerTables[ownerType];
  const live = ownerType === 'case' ? isNull(mediationCase.deletedAt) : undefined;
  const found = call.db.select({ id: table.id }).from(table).where(and(eq(table.id, ownerId), live)).get();
  if (!found) throw new AppError('NOT_FOUND', `该${ownerLabel(ownerType)}不存在或已被删除`, 'ownerId');
}

/** A closed dossier (已立卷) locks its case's attachments, the dossier scans among them. */
export function assertOwnerUnlocked(call: Pick<CallContext, 'db'>, ownerType: string, ownerId: number): void {
  if (ownerType === 'case') assertCaseUnlocked(call, ownerId);
}
