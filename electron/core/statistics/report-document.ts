// The report as a GB/T 9704 统计报告 (.pdf or .docx), the same bytes for the same report: dates come from report.generatedAt.
import type { Report } from '../../shared/schemas/statistics';
import { periodReportDoc } from '../documents/official/period-report';
import type { OfficeNames } from '../documents/official/branch-request';
import { machineFonts, type FontSet } from '../documents/fonts';
import { AppError } from '../../shared/errors';
import { dosStamp, repackZip } from './repack-zip';

let fonts: FontSet | null = null;
/** The machine's fonts, looked up once per process (as the documents service does). */
function fontSet(): FontSet {
  fonts ??= machineFonts();
  return fonts;
}

/** Word's core properties carry the instant the file was made: set both to the report's instant. */
function fixCoreDates(instant: string): (name: string, data: Buffer) => Buffer {
  const stamp = `${instant.slice(0, 19)}Z`;
  return (name, data) =>
    name === 'docProps/core.xml'
      ? Buffer.from(
          data.toString('utf8').replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${stamp}$2`),
          'utf8',
        )
      : data;
}

export interface ReportDocumentOptions {
  /** The office's district, head and phone (主送机关 and 附注); without them the document names no district. */
  names?: OfficeNames | null;
  fonts?: FontSet;
}

/** The GB/T 9704 统计报告 of a period; `title` names the file. */
export async function reportDocument(
  report: Report,
  format: 'pdf' | 'docx',
  options: ReportDocumentOptions = {},
): Promise<{ title: string; data: Buffer }> {
  const doc = periodReportDoc(report, options.names ?? null);
  const { renderOfficialDoc } = await import('../documents/renderers');
  const created = new Date(report.generatedAt);
  const render = (set: FontSet) => renderOfficialDoc(doc, format, set, created);
  const set = options.fonts ?? fontSet();
  const out = await render(set).catch((cause: unknown) => {
    // A damaged GB/T 9704 font on the PC must not stop the report: print it with the bundled font.
    if (cause instanceof AppError || set.fromSystem.length === 0) throw cause;
    console.error('[ledger] report document: a system font failed, printing with the bundled font', cause);
    return render(machineFonts(false));
  });
  if (format === 'pdf') return out;
  return { title: out.title, data: await repackZip(out.data, dosStamp(report.generatedAt), fixCoreDates(report.generatedAt)) };
}
