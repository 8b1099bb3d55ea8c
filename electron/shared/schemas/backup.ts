// Backups (备份) as the settings screen shows them, the backup settings, and restore's outcome.
import { z } from 'zod';
import { instant } from './common';

export const backupKind = z.enum(['auto', 'manual']);

export const backupItem = z.object({
  /** The backup's folder name under the backups root (`<kind>/<stamp>`), the id the restore method takes. */
  id: z.string(),
  kind: backupKind,
  createdAt: instant,
  appVersion: z.string(),
  /** Size of the database copy in bytes, and the attachments it carries. */
  dbBytes: z.int().nonnegative(),
  attachments: z.object({ count: z.int().nonnegative(), bytes: z.int().nonnegative() }),
  /** Rows of a few registers, to tell copies apart: cases, staff, mediators. */
  counts: z.object({ cases: z.int().nonnegative(), staff: z.int().nonnegative(), mediators: z.int().nonnegative() }),
});
export type BackupItem = z.output<typeof backupItem>;

export const backupList = z.object({
  items: z.array(backupItem),
  /** Absolute folders: the data folder's backups root and the optional second folder. */
  root: z.string(),
  secondFolder: z.string().nullable(),
  /** Set when the second folder is configured but cannot be written (USB stick not plugged in). */
  secondFolderProblem: z.string().nullable(),
  lastAutoAt: instant.nullable(),
});

const keepCount = (label: string) => z.int(`${label}应为整数`).min(0, `${label}不能为负数`).max(1000, `${label}不能超过1000`);

export const backupSettings = z.object({
  /** A second folder (USB stick) that gets a copy of every backup; null for none. Absolute path. */
  secondFolder: z
    .string('第二备份位置应为文字')
    .trim()
    .max(500, '第二备份位置过长')
    .nullish()
    .transform((v) => (v ? v : null)),
  policy: z.object({ daily: keepCount('保留每日备份数'), weekly: keepCount('保留每周备份数'), monthly: keepCount('保留每月备份数') }),
});
export type BackupSettingsValue = z.output<typeof backupSettings>;

export const backupCreateOutput = z.object({ item: backupItem, secondFolderCopy: z.string().nullable(), secondFolderProblem: z.string().nullable() });

export const backupRestoreInput = z.object({ id: z.string('请选择备份').min(1, '请选择备份').max(200, '备份编号过长') });
export const backupRestoreOutput = z.object({
  /** The folder the replaced database (and its attachments list) was kept in. */
  keptAside: z.string(),
  restoredFrom: backupItem,
});
