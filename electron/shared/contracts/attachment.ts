// Contract methods of attachments: list an owner's files, add one (base64 JSON), remove one, read one's content.
import { z } from 'zod';
import { byId, deleted, mutation, query } from '../contract-spec';
import { attachment, attachmentAddInput, attachmentContent, attachmentList, attachmentOwnerRef } from '../schemas/attachment';

export const attachmentContract = {
  'attachment.list': query(attachmentOwnerRef, attachmentList),
  'attachment.add': mutation(attachmentAddInput, attachment),
  'attachment.remove': mutation(byId, deleted),
  /** The file's bytes for preview or download; the renderer never hands them to the OS to open. */
  'attachment.read': query(byId, attachmentContent),
} as const satisfies Record<`attachment.${string}`, { input: z.ZodType; output: z.ZodType; mutates: boolean }>;
