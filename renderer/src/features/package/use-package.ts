// Query and mutation hooks of 数据上报: the period's preflight, the export job (start, poll, cancel), past exports and the office key.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { useSessionActive } from '../../auth/session';
import { jobPollInterval } from '../../lib/job-poll';

export const packageKeys = {
  preflight: (period: string) => ['package', 'preflight', period] as const,
  job: (jobId: string) => ['package', 'job', jobId] as const,
  exports: ['package', 'exports'] as const,
  key: ['package', 'key'] as const,
};

export function usePreflight(period: string) {
  return useQuery({ queryKey: packageKeys.preflight(period), queryFn: () => call('package.preflight', { period }), staleTime: 0, refetchOnWindowFocus: true });
}

export function useExportStart() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { period: string; dataOnly: boolean }) => call('package.exportStart', input),
    onSuccess: (job) => queryClient.setQueryData(packageKeys.job(job.jobId), job),
  });
}

export function useExportCancel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (jobId: string) => call('package.exportCancel', { jobId }),
    onSuccess: (job) => queryClient.setQueryData(packageKeys.job(job.jobId), job),
  });
}

/** Polls the export every 400 ms while it runs; once it ends, the history is reloaded. */
export function useExportStatus(jobId: string | null) {
  const active = useSessionActive();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: packageKeys.job(jobId ?? ''),
    queryFn: async () => {
      const job = await call('package.exportStatus', { jobId: jobId ?? '' });
      if (job.state !== 'running') await queryClient.invalidateQueries({ queryKey: packageKeys.exports });
      return job;
    },
    // Not while the session is locked or logged out: every call would answer LOCKED / UNAUTHORIZED.
    enabled: jobId !== null && active,
    refetchInterval: (query) => jobPollInterval(active, query.state.data),
    staleTime: 0,
  });
}

export function useExports() {
  return useQuery({ queryKey: packageKeys.exports, queryFn: () => call('package.exports', {}) });
}

/** The package file itself (can be many megabytes): fetched on request, never cached. */
export const usePackageDownload = () => useMutation({ mutationFn: (id: number) => call('package.download', { id }) });

export function useOfficeKey() {
  return useQuery({ queryKey: packageKeys.key, queryFn: () => call('package.key', {}) });
}
