// 恢复: a confirmation naming the backup's time and saying the current data is kept aside, then the restore, then 请重新登录 on the login page.
import type { BackupItem } from '@shared/schemas/backup';
import { App, Typography } from 'antd';
import { errorMessage } from '../../api/client';
import { loadSession } from '../../auth/session';
import { backupTime, useRestoreBackup } from './use-backup';

export function useConfirmRestore(): (item: BackupItem) => void {
  const { modal, message } = App.useApp();
  const restore = useRestoreBackup();
  return (item) => {
    modal.confirm({
      title: `从 ${backupTime(item.createdAt)} 的备份恢复？`,
      content: (
        <Typography.Paragraph style={{ marginBottom: 0 }}>
          当前的全部数据和附件将被替换为该备份中的内容（{item.kind === 'auto' ? '自动' : '手动'}备份，{item.counts.cases} 件案件）。
          当前数据不会删除，会先另存到备份文件夹中的“before-restore-恢复时间”里。恢复后所有用户都需要重新登录。
        </Typography.Paragraph>
      ),
      okText: '恢复',
      okButtonProps: { danger: true },
      cancelText: '取消',
      autoFocusButton: 'cancel',
      onOk: async () => {
        try {
          const done = await restore.mutateAsync(item.id);
          modal.success({
            title: '已从备份恢复，请重新登录',
            content: `恢复前的数据已另存到：${done.keptAside}`,
            okText: '重新登录',
            // Every session ended with the restore; the login page clears the cached data of the replaced database.
            onOk: () => {
              void loadSession('已从备份恢复，请重新登录');
            },
          });
        } catch (err) {
          void message.error(errorMessage(err), 8);
        }
      },
    });
  };
}
