// Attachments of register records: list, add (sniffed, size-checked, stored by hash), remove, read; removeAttachmentsOf for owners' deletes.
import { and, asc, count, eq } from 'drizzle-orm';
import { attachment, type AttachmentRow } from '../../../drizzle/schema';
import { AppError } from '../../shared/errors';
import {
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENT_MB,
  MAX_ATTACHMENTS_PER_RECORD,
  type Attachment,
  type AttachmentOwnerType,
} from '../../shared/schemas/attachment';
import { putBlob, readBlob, sha256Hex } from '../files/blob-store';
import { plainFileName, storedFileName } from '../files/file-name';
import { sniffFileType } from '../files/sniff';
import { sweepOrphans } from '../files/sweep';
import { assertOwnerExists, assertOwnerUnlocked, ownerLabel } from './attachment-owners';
import type { CallContext, HandlerGroup } from './context';

const toItem = (row: AttachmentRow): Attachment => ({
  id: row.id,
  ownerType: row.ownerType as AttachmentOwnerType,
  ownerId: row.ownerId,
  name: row.name,
  mime: row.mime,
  size: row.size,
  role: row.role,
  createdAt: row.createdAt,
});

function findAttachment(call: CallContext, id: number): AttachmentRow {
  const row = call.db.select().from(attachment).where(eq(attachment.id, id)).get();
  if (!row) throw new AppError('NOT_FOUND', '该附件不存在或已被删除');
  return row;
}

/** After commit, removes the files of `released` hashes that no row references any more. */
function scheduleSweep(call: CallContext, released: string[]): void {
  const hashes = new Set(released);
  call.afterCommit(() => void sweepOrphans(call.db, call.dataDir, { released: hashes }));
}

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * Deletes every attachment of one record, each with its audit row, and removes their files once the
 * transaction commits (a file another row still uses stays). Owners' delete handlers call this.
 */
export function removeAttachmentsOf(call: CallContext, ownerType: AttachmentOwnerType, ownerId: number): void {
  const owned = and(eq(attachment.ownerType, ownerType), eq(attachment.ownerId, ownerId));
  const rows = call.db.select().from(attachment).where(owned).all();
  if (rows.length === 0) return;
  call.db.delete(attachment).where(owned).run();
  for (const row of rows) call.audit({ entity: 'attachment', entityId: row.id, before: row, after: null });
  scheduleSweep(call, rows.map((r) => r.sha256));
}

export const attachmentHandlers: HandlerGroup<'attachment.list' | 'attachment.add' | 'attachment.remove' | 'attachment.read'> = {
  'attachment.list': (input, call) => {
    assertOwnerExists(call, input.ownerType, input.ownerId);
    const rows = call.db
      .select()
      .from(attachment)
      .where(and(eq(attachment.ownerType, input.ownerType), eq(attachment.ownerId, input.ownerId)))
      .orderBy(asc(attachment.createdAt), asc(attachment.id))
      .all();
    return { items: rows.map(toItem) };
  },

  'attachment.add': (input, call) => {
    assertOwnerExists(call, input.ownerType, input.ownerId);
    assertOwnerUnlocked(call, input.ownerType, input.ownerId);
    const shown = plainFileName(input.name) || '所选文件';
    const held = call.db
      .select({ n: count() })
      .from(attachment)
      .where(and(eq(attachment.ownerType, input.ownerType), eq(attachment.ownerId, input.ownerId)))
      .get()!.n;
    if (held >= MAX_ATTACHMENTS_PER_RECORD) {
      throw new AppError('CONFLICT', `每条${ownerLabel(input.ownerType)}最多 ${MAX_ATTACHMENTS_PER_RECORD} 个附件，“${shown}”未上传`);
    }
    const bytes = Buffer.from(input.dataBase64, 'base64');
    if (bytes.length > MAX_ATTACHMENT_BYTES) {
      throw new AppError(
        'VALIDATION_FAILED',
        `“${shown}”大小为 ${megabytes(bytes.length)} MB，超过单个附件 ${MAX_ATTACHMENT_MB} MB 的上限`,
        'dataBase64',
      );
    }
    const sniffed = sniffFileType(bytes);
    if (!sniffed.ok) throw new AppError('VALIDATION_FAILED', `“${shown}”${sniffed.reason}，不能作为附件`, 'dataBase64');
    // The file is on disk before the row commits; if the transaction rolls back, the sweep removes it.
    const sha256 = putBlob(call.dataDir, bytes);
    const row = call.db
      .insert(attachment)
      .values({
        ownerType: input.ownerType,
        ownerId: input.ownerId,
        sha256,
        name: storedFileName(input.name, sniffed.type),
        mime: sniffed.type.mime,
        size: bytes.length,
        role: input.role,
        createdAt: call.now,
      })
      .returning()
      .get();
    call.audit({ entity: 'attachment', entityId: row.id, before: null, after: row });
    return toItem(row);
  },

  'attachment.remove': (input, call) => {
    const before = findAttachment(call, input.id);
    assertOwnerUnlocked(call, before.ownerType, before.ownerId);
    call.db.delete(attachment).where(eq(attachment.id, input.id)).run();
    call.audit({ entity: 'attachment', entityId: input.id, before, after: null });
    scheduleSweep(call, [before.sha256]);
    return { id: input.id };
  },

  'attachment.read': (input, call) => {
    const row = findAttachment(call, input.id);
    const bytes = readBlob(call.dataDir, row.sha256);
    if (bytes === null) throw new AppError('NOT_FOUND', `附件“${row.name}”的文件已不在数据文件夹中`);
    if (bytes.length !== row.size || sha256Hex(bytes) !== row.sha256) {
      throw new AppError('CONFLICT', `附件“${row.name}”的文件已损坏（内容与登记时不一致）`);
    }
    return { name: row.name, mime: row.mime, dataBase64: bytes.toString('base64') };
  },
};
