// Automatic backups (daily and on quit): take one in the data folder, copy it to the second folder, rotate both.
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { copyTree } from './copy-files';
import { createBackup } from './create';
import { backupsRoot, listBackups, secondFolderRoot, type BackupEntry } from './format';
import { selectToKeep } from './rotation';
import { readBackupSettings } from './settings';
import { verifyBackup } from './verify';

const DAY_MS = 24 * 60 * 60 * 1000;

/** True when the newest automatic backup in the data folder is a day old or more, or there is none. */
export function isDailyBackupDue(dataDir: string, now: Date): boolean {
  const newest = listBackups(backupsRoot(dataDir)).find((b) => b.kind === 'auto');
  return newest === undefined || now.getTime() - newest.at.getTime() >= DAY_MS;
}

/** Deletes the automatic backups under `root` the policy does not keep; manual ones are never touched. */
export function rotate(root: string, keep: (auto: BackupEntry[]) => BackupEntry[]): string[] {
  const auto = listBackups(root).filter((b) => b.kind === 'auto');
  const kept = new Set(keep(auto));
  const removed = auto.filter((b) => !kept.has(b)).map((b) => b.dir);
  for (const dir of removed) fs.rmSync(dir, { recursive: true, force: true });
  return removed;
}

export interface AutoBackupResult {
  dir: string;
  /** The copy in the second folder, or why it could not be made (the main backup still stands). */
  second: { dir: string } | { error: string } | null;
  removed: string[];
  warning: string | null;
}

export async function runAutoBackup(options: {
  sqlite: Database.Database;
  dataDir: string;
  now: Date;
  appVersion: string;
  nativeBinding?: string | undefined;
}): Promise<AutoBackupResult> {
  const { settings, warning } = readBackupSettings(options.dataDir);
  const offset = -options.now.getTimezoneOffset();
  const keep = (auto: BackupEntry[]) => selectToKeep(auto, options.now, settings.policy, offset);
  const root = backupsRoot(options.dataDir);
  const made = await createBackup({ ...options, root, kind: 'auto' });
  const removed = rotate(root, keep);
  let second: AutoBackupResult['second'] = null;
  if (settings.secondFolder) {
    try {
      if (!fs.existsSync(settings.secondFolder)) throw new Error(`找不到第二备份位置 ${settings.secondFolder}（U 盘是否已插上？）`);
      const secondRoot = secondFolderRoot(settings.secondFolder);
      second = { dir: copyBackup(made.dir, secondRoot, options.nativeBinding) };
      removed.push(...rotate(secondRoot, keep));
    } catch (error) {
      second = { error: (error as Error).message };
    }
  }
  return { dir: made.dir, second, removed, warning };
}

/** Copies a finished backup folder under `root/<kind>/` (through `.partial`) and verifies the copy. */
export function copyBackup(dir: string, root: string, nativeBinding?: string): string {
  const target = path.join(root, path.basename(path.dirname(dir)), path.basename(dir));
  const partial = `${target}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  try {
    copyTree(dir, partial);
    const check = verifyBackup(partial, { nativeBinding });
    if (!check.ok) throw new Error(`复制到 ${root} 的备份校验未通过：${check.problems.join('；')}`);
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(partial, target);
    return target;
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}
