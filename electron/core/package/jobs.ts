// The export job: one at a time, in the background, with progress and cancel (package.exportStart / exportStatus / exportCancel).
import { randomUUID } from 'node:crypto';
import type { PackageJob } from '../../shared/schemas/package';
import { AppError } from '../../shared/errors';

interface Job extends PackageJob {
  readonly controller: AbortController;
}

const jobs = new Map<string, Job>();
/** Finished jobs kept for status calls; the oldest are dropped past this count. */
const KEEP = 20;

const view = ({ controller: _c, ...rest }: Job): PackageJob => ({ ...rest });

function isClosedDatabase(cause: unknown): boolean {
  return cause instanceof TypeError && /database connection is not open/i.test(cause.message);
}

/** What the user reads when an export failed: the core's own message, or what the disk said. */
function failureMessage(cause: unknown): string {
  if (cause instanceof AppError) return cause.message;
  const code = (cause as NodeJS.ErrnoException | null)?.code;
  if (code === 'EPERM' || code === 'EBUSY' || code === 'EACCES') return '无法写入数据包：文件可能正被其他程序打开，或文件夹不可写';
  if (code === 'ENOSPC') return '磁盘空间不足，无法写入数据包';
  return '导出失败（内部错误，详见日志）';
}

export interface JobWork {
  (signal: AbortSignal, progress: (stage: string, done: number, total: number) => void): Promise<number>;
}

/** Starts `work` in the background; it resolves to the export record's id. */
export function startExportJob(period: string, startedAt: string, work: JobWork): PackageJob {
  const running = [...jobs.values()].find((j) => j.state === 'running');
  if (running) throw new AppError('CONFLICT', `已有一个数据包正在导出（${running.period}），请等待完成或取消后再试`);
  const job: Job = {
    jobId: randomUUID(),
    period,
    state: 'running',
    stage: '正在准备',
    total: 1,
    done: 0,
    exportId: null,
    error: null,
    startedAt,
    controller: new AbortController(),
  };
  jobs.set(job.jobId, job);
  for (const old of [...jobs.values()].filter((j) => j.state !== 'running').slice(0, Math.max(0, jobs.size - KEEP))) jobs.delete(old.jobId);
  void run(job, work);
  return view(job);
}

async function run(job: Job, work: JobWork): Promise<void> {
  // Let the start call return before the first byte is written.
  await new Promise((resolve) => setImmediate(resolve));
  try {
    job.exportId = await work(job.controller.signal, (stage, done, total) => Object.assign(job, { stage, done, total }));
    job.state = 'done';
    job.stage = '已完成';
  } catch (cause) {
    if (job.controller.signal.aborted || isClosedDatabase(cause)) {
      job.state = 'cancelled';
      job.stage = '已取消';
      return;
    }
    if (!(cause instanceof AppError)) console.error(`[ledger] package export ${job.period} failed`, cause);
    job.state = 'failed';
    job.stage = '导出失败';
    job.error = failureMessage(cause);
  }
}

function jobOf(jobId: string): Job {
  const job = jobs.get(jobId);
  if (!job) throw new AppError('NOT_FOUND', '没有这个导出任务（程序重启后任务记录不保留）', 'jobId');
  return job;
}

export const exportJobStatus = (jobId: string): PackageJob => view(jobOf(jobId));

export function cancelExportJob(jobId: string): PackageJob {
  const job = jobOf(jobId);
  if (job.state === 'running') job.controller.abort();
  return view(job);
}
