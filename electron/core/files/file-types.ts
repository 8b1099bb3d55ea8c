// The file types attachments may have: each with its stored MIME type and the extensions a name may carry.

export interface FileType {
  readonly id: 'jpeg' | 'png' | 'webp' | 'pdf' | 'docx' | 'xlsx' | 'doc' | 'xls';
  readonly mime: string;
  /** The first is the one a corrected name gets. */
  readonly extensions: readonly [string, ...string[]];
}

export const fileTypes = {
  jpeg: { id: 'jpeg', mime: 'image/jpeg', extensions: ['jpg', 'jpeg', 'jpe'] },
  png: { id: 'png', mime: 'image/png', extensions: ['png'] },
  webp: { id: 'webp', mime: 'image/webp', extensions: ['webp'] },
  pdf: { id: 'pdf', mime: 'application/pdf', extensions: ['pdf'] },
  docx: {
    id: 'docx',
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
  },
  xlsx: { id: 'xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  doc: { id: 'doc', mime: 'application/msword', extensions: ['doc'] },
  xls: { id: 'xls', mime: 'application/vnd.ms-excel', extensions: ['xls'] },
} as const satisfies Record<FileType['id'], FileType>;

/** Every extension of an allowed type: a name ending in one of these has its extension replaced, not kept. */
export const knownExtensions: ReadonlySet<string> = new Set(Object.values(fileTypes).flatMap((t) => t.extensions));

export const ALLOWED_TYPES_TEXT = '仅限 JPEG、PNG、WebP 图片，PDF，Word（.docx/.doc）和 Excel（.xlsx/.xls）文档';
