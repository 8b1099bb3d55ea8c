// Checks a backup folder without changing it: manifest, the DB copy's hash, integrity, foreign keys, our application id, every attachment.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { blobPath, isSha256 } from '../files/blob-store';
import { hasTable, LEDGER_APPLICATION_ID, MIGRATIONS_TABLE } from '../db/migrate';
import { fileSha256 } from './copy-files';
import { BACKUP_APP, BACKUP_DB_FILE, MANIFEST_FILE, type BackupManifest } from './format';

/** A backup that failed its checks; `problems` are Chinese sentences for the user. */
export class BackupError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`备份校验未通过：${problems.join('；')}`);
    this.name = 'BackupError';
    this.problems = problems;
  }
}

export type VerifyResult = { ok: true; manifest: BackupManifest } | { ok: false; problems: string[] };

export function readManifest(dir: string): BackupManifest | string {
  const file = path.join(dir, MANIFEST_FILE);
  if (!fs.existsSync(file)) return `找不到 ${MANIFEST_FILE}：所选文件夹不是本程序的备份`;
  try {
    const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as BackupManifest;
    if (manifest.app !== BACKUP_APP || typeof manifest.db?.sha256 !== 'string') return `${MANIFEST_FILE} 不是本程序的备份说明`;
    return manifest;
  } catch {
    return `${MANIFEST_FILE} 已损坏，无法读取`;
  }
}

function checkDatabase(file: string, manifest: BackupManifest, nativeBinding: string | undefined, problems: string[]): void {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (error) {
    problems.push(`无法打开备份中的数据库：${(error as Error).message}`);
    return;
  }
  try {
    const integrity = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok') {
      problems.push(`数据库完整性检查未通过（${integrity.slice(0, 3).map((r) => r.integrity_check).join('；')}）`);
      return;
    }
    if (db.pragma('application_id', { simple: true }) !== LEDGER_APPLICATION_ID || !hasTable(db, MIGRATIONS_TABLE)) {
      problems.push('备份中的数据库不是司法所台账的数据库');
      return;
    }
    const broken = db.pragma('foreign_key_check') as unknown[];
    if (broken.length > 0) problems.push(`数据库中有 ${broken.length} 条记录的关联失效`);
    for (const [table, expected] of Object.entries(manifest.tables ?? {})) {
      const actual = hasTable(db, table) ? (db.prepare(`SELECT COUNT(*) FROM "${table.replace(/"/g, '""')}"`).pluck().get() as number) : -1;
      if (actual !== expected) problems.push(`表 ${table} 应有 ${expected} 行，实有 ${actual < 0 ? '（缺表）' : actual} 行`);
    }
    const dir = path.dirname(file);
    const hashes = hasTable(db, 'attachment') ? (db.prepare('SELECT DISTINCT sha256 FROM attachment').pluck().all() as string[]) : [];
    for (const sha256 of hashes) {
      const blob = isSha256(sha256) ? blobPath(dir, sha256) : null;
      if (!blob || !fs.existsSync(blob)) problems.push(`附件文件缺失：${sha256}`);
      else if (fileSha256(blob) !== sha256) problems.push(`附件文件已损坏（内容与校验值不符）：${sha256}`);
    }
  } catch (error) {
    problems.push(`读取备份中的数据库出错：${(error as Error).message}`);
  } finally {
    db.close();
  }
}

/** Every check a backup must pass before it is listed as good or restored. Never throws for a bad backup. */
export function verifyBackup(dir: string, options: { nativeBinding?: string | undefined } = {}): VerifyResult {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return { ok: false, problems: [`找不到备份文件夹：${dir}`] };
  const manifest = readManifest(dir);
  if (typeof manifest === 'string') return { ok: false, problems: [manifest] };
  const file = path.join(dir, BACKUP_DB_FILE);
  if (!fs.existsSync(file)) return { ok: false, problems: [`备份中缺少数据库文件 ${BACKUP_DB_FILE}`] };
  const problems: string[] = [];
  const size = fs.statSync(file).size;
  if (size !== manifest.db.size) problems.push(`数据库副本大小不符（应为 ${manifest.db.size} 字节，实为 ${size} 字节），可能被截断`);
  else if (fileSha256(file) !== manifest.db.sha256) problems.push('数据库副本的校验值不符，文件已被改动或损坏');
  checkDatabase(file, manifest, options.nativeBinding, problems);
  return problems.length === 0 ? { ok: true, manifest } : { ok: false, problems };
}
