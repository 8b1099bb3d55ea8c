// Takes one backup: SQLite's online backup API (WAL-safe, the app keeps running), the referenced attachments, a manifest; then verifies it.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { blobPath } from '../files/blob-store';
import { appliedCount, lastAppliedMillis } from '../db/migrate';
import { fileSha256, linkOrCopy, syncFile } from './copy-files';
import { BACKUP_APP, BACKUP_DB_FILE, BACKUP_FORMAT, MANIFEST_FILE, newBackupDir, type BackupKind, type BackupManifest } from './format';
import { BackupError, verifyBackup } from './verify';

export interface CreateBackupOptions {
  /** The live connection (the core's own): the backup API reads it page by page without blocking writers for long. */
  sqlite: Database.Database;
  /** Where the live attachments are (the data folder). */
  dataDir: string;
  /** The backups root: `<dataDir>/backups` or a second folder's root. */
  root: string;
  kind: BackupKind;
  now: Date;
  appVersion: string;
  nativeBinding?: string | undefined;
}

/** Row counts of every user table, for the manifest and for checking a restore. */
export function tableCounts(sqlite: Database.Database): Record<string, number> {
  const names = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(names.map((n) => [n, sqlite.prepare(`SELECT COUNT(*) FROM "${n.replace(/"/g, '""')}"`).pluck().get() as number]));
}

/**
 * Writes `<root>/<kind>/<stamp>/` through a `.partial` folder renamed only once verified, so a
 * listed backup is always a complete one. Throws BackupError (Chinese) when the copy does not verify.
 */
export async function createBackup(options: CreateBackupOptions): Promise<{ dir: string; manifest: BackupManifest }> {
  const dir = newBackupDir(options.root, options.kind, options.now);
  const partial = `${dir}.partial`;
  fs.mkdirSync(partial, { recursive: true });
  try {
    const dbCopy = path.join(partial, BACKUP_DB_FILE);
    await options.sqlite.backup(dbCopy);
    const copy = new Database(dbCopy, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    let manifest: BackupManifest;
    try {
      // A self-contained file: no -wal/-shm beside it, so it opens read-only anywhere (a USB stick too).
      copy.pragma('journal_mode = DELETE');
      const hashes = copy.prepare('SELECT DISTINCT sha256 FROM attachment').pluck().all() as string[];
      let bytes = 0;
      for (const sha256 of hashes) {
        const source = blobPath(options.dataDir, sha256);
        if (!fs.existsSync(source)) throw new BackupError([`附件文件缺失：${sha256}（数据目录中找不到，备份未完成）`]);
        linkOrCopy(source, blobPath(partial, sha256), true);
        bytes += fs.statSync(source).size;
      }
      manifest = {
        format: BACKUP_FORMAT,
        app: BACKUP_APP,
        kind: options.kind,
        createdAt: options.now.toISOString(),
        appVersion: options.appVersion,
        schemaVersion: appliedCount(copy),
        lastMigrationMillis: lastAppliedMillis(copy),
        db: { file: BACKUP_DB_FILE, sha256: '', size: 0 },
        attachments: { count: hashes.length, bytes },
        tables: tableCounts(copy),
      };
    } finally {
      copy.close();
    }
    syncFile(dbCopy);
    manifest.db.sha256 = fileSha256(dbCopy);
    manifest.db.size = fs.statSync(dbCopy).size;
    fs.writeFileSync(path.join(partial, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    const check = verifyBackup(partial, { nativeBinding: options.nativeBinding });
    if (!check.ok) throw new BackupError(check.problems);
    fs.renameSync(partial, dir);
    return { dir, manifest };
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}
