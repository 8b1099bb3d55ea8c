// Query and mutation hooks for backups (backup.list/create/settings/saveSettings/restore); changes refresh the list and the settings.
import type { BackupSettingsValue } from '@shared/schemas/backup';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { call } from '../../api/client';

/** A backup's time as the table and the confirmation show it (local time, to the second). */
export const backupTime = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm:ss');

export const backupKeys = {
  all: ['backup'] as const,
  list: ['backup', 'list'] as const,
  settings: ['backup', 'settings'] as const,
};

export function useBackupList() {
  // The second folder's state changes outside the app (a USB stick plugged in): ask again whenever the page is shown.
  return useQuery({ queryKey: backupKeys.list, queryFn: () => call('backup.list', {}), staleTime: 0 });
}

export function useBackupSettings() {
  return useQuery({ queryKey: backupKeys.settings, queryFn: () => call('backup.settings', {}), staleTime: 0 });
}

function useInvalidateBackups() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: backupKeys.all });
}

export function useCreateBackup() {
  const invalidate = useInvalidateBackups();
  return useMutation({ mutationFn: () => call('backup.create', {}), onSuccess: invalidate });
}

export function useSaveBackupSettings() {
  const invalidate = useInvalidateBackups();
  return useMutation({ mutationFn: (data: BackupSettingsValue) => call('backup.saveSettings', data), onSuccess: invalidate });
}

/** No invalidation: after a restore every session has ended and the page reloads. */
export function useRestoreBackup() {
  return useMutation({ mutationFn: (id: string) => call('backup.restore', { id }) });
}
