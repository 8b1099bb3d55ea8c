// Contract methods of backups: the list, a manual backup, the settings, and restore (administrator only).
import { mutation, noInput, query } from '../contract-spec';
import { backupCreateOutput, backupList, backupRestoreInput, backupRestoreOutput, backupSettings } from '../schemas/backup';

export const backupContract = {
  'backup.list': query(noInput, backupList),
  'backup.create': mutation(noInput, backupCreateOutput),
  'backup.settings': query(noInput, backupSettings),
  'backup.saveSettings': mutation(backupSettings, backupSettings),
  'backup.restore': mutation(backupRestoreInput, backupRestoreOutput),
} as const;
