// `<dataDir>/settings.json` → { backup: { secondFolder, policy } }: read with defaults, checked, and written atomically keeping every other key.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isInside } from './catalog';
import { syncFile } from './copy-files';
import { defaultPolicy, type RetentionPolicy } from './rotation';

export const SETTINGS_FILE = 'settings.json';

const count = z.number().int().min(0).max(1000);

const settingsSchema = z.object({
  backup: z
    .object({
      /** A second folder (a USB stick) that gets a copy of every automatic backup. */
      secondFolder: z.string().trim().min(1).nullish(),
      policy: z.object({ daily: count, weekly: count, monthly: count }).partial().optional(),
    })
    .optional(),
});

export interface BackupSettings {
  secondFolder: string | null;
  policy: RetentionPolicy;
}

/** The backup settings, defaults filled in. A broken file gives the defaults and a Chinese warning, never a failed start. */
export function readBackupSettings(dataDir: string): { settings: BackupSettings; warning: string | null } {
  const file = path.join(dataDir, SETTINGS_FILE);
  const defaults: BackupSettings = { secondFolder: null, policy: { ...defaultPolicy } };
  if (!fs.existsSync(file)) return { settings: defaults, warning: null };
  let parsed;
  try {
    parsed = settingsSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return { settings: defaults, warning: `${file} 不是有效的 JSON，备份按默认设置进行` };
  }
  if (!parsed.success) return { settings: defaults, warning: `${file} 中的备份设置有误，备份按默认设置进行` };
  const backup = parsed.data.backup;
  return {
    settings: { secondFolder: backup?.secondFolder ?? null, policy: { ...defaultPolicy, ...backup?.policy } },
    warning: null,
  };
}

/** Why `folder` cannot be the second backup folder of `dataDir` (Chinese), or null: absolute, and not inside the data folder. */
export function secondFolderRefusal(dataDir: string, folder: string): string | null {
  if (!path.isAbsolute(folder)) return '第二备份位置应为完整路径（如 E:\\台账备份 或 /media/u盘/台账备份）';
  if (isInside(folder, dataDir)) return '第二备份位置不能在数据文件夹之内（数据文件夹损坏或丢失时备份会一起丢失），请选 U 盘或另一块磁盘';
  return null;
}

/**
 * Writes the backup settings into `<dataDir>/settings.json`, keeping every other key (and any other key of
 * `backup`), through a temp file renamed over the old one. A file that is not a JSON object is kept beside as
 * `settings.json.invalid-<time>` rather than lost.
 */
export function writeBackupSettings(dataDir: string, settings: BackupSettings, now: Date = new Date()): void {
  const file = path.join(dataDir, SETTINGS_FILE);
  let current: Record<string, unknown> = {};
  if (fs.existsSync(file)) {
    const text = fs.readFileSync(file, 'utf8');
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* kept aside below */
    }
    if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) current = parsed as Record<string, unknown>;
    else fs.copyFileSync(file, `${file}.invalid-${now.getTime()}`);
  }
  const backup = current.backup !== null && typeof current.backup === 'object' && !Array.isArray(current.backup) ? current.backup : {};
  const next = { ...current, backup: { ...backup, secondFolder: settings.secondFolder, policy: { ...settings.policy } } };
  const temp = `${file}.tmp-${process.pid}`;
  try {
    fs.writeFileSync(temp, `${JSON.stringify(next, null, 2)}\n`);
    syncFile(temp);
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
