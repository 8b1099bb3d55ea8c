// Exports one office's package for a period (the service's background job and the CLI's `export` both call this).
import fs from 'node:fs';
import path from 'node:path';
import { PACKAGE_FORMAT_VERSION } from '../../shared/package/records';
import { periodRange } from '../../shared/rules/case-periods';
import { AppError } from '../../shared/errors';
import { inArray, max } from 'drizzle-orm';
import { auditLog } from '../../../drizzle/schema';
import { contract } from '../../shared/contract';
import type { Db } from '../db/open';
import { dossierPdfCases, pruneDossierCache, renderPackageDossier } from './dossier-pdfs';
import { officeKey } from './keys';
import { periodChunks, periodLoaders, officeReport, reportAsOf, reportDocument, reportXlsx } from './sources';
import { writePackage, type Progress, type WriteResult } from './write-package';

/** Reads through a short transaction (the service's `call.read`) or straight from a database (the CLI). */
export type Reader = <T>(work: (db: Db) => T) => T;

export interface ExportOptions {
  readonly read: Reader | Db;
  readonly dataDir: string;
  readonly period: string;
  /** The export instant (ISO UTC) and today (Asia/Shanghai): only the tag files carry them. */
  readonly now: string;
  readonly today: string;
  readonly appVersion: string;
  /** Where to write the zip; by default <dataDir>/exports/上报/<name>.zip. */
  readonly out?: string;
  readonly onProgress?: Progress;
  readonly signal?: AbortSignal;
  /** Leave out the dossier PDFs (a data-only package, e.g. a whole year); the dossier records then carry pdf = null. */
  readonly dataOnly?: boolean;
  /** dataVersion as it was when the preflight passed; by default, as it is when the export starts. */
  readonly expectVersion?: number;
}

/** Methods that change the register: every one writes audit rows (printing and other audited reads do not count). */
const changingMethods = Object.entries(contract)
  .filter(([, spec]) => spec.mutates)
  .map(([method]) => method);

/**
 * A number that grows with every change to the register: the last audit row written by a changing method. An
 * export reads in many short transactions (so the app stays responsive); comparing this before and after tells
 * whether anything changed in between, which would make the package disagree with itself or with its preflight.
 */
export function dataVersion(db: Db): number {
  return db.select({ id: max(auditLog.id) }).from(auditLog).where(inArray(auditLog.method, changingMethods)).get()?.id ?? 0;
}

export const changedDuringExport = '导出期间台账数据有改动。为保证数据包前后一致，本次导出未完成，请重新检查后再导出';

export interface ExportResult extends WriteResult {
  readonly path: string;
  readonly fileName: string;
  /** The bag's top folder in the zip: ledger-<officeCode>-<period>. */
  readonly bagName: string;
  readonly formatVersion: string;
  readonly keyFingerprint: string;
}

export const exportsFolder = (dataDir: string): string => path.join(dataDir, 'exports', '上报');
export const packageName = (officeCode: string, period: string): string => `ledger-${officeCode}-${period}`;

/** Temp files of exports a crash or power cut interrupted (older than six hours, so never a running one's). */
function sweepStaleTemps(folder: string, now = Date.now()): void {
  for (const name of fs.readdirSync(folder)) {
    if (!name.endsWith('.tmp')) continue;
    const file = path.join(folder, name);
    try {
      if (now - fs.statSync(file).mtimeMs > 6 * 3_600_000) fs.rmSync(file, { force: true });
    } catch {
      // Gone meanwhile, or held open by another program: next time.
    }
  }
}

const readerOf = (read: Reader | Db): Reader => (typeof read === 'function' ? read : (work) => work(read));

export async function exportPackage(opts: ExportOptions): Promise<ExportResult> {
  const read = readerOf(opts.read);
  const version = opts.expectVersion ?? read(dataVersion);
  const range = periodRange(opts.period);
  opts.onProgress?.('正在读取台账记录', 0, 1);
  const { office, dossiers } = read((db) => ({
    office: periodLoaders(db, opts.period).office()[0],
    dossiers: opts.dataOnly ? [] : dossierPdfCases(db, opts.period),
  }));
  if (office === undefined || office.code === '' || office.name === '') {
    throw new AppError('VALIDATION_FAILED', '请先在“系统设置 → 本所信息”中填写司法所名称和机构代码，再导出数据包');
  }
  const name = packageName(office.code, opts.period);
  const file = opts.out ?? path.join(exportsFolder(opts.dataDir), `${name}.zip`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  sweepStaleTemps(path.dirname(file));
  const key = officeKey(opts.dataDir);
  // The report is dated the day its checks are taken (the period's end for a past period), never the export instant.
  const asOf = reportAsOf(opts.period, opts.today);
  const generatedAt = `${asOf}T00:00:00.000Z`;
  const report = async () => {
    const r = read((db) => officeReport(db, opts.period, asOf, generatedAt));
    const [xlsx, doc] = [await reportXlsx(r), await reportDocument(r, 'pdf')];
    return { json: Buffer.from(`${JSON.stringify(r, null, 2)}\n`, 'utf8'), xlsx, pdf: doc.data };
  };
  const result = await writePackage({
    file,
    // One chunk of one entity at a time, each in its own short read.
    dataset: (entity) => periodChunks(read, opts.period, entity),
    report,
    dossiers,
    renderDossier: (caseId) => renderPackageDossier(read, opts.dataDir, caseId, asOf, opts.appVersion),
    facts: {
      name,
      office: { code: office.code, name: office.name, address: office.address, head: office.head, phone: office.phone },
      period: { code: opts.period, start: range.start, end: range.end, label: range.label },
      appVersion: opts.appVersion,
      now: opts.now,
      today: opts.today,
      publicKey: key.publicKey,
      fingerprint: key.fingerprint,
    },
    key: key.privateKey,
    onProgress: opts.onProgress,
    signal: opts.signal,
    beforeFinish: () => {
      if (read(dataVersion) !== version) throw new AppError('CONFLICT', changedDuringExport);
    },
  });
  pruneDossierCache(opts.dataDir);
  return { ...result, path: file, fileName: path.basename(file), bagName: name, formatVersion: PACKAGE_FORMAT_VERSION, keyFingerprint: key.fingerprint };
}
