// Web mode's recovery state when the database is damaged: the page, and the one POST that restores the newest verified backup.
import type http from 'node:http';
import path from 'node:path';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import type { Core, DatabaseCorruptError } from '../core';
import { findRecoveryBackups, restoreBackup, type RecoveryBackups, type RestoreResult } from '../core/backup';
import { sourceMigrationsFolder } from '../core/resources';
import { newNonce } from '../core/static-files';
import { readBody } from './read-body';
import { RECOVERY_RESTORE_PATH, recoveryCsp, recoveryPageHtml, type RecoveryNotice, type RecoveryView } from './recovery-page';

export interface WebRecovery {
  /** True until a restore succeeded and the core is open again: the app is not served meanwhile. */
  active(): boolean;
  view(): RecoveryView;
  /** Restores `backupDir` if it is still the newest verified backup; never throws. */
  restore(backupDir: string): RecoveryNotice;
}

export function createWebRecovery(options: {
  error: DatabaseCorruptError;
  findBackups: () => RecoveryBackups;
  /** restoreBackup on the damaged file (which it moves aside); throws when the restore was rolled back. */
  restore: (backupDir: string) => RestoreResult;
  /** Opens the restored database and starts serving the app (the in-process restart). */
  onRestored: () => void;
}): WebRecovery {
  let backups = options.findBackups();
  let notice: RecoveryNotice | undefined;
  let active = true;
  return {
    active: () => active,
    view: () => ({ file: options.error.file, problems: options.error.problems, backups, notice }),
    restore(backupDir) {
      if (!active) return notice ?? { kind: 'failed', message: '数据库已恢复，无需再次恢复。' };
      if (backups.verified[0]?.dir !== backupDir) {
        backups = options.findBackups();
        notice = { kind: 'failed', message: '可用的备份已有变化，请核对下面的列表后再恢复。未作任何改动。' };
        return notice;
      }
      let result: RestoreResult;
      try {
        result = options.restore(backupDir);
      } catch (error) {
        backups = options.findBackups();
        notice = { kind: 'failed', message: (error as Error).message };
        return notice;
      }
      try {
        options.onRestored();
        active = false;
        notice = { kind: 'restored', from: backupDir, asideDir: result.asideDir };
      } catch (error) {
        notice = { kind: 'failed', message: `已从备份恢复，但重新打开数据库失败：${(error as Error).message}。请停止后重新运行 npm run web。` };
      }
      return notice;
    },
  };
}

/** The real wiring: the damaged file's data folder, restoreBackup (which opens the result once to check it), then the core opened for good. */
export function webRecoveryFor(
  error: DatabaseCorruptError,
  open: () => Core,
  onOpened: (core: Core) => void,
  migrationsFolder: string = sourceMigrationsFolder,
): WebRecovery {
  const knownMigrationMillis = readMigrationFiles({ migrationsFolder }).at(-1)?.folderMillis ?? 0;
  return createWebRecovery({
    error,
    findBackups: () => findRecoveryBackups(path.dirname(error.file)),
    restore: (backupDir) => restoreBackup({ dbPath: error.file, backupDir, now: new Date(), knownMigrationMillis, reopen: () => open().close() }),
    onRestored: () => onOpened(open()),
  });
}

const MAX_FORM_BYTES = 8 * 1024;

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams | null> {
  const text = await readBody(req, MAX_FORM_BYTES);
  return text === null ? null : new URLSearchParams(text);
}

function sendPage(res: http.ServerResponse, status: number, view: RecoveryView, baseHeaders: Record<string, string>, head: boolean): void {
  const nonce = newNonce();
  res.writeHead(status, {
    ...baseHeaders,
    'Content-Security-Policy': recoveryCsp(nonce),
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(head ? undefined : recoveryPageHtml(view, nonce));
}

/**
 * Every non-API request while recovering (and the restore POST): GET/HEAD of any path shows the page;
 * the POST needs the session cookie, our own Origin and a form body.
 */
export async function serveRecovery(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  pathname: string,
  ctx: { recovery: WebRecovery; authorized: boolean; sameOrigin: boolean; baseHeaders: Record<string, string> },
): Promise<void> {
  const { recovery } = ctx;
  if (pathname !== RECOVERY_RESTORE_PATH || req.method !== 'POST') {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...ctx.baseHeaders, 'Content-Type': 'text/plain; charset=utf-8' }).end('只接受 GET 请求');
      return;
    }
    sendPage(res, 200, recovery.view(), ctx.baseHeaders, req.method === 'HEAD');
    return;
  }
  const refuse = (status: number, message: string) => sendPage(res, status, { ...recovery.view(), notice: { kind: 'failed', message } }, ctx.baseHeaders, false);
  if (!ctx.sameOrigin) return refuse(403, '拒绝来自其他网站的请求。未作任何改动。');
  if (!ctx.authorized) return refuse(401, '访问令牌无效：请使用启动时显示的链接打开本页。未作任何改动。');
  if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return refuse(415, '请求格式不正确。未作任何改动。');
  const form = await readForm(req);
  const backupDir = form?.get('backup');
  if (form === null || !backupDir) return refuse(400, '请求中没有指明备份。未作任何改动。');
  const notice = recovery.restore(backupDir);
  sendPage(res, 200, { ...recovery.view(), notice }, ctx.baseHeaders, false);
}
