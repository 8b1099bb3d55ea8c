// GB/T 9704-2012 official documents: 关于成立党支部的请示, the 月度工作报告 and the 统计报告 of any period, as .docx and .pdf.
import { AppError } from '../../../shared/errors';
import type { FontSet } from '../fonts';
import type { CallContext } from '../../services/context';
import { branchRequestDoc } from './branch-request';
import type { OfficialDoc } from './model';
import { monthlyReportDoc } from './monthly-report';
import { officialDocxBuffer } from './render-docx';
import { officialPdfBuffer } from './render-pdf';

export type OfficialForm = 'branchRequest' | 'monthlyReport';
export type { OfficialDoc, OfficialBlock } from './model';
export { monthlyFigures, type MonthlyFigures } from './monthly-figures';
export { periodReportDoc } from './period-report';

/** The document's text from the registers (synchronous: call it inside a read transaction). */
export function officialData(call: CallContext, form: OfficialForm, period: string | null): OfficialDoc {
  if (form === 'branchRequest') return branchRequestDoc(call);
  if (period === null || !/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) throw new AppError('VALIDATION_FAILED', '月度工作报告需要月份，格式如 2026-10', 'period');
  return monthlyReportDoc(call, period);
}

/** Lays the document out as .docx or .pdf (after the transaction); `title` names the file; `creationDate` fixes the PDF's date. */
export async function renderOfficialDoc(
  doc: OfficialDoc,
  format: 'pdf' | 'docx',
  fonts: FontSet,
  creationDate?: Date,
): Promise<{ title: string; data: Buffer }> {
  const data = format === 'pdf' ? await officialPdfBuffer(doc, fonts, creationDate) : await officialDocxBuffer(doc);
  return { title: doc.title, data };
}
