// Backups from the app: the list with the second folder's state, a manual backup now, the settings (settings.json), and restore through the host.
import fs from 'node:fs';
import {
  BackupError,
  backupDirOfId,
  backupsRoot,
  copyBackup,
  createBackup,
  factsOf,
  listBackupFacts,
  readBackupSettings,
  secondFolderProblem,
  secondFolderRefusal,
  secondFolderRoot,
  verifyBackup,
  writeBackupSettings,
  type BackupFacts,
} from '../backup';
import { AppError } from '../../shared/errors';
import { asyncHandler, type HandlerGroup, type ServiceDeps } from './context';

type BackupMethod = 'backup.list' | 'backup.create' | 'backup.settings' | 'backup.saveSettings' | 'backup.restore';

/** What the handlers need from the core; `nativeBinding` (Electron's better-sqlite3 build) opens the copies the way the core opens its file. */
export type BackupDeps = Pick<ServiceDeps, 'handle' | 'host' | 'appVersion' | 'dataDir' | 'nativeBinding'>;

const errnoWords: Record<string, string> = {
  ENOSPC: '磁盘空间不足',
  EACCES: '没有写入权限',
  EPERM: '没有写入权限',
  EROFS: '磁盘为只读',
  EIO: '磁盘读写出错',
};

/** A failed backup in Chinese: the checks that failed, or the disk's problem; anything else stays an internal error. */
function backupFailure(error: unknown): never {
  if (error instanceof BackupError) throw new AppError('INTERNAL', `备份未完成：${error.problems.join('；')}`);
  const word = errnoWords[(error as NodeJS.ErrnoException)?.code ?? ''];
  if (word) throw new AppError('INTERNAL', `备份未完成：${word}`);
  throw error;
}

function copyToSecondFolder(dir: string, nativeBinding: string | undefined, folder: string | null): { copy: string | null; problem: string | null } {
  if (folder === null) return { copy: null, problem: null };
  if (!fs.existsSync(folder)) return { copy: null, problem: `找不到第二备份位置 ${folder}（U 盘是否已插上？）` };
  try {
    return { copy: copyBackup(dir, secondFolderRoot(folder), nativeBinding), problem: null };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return { copy: null, problem: errnoWords[code] ? `复制到第二备份位置失败：${errnoWords[code]}` : (error as Error).message };
  }
}

function restoreFailure(error: unknown): never {
  if (error instanceof BackupError) throw new AppError('CONFLICT', `${error.message}。当前数据未作任何改动。`, 'id');
  if (error instanceof Error && error.message.startsWith('恢复失败')) throw new AppError('INTERNAL', error.message);
  throw error;
}

/** The handlers take `deps` (not a fixed connection): after a restore the host's handle is the reopened one. */
export function backupHandlers(deps: BackupDeps): HandlerGroup<BackupMethod> {
  const items = (): BackupFacts[] => listBackupFacts(deps.dataDir);
  return {
    'backup.list': asyncHandler(async () => {
      const all = items();
      const { secondFolder } = readBackupSettings(deps.dataDir).settings;
      return {
        items: all,
        root: backupsRoot(deps.dataDir),
        secondFolder,
        secondFolderProblem: secondFolder === null ? null : secondFolderProblem(secondFolder),
        lastAutoAt: all.find((b) => b.kind === 'auto')?.createdAt ?? null,
      };
    }),

    'backup.create': asyncHandler(async (_input, call) => {
      const { nativeBinding } = deps;
      let made: { dir: string };
      try {
        made = await createBackup({
          sqlite: deps.handle.sqlite,
          dataDir: deps.dataDir,
          root: backupsRoot(deps.dataDir),
          kind: 'manual',
          now: new Date(call.now),
          appVersion: deps.appVersion,
          nativeBinding,
        });
      } catch (error) {
        backupFailure(error);
      }
      const item = factsOf(made.dir, 'manual');
      if (item === null) throw new Error(`the new backup ${made.dir} has no readable manifest`);
      const second = copyToSecondFolder(made.dir, nativeBinding, readBackupSettings(deps.dataDir).settings.secondFolder);
      call.write((c) =>
        c.audit({
          entity: 'backup',
          entityId: item.id,
          before: null,
          after: { kind: 'manual', createdAt: item.createdAt, secondFolderCopy: second.copy, secondFolderProblem: second.problem },
        }),
      );
      return { item, secondFolderCopy: second.copy, secondFolderProblem: second.problem };
    }),

    'backup.settings': asyncHandler(async () => readBackupSettings(deps.dataDir).settings),

    'backup.saveSettings': asyncHandler(async (input, call) => {
      const refusal = input.secondFolder === null ? null : secondFolderRefusal(deps.dataDir, input.secondFolder);
      if (refusal !== null) throw new AppError('VALIDATION_FAILED', refusal, 'secondFolder');
      const before = readBackupSettings(deps.dataDir).settings;
      const after = { secondFolder: input.secondFolder, policy: { ...input.policy } };
      // The audit row first, the file last: a file that cannot be written rolls the row back.
      call.write((c) => {
        c.audit({ entity: 'backupSettings', entityId: null, before, after });
        writeBackupSettings(deps.dataDir, after, new Date(call.now));
      });
      return after;
    }),

    'backup.restore': asyncHandler(async (input, call) => {
      const found = backupDirOfId(deps.dataDir, input.id);
      if (found === 'invalid') throw new AppError('VALIDATION_FAILED', '备份编号不正确，请从列表中选择备份', 'id');
      if (found === 'missing') throw new AppError('NOT_FOUND', '找不到该备份（可能已按保留规则删除），请刷新列表');
      const check = verifyBackup(found.dir, { nativeBinding: deps.nativeBinding });
      if (!check.ok) restoreFailure(new BackupError(check.problems));
      const item = factsOf(found.dir, found.kind);
      if (item === null) restoreFailure(new BackupError(['备份说明无法读取']));
      let keptAside: string;
      try {
        keptAside = deps.host.restoreFrom(found.dir).asideDir;
      } catch (error) {
        restoreFailure(error);
      }
      // Written in the restored database (the host reopened it): the log there says what happened.
      call.write((c) => c.audit({ entity: 'backup', entityId: item.id, before: null, after: { restoredFrom: item.id, keptAside } }));
      return { keptAside, restoredFrom: item };
    }),
  };
}
