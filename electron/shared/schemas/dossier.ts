// 卷宗 (dossier): the stored shape, its parts with what each still lacks ("本卷还缺"), and the 立卷/reopen inputs.
import { z } from 'zod';
import { codesOf } from '../codes';
import { dossierParts } from '../case-codes';
import { codeOf, instant, isoDate, optionalText, recordId, requiredText } from './common';

export const dossierPartCode = codeOf('卷内文书', codesOf(dossierParts));

export const dossier = z.object({
  id: recordId,
  caseId: recordId,
  committeeId: recordId,
  year: z.int(),
  seq: z.int().positive(),
  number: z.string(),
  openedOn: z.string(),
  status: z.enum(['open', 'closed']),
  closedBy: z.string().nullable(),
  closedOn: z.string().nullable(),
  retention: z.string().nullable(),
  reopenedOn: z.string().nullable(),
  reopenReason: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
});
export type Dossier = z.output<typeof dossier>;

/** One part of the dossier in binding order, and whether this case needs it. */
export const dossierPartStatus = z.object({
  part: dossierPartCode,
  label: z.string(),
  /** required 必须 (for this case), optional 按需, notApplicable 不适用 (e.g. 授权委托书 without an agent). */
  need: z.enum(['required', 'optional', 'notApplicable']),
  /** The case holds the data to generate it (documents issue). */
  hasData: z.boolean(),
  /** Number of scans attached with this part as their role. */
  scans: z.int().nonnegative(),
  /** Marked as filed on paper (signed original in the paper dossier, not scanned). */
  onPaper: z.boolean(),
});
export type DossierPartStatus = z.output<typeof dossierPartStatus>;

/** One thing the dossier still lacks; `part` is null for case-level gaps (e.g. 回访 not done). */
export const dossierGap = z.object({
  part: dossierPartCode.nullable(),
  code: z.string(),
  message: z.string(),
});
export type DossierGap = z.output<typeof dossierGap>;

export const dossierCompleteness = z.object({
  /** True when nothing is missing (立卷 is allowed). */
  complete: z.boolean(),
  parts: z.array(dossierPartStatus),
  missing: z.array(dossierGap),
});
export type DossierCompleteness = z.output<typeof dossierCompleteness>;

export const dossierOpenInput = z.object({ caseId: recordId, openedOn: isoDate('建卷日期') });

export const dossierCloseInput = z.object({
  caseId: recordId,
  closedBy: requiredText('立卷人', 30),
  closedOn: isoDate('立卷日期'),
  retention: requiredText('保管期限', 20),
  note: optionalText('备注', 500),
});

export const dossierReopenInput = z.object({ caseId: recordId, reason: requiredText('重新打开的原因', 500) });

export const dossierMarkInput = z.object({
  caseId: recordId,
  part: dossierPartCode,
  /** true: the signed original is filed on paper; false: take the mark back. */
  onPaper: z.boolean('纸质归档标记应为是或否'),
  markedOn: isoDate('归档日期'),
  note: optionalText('说明', 200),
});
