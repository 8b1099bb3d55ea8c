// Attachments: the owners they may belong to, the limits, and the shapes the contract carries (no file content in lists).
import { z } from 'zod';
import { codeList, codesOf } from '../codes';
import { attachmentRoles } from '../register-codes';
import { codeOf, instant, recordId } from './common';

/**
 * The records that may carry attachments — the one list of owner types. The core maps each to its
 * table (electron/core/services/attachment-owners.ts); a new owner type added here fails the type
 * check there until it is mapped.
 */
export const attachmentOwners = codeList([
  { code: 'cpcMeeting', label: '三会一课记录' },
  { code: 'jointActivity', label: '共建活动' },
  { code: 'investigation', label: '排查记录' },
  { code: 'case', label: '调解案件' },
] as const);
export type AttachmentOwnerType = (typeof attachmentOwners)[number]['code'];
export type AttachmentRole = (typeof attachmentRoles)[number]['code'];

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const MAX_ATTACHMENT_MB = 20;
export const MAX_ATTACHMENTS_PER_RECORD = 50;
/** Longest stored file name, extension included. */
export const MAX_ATTACHMENT_NAME = 120;

/**
 * A coarse bound on the base64 text (the limit plus 1 MB): a file a little over the limit reaches the
 * core, whose message names the file and its size; a far larger one stops here.
 */
const maxBase64Length = Math.ceil((MAX_ATTACHMENT_BYTES + 1024 * 1024) / 3) * 4;
const base64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const attachmentOwnerType = codeOf('附件所属记录类型', codesOf(attachmentOwners));
export const attachmentOwnerRef = z.object({ ownerType: attachmentOwnerType, ownerId: recordId });

export const attachmentAddInput = attachmentOwnerRef.extend({
  role: codeOf('附件类别', codesOf(attachmentRoles)).default('other'),
  /** The name as the user's computer gave it; the core strips paths and control characters. */
  name: z.string('请提供文件名').max(1000, '文件名过长'),
  dataBase64: z
    .string('请选择要上传的文件')
    .max(maxBase64Length, `文件不能超过 ${MAX_ATTACHMENT_MB} MB`)
    .refine((v) => v.length % 4 === 0 && base64.test(v), '文件内容编码不正确，请重新选择文件'),
});
export type AttachmentAddInput = z.input<typeof attachmentAddInput>;

export const attachment = z.object({
  id: recordId,
  ownerType: attachmentOwnerType,
  ownerId: recordId,
  name: z.string(),
  mime: z.string(),
  size: z.int().nonnegative(),
  role: z.string(),
  createdAt: instant,
});
export type Attachment = z.output<typeof attachment>;

export const attachmentList = z.object({ items: z.array(attachment) });

export const attachmentContent = z.object({ name: z.string(), mime: z.string(), dataBase64: z.string() });
export type AttachmentContent = z.output<typeof attachmentContent>;
