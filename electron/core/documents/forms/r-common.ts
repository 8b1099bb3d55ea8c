// Shared reads of the register forms: the office that seals them and the names of a record's attachments.
import { and, asc, eq } from 'drizzle-orm';
import { attachment, office } from '../../../../drizzle/schema';
import { labelOf } from '../../../shared/codes';
import { list, text } from '../../../shared/documents/fields';
import type { Block, Cell } from '../../../shared/documents/form-doc';
import { attachmentRoles } from '../../../shared/register-codes';
import type { AttachmentOwnerType } from '../../../shared/schemas/attachment';
import type { CallContext } from '../../services/context';

type Read = Pick<CallContext, 'db'>;

/** The office's name as it heads and seals the forms; '' before the office profile is set up. */
export function officeName(call: Read): string {
  return call.db.select({ name: office.name }).from(office).where(eq(office.id, 1)).get()?.name ?? '';
}

export const attachmentList = list('附件，按上传顺序', {
  序号: text('序号'),
  名称: text('文件名'),
  类别: text('附件类别，如照片、签到表、会议纪要'),
});

/** The files attached to a record, in upload order, as the 附件 list of its form. */
export function attachmentsOf(call: Read, ownerType: AttachmentOwnerType, ownerId: number) {
  return call.db
    .select({ name: attachment.name, role: attachment.role })
    .from(attachment)
    .where(and(eq(attachment.ownerType, ownerType), eq(attachment.ownerId, ownerId)))
    .orderBy(asc(attachment.id))
    .all()
    .map((a, i) => ({ 序号: String(i + 1), 名称: a.name, 类别: labelOf(attachmentRoles, a.role) }));
}

/** One attachment per line: 1. 签到表.jpg（签到表）. */
export function attachmentLines(items: readonly { 序号: string; 名称: string; 类别: string }[]): string {
  return items.map((a) => `${a.序号}. ${a.名称}${a.类别 ? `（${a.类别}）` : ''}`).join('\n');
}

/** A label cell and a value cell spanning the rest of a four-column row, `lines` tall when empty. */
export function wideRow(label: string, value: string, lines = 1): Cell[] {
  return [{ label }, { value, span: 3, lines }];
}

/** Two label/value pairs on one four-column row. */
export function pairRow(label1: string, value1: string, label2: string, value2: string): Cell[] {
  return [{ label: label1 }, { value: value1 }, { label: label2 }, { value: value2 }];
}

/** Column widths of the four-column field tables: narrow labels, wide values. */
export const FOUR_COLUMNS = [2, 3.2, 2, 3.2] as const;

/** A four-column field table (label, value, label, value) of a register form. */
export function fourColumns(rows: Cell[][]): Block {
  return { kind: 'fields', columns: 4, widths: FOUR_COLUMNS, rows };
}
