// Restores a verified backup over the data folder: the current DB and attachments go aside first, and come back on any failure.
import fs from 'node:fs';
import path from 'node:path';
import { attachmentsRoot } from '../files/blob-store';
import { copyTree, syncFile } from './copy-files';
import { BACKUP_DB_FILE, backupsRoot, stampOf } from './format';
import { BackupError, verifyBackup } from './verify';

export interface RestoreOptions {
  /** The live database file; the core on it must be closed before calling. */
  dbPath: string;
  /** The backup folder to restore. */
  backupDir: string;
  now: Date;
  /** `created_at` of the newest migration this program knows: a backup from a newer program is refused. */
  knownMigrationMillis: number;
  /** Opens the restored file the way the app does (migrating an older backup) and closes it; throws when it cannot. */
  reopen: () => void;
  nativeBinding?: string | undefined;
}

export interface RestoreResult {
  /** Where the data that was in place before now lies: `backups/before-restore-<stamp>/`. */
  asideDir: string;
  tables: Record<string, number>;
  attachments: number;
}

const dbCompanions = (dbPath: string) => [dbPath, `${dbPath}-wal`, `${dbPath}-shm`, `${dbPath}-journal`];

export function restoreBackup(options: RestoreOptions): RestoreResult {
  const check = verifyBackup(options.backupDir, { nativeBinding: options.nativeBinding });
  if (!check.ok) throw new BackupError(check.problems);
  const { manifest } = check;
  if (manifest.lastMigrationMillis !== null && manifest.lastMigrationMillis > options.knownMigrationMillis) {
    throw new BackupError(['此备份由更新版本的程序创建，当前程序无法恢复。请安装最新版本后再试']);
  }
  const dataDir = path.dirname(options.dbPath);
  const asideDir = freshDir(path.join(backupsRoot(dataDir), `before-restore-${stampOf(options.now)}`));
  const moved: [from: string, to: string][] = [];
  const files = [...dbCompanions(options.dbPath), attachmentsRoot(dataDir)];
  const present = new Set(files.filter((f) => fs.existsSync(f)));
  try {
    fs.mkdirSync(path.dirname(asideDir), { recursive: true });
    fs.mkdirSync(asideDir);
    for (const from of files) {
      if (!fs.existsSync(from)) continue;
      const to = path.join(asideDir, path.basename(from));
      fs.renameSync(from, to);
      moved.push([from, to]);
    }
    const temp = `${options.dbPath}.restoring`;
    fs.copyFileSync(path.join(options.backupDir, BACKUP_DB_FILE), temp);
    syncFile(temp);
    fs.renameSync(temp, options.dbPath);
    const backupAttachments = attachmentsRoot(options.backupDir);
    if (fs.existsSync(backupAttachments)) copyTree(backupAttachments, attachmentsRoot(dataDir));
    options.reopen();
  } catch (error) {
    rollBack(files, present, moved, `${options.dbPath}.restoring`, asideDir);
    throw new Error(`恢复失败，数据已还原为恢复前的状态：${(error as Error).message}`, { cause: error });
  }
  return { asideDir, tables: manifest.tables, attachments: manifest.attachments.count };
}

/** Undo: what the restore wrote goes, what was moved aside returns; a file never moved is never touched. */
function rollBack(files: string[], present: Set<string>, moved: [string, string][], temp: string, asideDir: string): void {
  const movedFrom = new Set(moved.map(([from]) => from));
  fs.rmSync(temp, { force: true });
  for (const file of files) if (movedFrom.has(file) || !present.has(file)) fs.rmSync(file, { recursive: true, force: true });
  for (const [from, to] of [...moved].reverse()) fs.renameSync(to, from);
  try {
    fs.rmdirSync(asideDir);
  } catch {
    /* not empty (should not happen) or never made: leave it, it may hold data */
  }
}

function freshDir(base: string): string {
  let dir = base;
  for (let n = 2; fs.existsSync(dir); n += 1) dir = `${base}-${n}`;
  return dir;
}
