// What the 备份与恢复 screen shows: the data folder's backups as manifest facts, the id ↔ folder mapping (no way out of backups/), the second folder's state.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { backupsRoot, listBackups, parseStamp, type BackupKind, type BackupManifest } from './format';
import { readManifest } from './verify';

export interface BackupFacts {
  /** `<kind>/<stamp>`: the folder under `<data>/backups/`, the id restore takes. */
  id: string;
  kind: BackupKind;
  createdAt: string;
  appVersion: string;
  dbBytes: number;
  attachments: { count: number; bytes: number };
  counts: { cases: number; staff: number; mediators: number };
}

const rows = (manifest: BackupManifest, table: string) => {
  const n = manifest.tables?.[table];
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : 0;
};

/** The manifest's facts for one backup folder under `<data>/backups/<kind>/`; null when its manifest cannot be read. */
export function factsOf(dir: string, kind: BackupKind): BackupFacts | null {
  const manifest = readManifest(dir);
  if (typeof manifest === 'string') return null;
  const at = new Date(manifest.createdAt);
  if (Number.isNaN(at.getTime())) return null;
  return {
    id: `${kind}/${path.basename(dir)}`,
    kind,
    createdAt: at.toISOString(),
    appVersion: typeof manifest.appVersion === 'string' ? manifest.appVersion : '',
    dbBytes: Math.max(0, Math.trunc(manifest.db.size) || 0),
    attachments: { count: Math.max(0, Math.trunc(manifest.attachments?.count) || 0), bytes: Math.max(0, Math.trunc(manifest.attachments?.bytes) || 0) },
    counts: { cases: rows(manifest, 'mediation_case'), staff: rows(manifest, 'staff'), mediators: rows(manifest, 'mediator') },
  };
}

/** Finished backups in the data folder, newest first (a folder whose manifest cannot be read is left out: it cannot be restored). */
export function listBackupFacts(dataDir: string): BackupFacts[] {
  return listBackups(backupsRoot(dataDir)).flatMap((entry) => factsOf(entry.dir, entry.kind) ?? []);
}

const ID = /^(auto|manual)\/([^/\\]+)$/;

/**
 * The folder a backup id names, or why the id is not one: only `auto/<stamp>` or `manual/<stamp>` with a
 * stamp as the app writes them, so '..', absolute paths, separators or drive letters can never get out of
 * `<data>/backups/`. A well-formed id whose folder is missing (or is a link) gives `missing`.
 */
export function backupDirOfId(dataDir: string, id: string): { dir: string; kind: BackupKind } | 'invalid' | 'missing' {
  const m = ID.exec(id);
  if (!m || parseStamp(m[2]!) === null) return 'invalid';
  const kind = m[1] as BackupKind;
  const root = path.resolve(backupsRoot(dataDir));
  const dir = path.resolve(root, kind, m[2]!);
  if (path.dirname(path.dirname(dir)) !== root) return 'invalid';
  try {
    return fs.lstatSync(dir).isDirectory() ? { dir, kind } : 'missing';
  } catch {
    return 'missing';
  }
}

/** Why the second folder cannot take a backup right now (missing, not a folder, not writable), or null when it can. */
export function secondFolderProblem(folder: string): string | null {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch {
    return `找不到第二备份位置 ${folder}（U 盘是否已插上？）`;
  }
  if (!stat.isDirectory()) return `第二备份位置 ${folder} 不是文件夹`;
  // access(W_OK) says little on Windows (only the read-only attribute): write a small file and remove it.
  const probe = path.join(folder, `.ledger-write-test-${process.pid}-${crypto.randomBytes(4).toString('hex')}`);
  try {
    fs.writeFileSync(probe, 'ok');
    fs.rmSync(probe, { force: true });
    return null;
  } catch (error) {
    return `第二备份位置 ${folder} 无法写入（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}）`;
  }
}

/** The real path of `p`, following links in the part that exists (a folder not made yet lies under its real parent). */
function realPath(p: string): string {
  const resolved = path.resolve(p);
  try {
    return fs.realpathSync.native(resolved);
  } catch {
    const parent = path.dirname(resolved);
    return parent === resolved ? resolved : path.join(realPath(parent), path.basename(resolved));
  }
}

/** Inside (or equal to) `parent`, by real paths, without case on Windows and macOS. */
export function isInside(child: string, parent: string): boolean {
  const fold = (p: string) => (process.platform === 'linux' ? p : p.toLowerCase());
  const relative = path.relative(fold(realPath(parent)), fold(realPath(child)));
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}
