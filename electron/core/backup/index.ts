// Backups and restore: the public surface used by the CLI, the Electron main and web mode.
export { isDailyBackupDue, rotate, runAutoBackup, copyBackup, type AutoBackupResult } from './auto';
export { createBackup, tableCounts } from './create';
export { backupsRoot, listBackups, secondFolderRoot, type BackupEntry, type BackupKind, type BackupManifest } from './format';
export { restoreBackup, type RestoreResult } from './restore';
export { defaultPolicy, selectToKeep, type RetentionPolicy } from './rotation';
export { readBackupSettings, secondFolderRefusal, SETTINGS_FILE, writeBackupSettings, type BackupSettings } from './settings';
export { backupDirOfId, factsOf, listBackupFacts, secondFolderProblem, type BackupFacts } from './catalog';
export { BackupError, verifyBackup, type VerifyResult } from './verify';
export { createAutoBackups, type AutoBackups } from './scheduler';
export { corruptionAdvice, describeBackup, findRecoveryBackups, type RecoveryBackup, type RecoveryBackups } from './recovery';
