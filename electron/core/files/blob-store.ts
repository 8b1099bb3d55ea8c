// The content-addressed file store: `<dataDir>/attachments/<first two hex>/<sha256>`, written to a temp name, synced, then renamed.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { writeSynced } from './synced-write';
import path from 'node:path';

const SHA256 = /^[0-9a-f]{64}$/;
export const TEMP_SUFFIX = '.tmp';

export function attachmentsRoot(dataDir: string): string {
  return path.join(dataDir, 'attachments');
}

export function isSha256(name: string): boolean {
  return SHA256.test(name);
}

export function sha256Hex(bytes: Buffer): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

export function blobPath(dataDir: string, sha256: string): string {
  if (!isSha256(sha256)) throw new Error(`not a SHA-256: ${sha256.slice(0, 80)}`);
  return path.join(attachmentsRoot(dataDir), sha256.slice(0, 2), sha256);
}

function syncFolder(folder: string): void {
  // Makes the rename durable on POSIX; Windows cannot open a folder for fsync, and does not need it.
  try {
    const fd = fs.openSync(folder, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    /* best effort */
  }
}

/**
 * Stores `bytes` under their hash and returns it. Content already there (same hash, same size) is not
 * written again; its time stamp is refreshed so a sweep in another process does not take it for an
 * orphan while this process's row is being committed.
 */
export function putBlob(dataDir: string, bytes: Buffer): string {
  const sha256 = sha256Hex(bytes);
  const target = blobPath(dataDir, sha256);
  const existing = fs.statSync(target, { throwIfNoEntry: false });
  if (existing?.isFile() && existing.size === bytes.length) {
    const now = new Date();
    fs.utimesSync(target, now, now);
    return sha256;
  }
  const folder = path.dirname(target);
  fs.mkdirSync(folder, { recursive: true });
  const temp = `${target}.${process.pid}.${crypto.randomBytes(4).toString('hex')}${TEMP_SUFFIX}`;
  try {
    writeSynced(temp, bytes, { flags: 'wx', mode: 0o600 });
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  syncFolder(folder);
  return sha256;
}

/** The stored bytes, or null when the file is missing. */
export function readBlob(dataDir: string, sha256: string): Buffer | null {
  try {
    return fs.readFileSync(blobPath(dataDir, sha256));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export interface StoredFile {
  /** The hash for content files, null for left-over temp files. */
  sha256: string | null;
  path: string;
  mtimeMs: number;
}

/** Every content file and temp file in the store; other names are not ours and are not listed. */
export function listStoredFiles(dataDir: string): StoredFile[] {
  const root = attachmentsRoot(dataDir);
  if (!fs.existsSync(root)) return [];
  const files: StoredFile[] = [];
  for (const folder of fs.readdirSync(root, { withFileTypes: true })) {
    if (!folder.isDirectory() || !/^[0-9a-f]{2}$/.test(folder.name)) continue;
    for (const entry of fs.readdirSync(path.join(root, folder.name), { withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const isContent = isSha256(entry.name) && entry.name.startsWith(folder.name);
      if (!isContent && !entry.name.endsWith(TEMP_SUFFIX)) continue;
      const file = path.join(root, folder.name, entry.name);
      const stat = fs.statSync(file, { throwIfNoEntry: false });
      if (stat) files.push({ sha256: isContent ? entry.name : null, path: file, mtimeMs: stat.mtimeMs });
    }
  }
  return files;
}
