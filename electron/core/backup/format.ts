// What a backup is on disk: one folder `<root>/<kind>/<stamp>/` holding ledger.sqlite, the attachments it references and manifest.json.
//
// Why a folder and not one .zip: attachments are content-addressed and never rewritten, so a backup in the
// data folder can hard-link them (a daily backup of gigabytes of scans costs almost nothing); every file
// is checked on its own against its hash; restore is a plain copy needing no archive code; and the folder
// travels to a USB stick as it is (the second folder gets real copies, never links).
import fs from 'node:fs';
import path from 'node:path';

export const BACKUP_DB_FILE = 'ledger.sqlite';
export const MANIFEST_FILE = 'manifest.json';
export const BACKUP_FORMAT = 1;
export const BACKUP_APP = 'judicial-office-ledger';

/** auto: daily and on quit, rotated; manual: asked for by the user, never rotated away. */
export type BackupKind = 'auto' | 'manual';
export const backupKinds: readonly BackupKind[] = ['auto', 'manual'];

export interface BackupManifest {
  format: number;
  app: string;
  kind: BackupKind;
  /** ISO instant the copy was taken. */
  createdAt: string;
  appVersion: string;
  /** Migrations applied to the copy, and the `created_at` of the newest one. */
  schemaVersion: number;
  lastMigrationMillis: number | null;
  db: { file: string; sha256: string; size: number };
  attachments: { count: number; bytes: number };
  /** Rows per table at the time of the copy. */
  tables: Record<string, number>;
}

export interface BackupEntry {
  dir: string;
  kind: BackupKind;
  at: Date;
}

/** The folder holding all backups of a data folder (the pre-migration copies live here too). */
export function backupsRoot(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

/** The backup folders' root inside a second folder (USB stick): a named subfolder, so we never rotate someone else's files. */
export function secondFolderRoot(folder: string): string {
  return path.join(folder, `${BACKUP_APP}-backups`);
}

/** `2026-11-27T083000Z`: UTC, sortable, safe in every file system. */
export function stampOf(at: Date): string {
  return at.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z').replace(/^(\d{4})(\d{2})(\d{2})/, '$1-$2-$3');
}

const STAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})(\d{2})(\d{2})Z(?:-\d+)?$/;

export function parseStamp(name: string): Date | null {
  const m = STAMP.exec(name);
  if (!m) return null;
  const at = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** A fresh folder name under `<root>/<kind>/` for a backup taken at `at` (suffixed when two fall in one second). */
export function newBackupDir(root: string, kind: BackupKind, at: Date): string {
  const base = path.join(root, kind, stampOf(at));
  let dir = base;
  for (let n = 2; fs.existsSync(dir) || fs.existsSync(`${dir}.partial`); n += 1) dir = `${base}-${n}`;
  return dir;
}

/** Finished backups under `root` (folders being written end in `.partial` and are not listed), newest first. */
export function listBackups(root: string): BackupEntry[] {
  const found: BackupEntry[] = [];
  for (const kind of backupKinds) {
    const folder = path.join(root, kind);
    if (!fs.existsSync(folder)) continue;
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const at = entry.isDirectory() ? parseStamp(entry.name) : null;
      if (at && fs.existsSync(path.join(folder, entry.name, MANIFEST_FILE))) found.push({ dir: path.join(folder, entry.name), kind, at });
    }
  }
  return found.sort((a, b) => b.at.getTime() - a.at.getTime() || b.dir.localeCompare(a.dir));
}
