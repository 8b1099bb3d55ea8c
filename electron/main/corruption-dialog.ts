// What the desktop app does when the database is damaged, as pure functions: the dialog's text and buttons, then restore and relaunch.
import { describeBackup, type RecoveryBackups, type RestoreResult } from '../core/backup';

export interface CorruptionDialogPlan {
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  /** The newest verified backup, restored when the user picks button 0; null when there is none (one button: quit). */
  restoreDir: string | null;
}

export function planCorruptionDialog(input: { file: string; problems: readonly string[]; backups: RecoveryBackups }): CorruptionDialogPlan {
  const newest = input.backups.verified[0];
  const failed = input.backups.failed > 0 ? `\n另有 ${input.backups.failed} 个备份未通过校验，不能用于恢复。` : '';
  const facts = `文件：${input.file}\n检查结果：${input.problems.slice(0, 3).join('；')}`;
  const common = { title: '数据库文件已损坏', message: '数据库文件已损坏，未做任何修改。' };
  if (newest === undefined) {
    return {
      ...common,
      detail: `${facts}\n\n没有找到可用的备份。请不要删除、覆盖或修复此文件，先把它复制一份保存好，然后联系技术支持。${failed}`,
      buttons: ['退出'],
      defaultId: 0,
      cancelId: 0,
      restoreDir: null,
    };
  }
  return {
    ...common,
    detail:
      `${facts}\n\n可以从最新的已校验备份恢复：${describeBackup(newest)}\n${newest.dir}\n` +
      `恢复时，损坏的文件会移到数据目录的 backups/before-restore-<时间>/ 中保存，不会删除；该备份之后录入的内容需要重新录入。恢复后程序会重新启动。${failed}`,
    buttons: ['从最新备份恢复并重新启动', '退出'],
    defaultId: 0,
    cancelId: 1,
    restoreDir: newest.dir,
  };
}

export interface CorruptionRecoveryDeps {
  showDialog(plan: CorruptionDialogPlan): Promise<number>;
  /** restoreBackup over the damaged file; throws (after rolling back) when it fails. */
  restore(backupDir: string): RestoreResult;
  showMessage(title: string, message: string): Promise<void>;
  relaunch(): void;
  exit(code: number): void;
}

/** Shows the dialog; on "restore" restores the backup, says where the damaged file went, and relaunches; otherwise quits. */
export async function runCorruptionRecovery(plan: CorruptionDialogPlan, deps: CorruptionRecoveryDeps): Promise<void> {
  const response = await deps.showDialog(plan);
  if (plan.restoreDir === null || response !== 0) {
    deps.exit(1);
    return;
  }
  let result: RestoreResult;
  try {
    result = deps.restore(plan.restoreDir);
  } catch (error) {
    await deps.showMessage('恢复失败', `${(error as Error).message}\n损坏的文件仍在原处，未作改动。请联系技术支持。`);
    deps.exit(1);
    return;
  }
  await deps.showMessage('已从备份恢复', `数据库检查通过，程序将重新启动。\n损坏的数据库文件已移到：${result.asideDir}，请保留。`);
  deps.relaunch();
  deps.exit(0);
}
