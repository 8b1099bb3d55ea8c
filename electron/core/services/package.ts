// Handlers of package.*: the office's upload package — preflight, export in the background with progress and cancel, the export records, the file, the signing key.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { asc, desc, eq } from 'drizzle-orm';
import { packageExport } from '../../../drizzle/schema';
import { AppError } from '../../shared/errors';
import type { Db } from '../db/open';
import type { PackageExport } from '../../shared/schemas/package';
import { dataVersion, exportPackage, exportsFolder } from '../package/export';
import { cancelExportJob, exportJobStatus, startExportJob } from '../package/jobs';
import { officeKey } from '../package/keys';
import { preflightOf } from '../package/preflight';
import { asyncHandler, type HandlerGroup } from './context';

type Row = typeof packageExport.$inferSelect;

/**
 * A later export of the same period writes the same name: the file can only be the newest record's of that name
 * (and only while its size matches; the download also checks its SHA-256).
 */
function exportOf(dataDir: string, row: Row, newest: boolean): PackageExport {
  const file = path.join(exportsFolder(dataDir), row.fileName);
  const stat = newest ? fs.statSync(file, { throwIfNoEntry: false }) : undefined;
  return { ...row, path: file, present: stat?.isFile() === true && stat.size === row.size };
}

/** The id of the newest export record of each file name. */
function newestByName(db: Db): Set<number> {
  const rows = db.select({ id: packageExport.id, fileName: packageExport.fileName }).from(packageExport).orderBy(asc(packageExport.id)).all();
  return new Set(new Map(rows.map((r) => [r.fileName, r.id])).values());
}

/** Cases named the way the user finds them: 卷号 or case number, and 卷名. */
const caseList = (items: readonly { caseId: number; number: string | null; title: string }[], max = 10): string =>
  items
    .slice(0, max)
    .map((i) => `${i.number ?? `案件${i.caseId}`}（${i.title}）`)
    .join('、') + (items.length > max ? ` 等 ${items.length} 件` : '');

export const packageHandlers: HandlerGroup<
  'package.preflight' | 'package.exportStart' | 'package.exportStatus' | 'package.exportCancel' | 'package.exports' | 'package.download' | 'package.key'
> = {
  'package.preflight': (input, call) => preflightOf(call.db, input.period),

  'package.exportStart': asyncHandler(async (input, call) => {
    // The version is taken with the preflight: a change between the two, or during the export, fails the export.
    const { pre, version } = call.read((c) => ({ pre: preflightOf(c.db, input.period), version: dataVersion(c.db) }));
    if (!pre.ready) {
      const parts: string[] = [];
      if (!pre.threeCounts.agree) parts.push(`三统一不一致：${caseList(pre.threeCounts.differences)}`);
      if (pre.incomplete.length > 0) parts.push(`卷宗材料不全：${caseList(pre.incomplete)}`);
      throw new AppError('VALIDATION_FAILED', `${pre.label}暂不能导出数据包。${parts.join('；')}。请先处理这些案件再导出`, 'period');
    }
    return startExportJob(input.period, call.now, async (signal, onProgress) => {
      const out = await exportPackage({
        read: (work) => call.read((c) => work(c.db)),
        dataDir: call.dataDir,
        period: input.period,
        now: call.now,
        today: call.today,
        appVersion: call.appVersion,
        onProgress,
        signal,
        dataOnly: input.dataOnly,
        expectVersion: version,
      });
      return call.write((c) => {
        const row = c.db
          .insert(packageExport)
          .values({
            period: input.period,
            fileName: out.fileName,
            size: out.size,
            sha256: out.sha256,
            formatVersion: out.formatVersion,
            keyFingerprint: out.keyFingerprint,
            counts: { ...out.counts, dossierPdfs: out.dossierPdfs },
            actor: c.actor,
            exportedAt: c.now,
          })
          .returning()
          .get();
        c.audit({ entity: 'package', entityId: row.id, before: null, after: { period: input.period, fileName: out.fileName, sha256: out.sha256, counts: row.counts } });
        return row.id;
      });
    });
  }),

  'package.exportStatus': (input) => exportJobStatus(input.jobId),
  'package.exportCancel': (input) => cancelExportJob(input.jobId),

  'package.exports': (_input, call) => ({
    items: (() => {
      const newest = newestByName(call.db);
      return call.db
        .select()
        .from(packageExport)
        .orderBy(desc(packageExport.exportedAt), desc(packageExport.id))
        .all()
        .map((r) => exportOf(call.dataDir, r, newest.has(r.id)));
    })(),
  }),

  'package.download': (input, call) => {
    const row = call.db.select().from(packageExport).where(eq(packageExport.id, input.id)).get();
    if (row === undefined) throw new AppError('NOT_FOUND', '没有这条导出记录', 'id');
    const item = exportOf(call.dataDir, row, newestByName(call.db).has(row.id));
    const gone = new AppError('NOT_FOUND', `数据包文件“${row.fileName}”已被移动、删除或被后来的导出替换，请重新导出`, 'id');
    if (!item.present) throw gone;
    const data = fs.readFileSync(item.path);
    if (crypto.createHash('sha256').update(data).digest('hex') !== row.sha256) throw gone;
    return { fileName: row.fileName, mime: 'application/zip', dataBase64: data.toString('base64') };
  },

  'package.key': (_input, call) => {
    const { publicKey, fingerprint, createdAt } = officeKey(call.dataDir);
    return { publicKey, fingerprint, createdAt };
  },
};
