// The backups to offer when the database is damaged: every backup folder verified, newest first, with a Chinese one-line description.
import fs from 'node:fs';
import { backupsRoot, listBackups, secondFolderRoot, type BackupKind } from './format';
import { readBackupSettings } from './settings';
import { verifyBackup } from './verify';

export interface RecoveryBackup {
  dir: string;
  kind: BackupKind;
  at: Date;
  /** Database plus attachments, from the verified manifest. */
  bytes: number;
}

export interface RecoveryBackups {
  /** Backups that passed every check, newest first: the first is the one offered. */
  verified: RecoveryBackup[];
  /** How many backup folders failed their checks (not offered). */
  failed: number;
}

/** The data folder's backups and, when set in settings.json and reachable, the second folder's. */
export function findRecoveryBackups(dataDir: string, options: { nativeBinding?: string | undefined } = {}): RecoveryBackups {
  const roots = [backupsRoot(dataDir)];
  const second = readBackupSettings(dataDir).settings.secondFolder;
  if (second !== null && fs.existsSync(secondFolderRoot(second))) roots.push(secondFolderRoot(second));
  const verified: RecoveryBackup[] = [];
  let failed = 0;
  for (const entry of roots.flatMap((root) => listBackups(root))) {
    const check = verifyBackup(entry.dir, { nativeBinding: options.nativeBinding });
    if (!check.ok) failed += 1;
    else verified.push({ dir: entry.dir, kind: entry.kind, at: entry.at, bytes: check.manifest.db.size + check.manifest.attachments.bytes });
  }
  verified.sort((a, b) => b.at.getTime() - a.at.getTime() || a.dir.localeCompare(b.dir));
  return { verified, failed };
}

/** `2026-11-27 10:30`, Beijing time (the users' clock, whatever the machine's zone). */
export function beijingTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ');
}

export function sizeText(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** `2026-11-27 10:30（自动备份，1.2 MB）` */
export function describeBackup(backup: RecoveryBackup): string {
  return `${beijingTime(backup.at)}（${backup.kind === 'auto' ? '自动备份' : '手动备份'}，${sizeText(backup.bytes)}）`;
}

/** Lines for a terminal: the file, the problem, and the restore command with the newest verified backup. */
export function corruptionAdvice(file: string, problems: readonly string[], backups: RecoveryBackups): string[] {
  const lines = [`数据库文件已损坏，未做任何修改：${file}`, `检查结果：${problems.slice(0, 3).join('；')}`];
  const newest = backups.verified[0];
  if (newest === undefined) {
    lines.push('没有找到可用的备份（校验通过的备份为 0 个）。请保留此文件，不要删除或覆盖，并联系技术支持。');
  } else {
    lines.push(`最新的可用备份：${describeBackup(newest)}`);
    lines.push(`恢复命令（损坏的文件会移到 backups/before-restore-<时间>/ 保存）：`);
    lines.push(`  npm run cli -- restore ${quoteArg(newest.dir)} --db ${quoteArg(file)}`);
  }
  if (backups.failed > 0) lines.push(`另有 ${backups.failed} 个备份未通过校验，不能用于恢复。`);
  return lines;
}

function quoteArg(value: string): string {
  return /^[\w./:\\-]+$/.test(value) ? value : `"${value.replace(/"/g, '\\"')}"`;
}

