// Fixtures for backup tests: a temp core with the demo data plus attachments, and helpers to read a data folder's state.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { demo } from '../../electron/cli/commands';
import { tableCounts } from '../../electron/core/backup';
import { listStoredFiles } from '../../electron/core/files/blob-store';
import { png } from '../unit/attachment-fixtures';
import { openTempCore, type TempCore } from '../helpers/temp-core';

export const silent = { out: () => undefined, err: () => undefined };

/** A core with the demo office and three attachments (two of them on one meeting). */
export async function seededCore(dir?: string): Promise<TempCore> {
  const core = openTempCore(dir ? { dir } : {});
  if ((await demo(core, silent, 4)) !== 0) throw new Error('demo failed');
  for (const [ownerId, seed] of [[1, 1], [1, 2], [2, 3]] as const) {
    const dataBase64 = png(3, 2, seed).toString('base64');
    const result = await core.dispatch('attachment.add', { ownerType: 'cpcMeeting', ownerId, role: 'photo', name: `照片${seed}.png`, dataBase64 });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
  }
  return core;
}

/** Row counts of every table and the attachment files (hash → bytes) of a closed data folder. */
export function snapshot(dbPath: string): { tables: Record<string, number>; files: Record<string, string> } {
  const db = new Database(dbPath, { readonly: true });
  try {
    const files = Object.fromEntries(
      listStoredFiles(path.dirname(dbPath)).map((f) => [f.sha256 ?? f.path, fs.readFileSync(f.path).toString('base64')]),
    );
    return { tables: tableCounts(db), files };
  } finally {
    db.close();
  }
}

/** Flips `count` bytes in the middle of a file. */
export function flipBytes(file: string, count = 16): void {
  const bytes = fs.readFileSync(file);
  const start = Math.floor(bytes.length / 2);
  for (let i = start; i < start + count && i < bytes.length; i++) bytes[i] = bytes[i]! ^ 0xff;
  fs.writeFileSync(file, bytes);
}
