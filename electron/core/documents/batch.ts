// The month's batch: every dossier of the cases concluded in a month as a whole-dossier PDF into a folder,
// one at a time in the background, with progress and cancel (document.batchStart / batchStatus / batchCancel).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { and, asc, isNull, like, eq } from 'drizzle-orm';
import { dossier, mediationCase } from '../../../drizzle/schema';
import type { BatchJob } from '../../shared/schemas/document';
import { AppError } from '../../shared/errors';
import { generatedFileName, uniqueFileName } from '../files/file-name';
import type { AsyncCallContext, CallContext } from '../services/context';

export interface BatchItem {
  readonly caseId: number;
  readonly number: string;
}

interface Job extends BatchJob {
  cancelRequested: boolean;
}

/** Renders one dossier to PDF bytes and its display title. */
export type DossierRenderer = (caseId: number) => Promise<{ pdf: Buffer; title: string }>;

const jobs = new Map<string, Job>();
/** Finished jobs kept for status calls; the oldest are dropped past this count. */
const KEEP = 20;

/**
 * Cases concluded in the month whose dossier is closed (立卷归档), by 卷号: the dossiers the month's 三统一 counts.
 * A dossier still open is not archived yet; its case page prints it on its own.
 */
export function batchItems(call: Pick<CallContext, 'db'>, period: string): BatchItem[] {
  return call.db
    .select({ caseId: mediationCase.id, number: dossier.number })
    .from(mediationCase)
    .innerJoin(dossier, eq(dossier.caseId, mediationCase.id))
    .where(and(isNull(mediationCase.deletedAt), eq(dossier.status, 'closed'), like(mediationCase.concludedOn, `${period}-%`)))
    .orderBy(asc(dossier.year), asc(dossier.seq), asc(mediationCase.id))
    .all();
}

export function batchFolder(dataDir: string, period: string): string {
  return path.join(dataDir, 'exports', '卷宗', period);
}

function view(job: Job): BatchJob {
  const { cancelRequested: _c, ...rest } = job;
  return { ...rest, written: [...rest.written], failed: [...rest.failed] };
}

/** Writes a file under its final name only once complete; a failed write leaves no temp file behind. */
function writeAtomic(file: string, data: Buffer): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

function isClosedDatabase(cause: unknown): boolean {
  return cause instanceof TypeError && /database connection is not open/i.test(cause.message);
}

/** What the user reads for a dossier that failed: the core's own message, or what the disk said. */
function failureMessage(cause: unknown): string {
  if (cause instanceof AppError) return cause.message;
  const code = (cause as NodeJS.ErrnoException | null)?.code;
  if (code === 'EPERM' || code === 'EBUSY' || code === 'EACCES') return '无法写入文件：同名文件可能正被其他程序打开，请关闭后重试';
  if (code === 'ENOSPC') return '磁盘空间不足，无法写入文件';
  return '生成失败（内部错误，详见日志）';
}

const log = (message: string, cause: unknown): void => console.error(message, cause);

export function startBatch(call: AsyncCallContext, period: string, items: BatchItem[], render: DossierRenderer): BatchJob {
  const running = [...jobs.values()].find((j) => j.state === 'running');
  if (running) throw new AppError('CONFLICT', `已有一批卷宗正在生成（${running.period}），请等待完成或取消后再试`);
  const folder = batchFolder(call.dataDir, period);
  fs.mkdirSync(folder, { recursive: true });
  const job: Job = {
    jobId: randomUUID(),
    period,
    state: 'running',
    total: items.length,
    done: 0,
    folder,
    written: [],
    failed: [],
    startedAt: call.now,
    cancelRequested: false,
  };
  jobs.set(job.jobId, job);
  for (const old of [...jobs.values()].filter((j) => j.state !== 'running').slice(0, Math.max(0, jobs.size - KEEP))) jobs.delete(old.jobId);
  void run(job, items, render);
  return view(job);
}

async function run(job: Job, items: BatchItem[], render: DossierRenderer): Promise<void> {
  for (const item of items) {
    // Give status and cancel calls their turn between dossiers.
    await new Promise((resolve) => setImmediate(resolve));
    if (job.cancelRequested) break;
    try {
      const { pdf, title } = await render(item.caseId);
      // Two cases may share a title (and the 卷号 pattern may be changed): never overwrite one with another.
      const name = uniqueFileName(generatedFileName(`${item.number}_${title}`, 'pdf', `案件${item.caseId}`), new Set(job.written));
      writeAtomic(path.join(job.folder, name), pdf);
      job.written.push(name);
    } catch (cause) {
      if (isClosedDatabase(cause)) {
        // The app is quitting or a backup is being restored: stop, as if cancelled.
        job.cancelRequested = true;
        break;
      }
      if (!(cause instanceof AppError)) log(`[ledger] document batch ${job.period}: case ${item.caseId} failed`, cause);
      job.failed.push({ caseId: item.caseId, title: item.number, message: failureMessage(cause) });
    }
    job.done += 1;
  }
  job.state = job.cancelRequested && job.done < job.total ? 'cancelled' : 'done';
}

export function batchStatus(jobId: string): BatchJob {
  const job = jobs.get(jobId);
  if (!job) throw new AppError('NOT_FOUND', '没有这个批量生成任务（程序重启后任务记录不保留）', 'jobId');
  return view(job);
}

export function cancelBatch(jobId: string): BatchJob {
  const job = jobs.get(jobId);
  if (!job) throw new AppError('NOT_FOUND', '没有这个批量生成任务（程序重启后任务记录不保留）', 'jobId');
  if (job.state === 'running') job.cancelRequested = true;
  return view(job);
}
