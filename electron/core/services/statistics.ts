// Handlers of report.* (统计报表, its .xlsx and GB/T 9704 document) and prevention.* (预防成效, entered per month).
import { eq } from 'drizzle-orm';
import { preventionFigure, type PreventionFigureRow } from '../../../drizzle/schema';
import type { DocumentFile } from '../../shared/schemas/document';
import type { Prevention, Report } from '../../shared/schemas/statistics';
import { officeNames } from '../documents/official/branch-request';
import { generatedFileName } from '../files/file-name';
import { officeReport, reportAsOf } from '../statistics/report';
import { reportDocument } from '../statistics/report-document';
import { reportXlsx } from '../statistics/report-xlsx';
import { asyncHandler, type AsyncCallContext, type CallContext, type HandlerGroup } from './context';

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** The report of a period as of today (checks on the period's end, or today while it runs). */
function reportOf(call: CallContext, period: string): Report {
  return officeReport(call.db, period, reportAsOf(period, call.today), call.now);
}

/** An export of the report is a sensitive read: a short write records who took which file (never its content). */
function recordExport(call: AsyncCallContext, after: Record<string, unknown>): void {
  call.write((c) => c.audit({ entity: 'report', entityId: null, before: null, after }));
}

const EMPTY = {
  criminalCases: 0,
  criminalPersons: 0,
  petitionCases: 0,
  petitionPersons: 0,
  suicideCases: 0,
  suicidePersons: 0,
  fights: 0,
  preventedDisputes: 0,
} as const;

function toPrevention(row: PreventionFigureRow): Prevention {
  return { ...row };
}

const preventionRow = (call: CallContext, month: string) => call.db.select().from(preventionFigure).where(eq(preventionFigure.month, month)).get();

export const statisticsHandlers: HandlerGroup<'report.get' | 'report.xlsx' | 'report.document' | 'prevention.get' | 'prevention.save'> = {
  'report.get': (input, call) => reportOf(call, input.period),

  'report.xlsx': asyncHandler(async (input, call) => {
    const report = call.read((c) => reportOf(c, input.period));
    const data = await reportXlsx(report);
    const fileName = generatedFileName(`人民调解工作统计表_${report.office?.name ?? '司法所'}_${report.label}`, 'xlsx', '统计表');
    recordExport(call, { form: 'statisticsXlsx', period: input.period, fileName });
    return { fileName, mime: MIME.xlsx, dataBase64: data.toString('base64') } satisfies DocumentFile;
  }),

  'report.document': asyncHandler(async (input, call) => {
    const { report, names } = call.read((c) => ({ report: reportOf(c, input.period), names: officeNames(c) }));
    const out = await reportDocument(report, input.format, { names });
    const fileName = generatedFileName(out.title, input.format);
    recordExport(call, { form: 'statisticsReport', format: input.format, period: input.period, fileName });
    return { fileName, mime: MIME[input.format], dataBase64: out.data.toString('base64') } satisfies DocumentFile;
  }),

  'prevention.get': (input, call) => {
    const row = preventionRow(call, input.month);
    return row ? toPrevention(row) : { month: input.month, ...EMPTY, note: null, updatedAt: null };
  },

  'prevention.save': (input, call) => {
    const existing = preventionRow(call, input.month);
    const values = { ...input, updatedAt: call.now };
    const row = call.db
      .insert(preventionFigure)
      .values(values)
      .onConflictDoUpdate({ target: preventionFigure.month, set: values })
      .returning()
      .get();
    const after = toPrevention(row);
    call.audit({ entity: 'prevention', entityId: input.month, before: existing ? toPrevention(existing) : null, after });
    return after;
  },
};
