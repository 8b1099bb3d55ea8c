// Contract methods of 统计报表 and 数据上报 (issue 6): reports, prevention figures, the office's package export, the district side.
import { z } from 'zod';
import { mutation, noInput, query } from '../contract-spec';
import { documentFile } from '../schemas/document';
import {
  districtOffice,
  districtOfficeCodeInput,
  districtOfficeInput,
  districtOfficeList,
  districtPackageList,
  districtReport,
  districtReportInput,
  packageExportInput,
  packageExportList,
  packageImportResult,
  packageJob,
  packageJobInput,
  packageKey,
  packagePreflight,
  packageUploadInput,
  packageVerifyResult,
} from '../schemas/package';
import { monthInput, periodInput, prevention, preventionInput, report, reportDocumentInput } from '../schemas/statistics';
import { recordId } from '../schemas/common';

export const statisticsContract = {
  /** The period's report of this office, computed from the same records its package carries. */
  'report.get': query(periodInput, report),
  /** The report as a workbook laid out like the paper table (merged headers, Chinese titles). */
  'report.xlsx': query(periodInput, documentFile),
  /** The report as a GB/T 9704 document (.pdf or .docx). */
  'report.document': query(reportDocumentInput, documentFile),
  'prevention.get': query(monthInput, prevention),
  'prevention.save': mutation(preventionInput, prevention),
  /** What an export of the period would hold, and what keeps it from being exported. */
  'package.preflight': query(periodInput, packagePreflight),
  /** Starts writing the period's package in the background (refused unless the preflight is ready); audited. */
  'package.exportStart': query(packageExportInput, packageJob),
  'package.exportStatus': query(packageJobInput, packageJob),
  'package.exportCancel': query(packageJobInput, packageJob),
  'package.exports': query(noInput, packageExportList),
  /** The exported file itself (web mode's download; the desktop shows the folder). */
  'package.download': query(z.object({ id: recordId }), documentFile),
  /** The office's signing key (generated on first use). */
  'package.key': query(noInput, packageKey),
  /** District: checks a package without importing it; every problem listed. */
  'district.verify': query(packageUploadInput, packageVerifyResult),
  /** District: verifies, then imports into the district tables (idempotent; a newer package replaces an older one). */
  'district.import': mutation(packageUploadInput, packageImportResult),
  'district.packages': query(noInput, districtPackageList),
  'district.offices': query(noInput, districtOfficeList),
  /** Registers (or replaces) an office's public key; audited. */
  'district.saveOffice': mutation(districtOfficeInput, districtOffice),
  'district.removeOffice': mutation(districtOfficeCodeInput, z.object({ code: z.string() })),
  /** District statistics for a period: per office and summed, with the district-wide rule checks. */
  'district.report': query(districtReportInput, districtReport),
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType; mutates: boolean }>;
