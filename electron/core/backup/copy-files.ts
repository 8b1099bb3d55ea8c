// File moves for backups: link-or-copy of immutable attachment files, whole-folder copies, hashing.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function fileSha256(file: string): string {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(1 << 20);
    for (let n = fs.readSync(fd, chunk); n > 0; n = fs.readSync(fd, chunk)) hash.update(chunk.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

/**
 * Attachment files are never rewritten in place (the store writes a temp file and renames), so a
 * hard link is as good as a copy on the same volume; across volumes (or where links are refused) copy.
 */
export function linkOrCopy(from: string, to: string, allowLink: boolean): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  if (allowLink) {
    try {
      fs.linkSync(from, to);
      return;
    } catch {
      /* EXDEV, EPERM, FAT32 sticks: fall through to a copy */
    }
  }
  fs.copyFileSync(from, to);
}

/** Copies a folder tree file by file (no links: the copy must survive the loss of the source). */
export function copyTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) copyTree(source, target);
    else if (entry.isFile()) fs.copyFileSync(source, target);
  }
}

/** fsync a file so a power cut right after does not leave a backup that only looked finished. */
export function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
