// `<dataDir>/settings.json` → { backup: { secondFolder, policy } }; the screen to edit it comes later, the file can be edited by hand now.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
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
