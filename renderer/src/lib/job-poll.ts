// How often a running job (batch dossiers, upload package) is polled: every 400 ms while it runs and the session is usable.
export const JOB_POLL_MS = 400;

/** The refetch interval: none once the job has ended, nor while the session is locked or logged out. */
export function jobPollInterval(active: boolean, job: { state: string } | undefined): number | false {
  if (!active) return false;
  return job === undefined || job.state === 'running' ? JOB_POLL_MS : false;
}
