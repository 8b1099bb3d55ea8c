// 备份与恢复 page: the backups table with 立即备份 and 恢复, and the backup settings form below it.
import { Flex } from 'antd';
import { BackupSettingsCard } from './backup-settings-form';
import { BackupTable } from './backup-table';

export function BackupPage() {
  return (
    <Flex vertical gap={16} style={{ maxWidth: 1100 }}>
      <BackupTable />
      <BackupSettingsCard />
    </Flex>
  );
}
