// Inputs and outputs of the upload package (数据包, issue 6): the office's export and the district's verify/import.
import { z } from 'zod';
import { instant, recordId, requiredText } from './common';
import { threeCounts } from './case';
import { periodCode, periodInput, report, reportCheck } from './statistics';

/** Largest package the app accepts through the window (bigger ones: the CLI `verify`/`import` by path). */
export const MAX_PACKAGE_BYTES = 100 * 1024 * 1024;
export const MAX_PACKAGE_MB = 100;
const maxBase64Length = Math.ceil((MAX_PACKAGE_BYTES + 1024 * 1024) / 3) * 4;
const base64 = /^[A-Za-z0-9+/]*={0,2}$/;

export const packageUploadInput = z.object({
  fileName: requiredText('文件名', 200),
  dataBase64: z
    .string('请选择数据包文件')
    .max(maxBase64Length, `数据包超过 ${MAX_PACKAGE_MB} MB，请用命令行 verify / import 处理`)
    .refine((v) => v.length % 4 === 0 && base64.test(v), '文件内容编码不正确，请重新选择文件'),
});

/** A case that keeps the period from being exported, or that the export warns about. */
export const packageExportInput = periodInput.extend({
  /** Leave out the dossier PDFs: records, schemas and the report only (smaller, e.g. for a whole year). */
  dataOnly: z.boolean('“仅数据”应为是或否').default(false),
});

export const packageCaseIssue = z.object({
  caseId: recordId,
  title: z.string(),
  number: z.string().nullable(),
  /** What is wrong, in words (卷宗缺少：协议书、回访记录; 逾期录入 3 天 …). */
  message: z.string(),
});

/** What the export dialog shows before exporting: refusals (三统一, incomplete dossiers) and warnings (late entries). */
export const packagePreflight = z.object({
  period: z.string(),
  label: z.string(),
  threeCounts,
  /** Mediated cases of the period whose closed dossier still lacks required parts. */
  incomplete: z.array(packageCaseIssue),
  /** Cases entered after the 月度录入 deadline: allowed, but the district sees them. */
  late: z.array(packageCaseIssue),
  /** True when the export may go ahead (三统一 agrees and no dossier is incomplete). */
  ready: z.boolean(),
  /** How many records of each entity the package would hold (entity stem → count), and dossier PDFs. */
  counts: z.record(z.string(), z.int().nonnegative()),
  dossierPdfs: z.int().nonnegative(),
});
export type PackagePreflight = z.output<typeof packagePreflight>;

export const packageJob = z.object({
  jobId: z.string(),
  period: z.string(),
  state: z.enum(['running', 'done', 'cancelled', 'failed']),
  /** What is being done now, in words (正在生成卷宗 PDF 12/40 …). */
  stage: z.string(),
  total: z.int().nonnegative(),
  done: z.int().nonnegative(),
  /** Set once done: the export record. */
  exportId: recordId.nullable(),
  error: z.string().nullable(),
  startedAt: instant,
});
export type PackageJob = z.output<typeof packageJob>;
export const packageJobInput = z.object({ jobId: z.string('任务编号应为文字').max(64, '任务编号不正确') });

export const packageExport = z.object({
  id: recordId,
  period: z.string(),
  fileName: z.string(),
  /** Full path of the file in the data folder's exports/上报 folder. */
  path: z.string(),
  /** False when the file was moved or deleted since. */
  present: z.boolean(),
  size: z.int().nonnegative(),
  sha256: z.string(),
  formatVersion: z.string(),
  keyFingerprint: z.string(),
  counts: z.record(z.string(), z.int().nonnegative()),
  actor: z.string(),
  exportedAt: instant,
});
export type PackageExport = z.output<typeof packageExport>;
export const packageExportList = z.object({ items: z.array(packageExport) });

/** The office's signing key: generated on first use; the fingerprint is registered with the district. */
export const packageKey = z.object({
  /** SHA256:<base64 of the SHA-256 of the raw public key>, shown in groups for reading over the phone. */
  fingerprint: z.string(),
  /** Raw Ed25519 public key, base64. */
  publicKey: z.string(),
  createdAt: instant,
});

/** Every problem of a package, each with its own code (zipUnsafePath, bagManifestMismatch, signatureInvalid, …). */
export const packageProblem = z.object({ code: z.string(), message: z.string(), path: z.string().nullable() });
export type PackageProblem = z.output<typeof packageProblem>;

export const packageSummary = z.object({
  officeCode: z.string(),
  officeName: z.string(),
  period: z.string(),
  formatVersion: z.string(),
  exportedAt: z.string(),
  keyFingerprint: z.string(),
  /** The public key shipped in the package (ledger-signing-key.pub), base64; the district may register it after checking the fingerprint. */
  publicKey: z.string(),
  /** registered: signed by the office's registered key; unknown: no key registered for the office; mismatch: another key. */
  keyStatus: z.enum(['registered', 'unknown', 'mismatch']),
  counts: z.record(z.string(), z.int().nonnegative()),
});

export const packageVerifyResult = z.object({
  valid: z.boolean(),
  fileName: z.string(),
  sha256: z.string(),
  problems: z.array(packageProblem),
  /** Read from bag-info.txt when the package got that far; null otherwise. */
  summary: packageSummary.nullable(),
});
export type PackageVerifyResult = z.output<typeof packageVerifyResult>;

export const packageImportResult = z.object({
  /** imported: new; replaced: newer than the package held for that office and period; unchanged: already imported. */
  outcome: z.enum(['imported', 'replaced', 'unchanged']),
  packageId: recordId,
  verify: packageVerifyResult,
});

export const districtPackage = z.object({
  id: recordId,
  officeCode: z.string(),
  officeName: z.string(),
  period: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  formatVersion: z.string(),
  exportedAt: z.string(),
  importedAt: instant,
  /** Set when a newer package for the same office and period replaced it (its records were removed). */
  replacedAt: instant.nullable(),
  counts: z.record(z.string(), z.int().nonnegative()),
});
export const districtPackageList = z.object({ items: z.array(districtPackage) });

export const districtOffice = z.object({
  code: z.string(),
  name: z.string(),
  fingerprint: z.string(),
  publicKey: z.string(),
  registeredAt: instant,
  updatedAt: instant,
});
export const districtOfficeList = z.object({ items: z.array(districtOffice) });

export const districtOfficeInput = z.object({
  code: z.string('请填写机构代码').trim().regex(/^\d{9}(\d{3})?$/, '机构代码应为9位或12位数字'),
  name: requiredText('司法所名称', 60),
  publicKey: z
    .string('请填写公钥')
    .trim()
    .regex(/^[A-Za-z0-9+/]{43}=$/, '公钥应为司法所“数据上报”页显示的 Ed25519 公钥（44 个字符的 Base64）'),
});
export const districtOfficeCodeInput = z.object({ code: districtOfficeInput.shape.code });

export const districtReport = z.object({
  period: z.string(),
  label: z.string(),
  /** One report per office with data for the period, by office code. */
  offices: z.array(report),
  /** The offices' figures summed (rates recomputed from the sums); office null. */
  total: report,
  /** District-wide rule checks: which offices miss 5:2:1, training coverage, zero reports … */
  checks: z.array(reportCheck.extend({ offices: z.array(z.object({ code: z.string(), name: z.string(), detail: z.string() })) })),
  /** Registered offices with no package for the period. */
  missing: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type DistrictReport = z.output<typeof districtReport>;

export const districtReportInput = z.object({ period: periodCode });
