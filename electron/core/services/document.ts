// Handlers of document.*: the forms a case offers, one form as PDF or Word, the whole dossier, and the month's batch.
import { documentForms, formLabel, type DocumentFormCode } from '../../shared/documents/form-codes';
import { monthCn } from '../../shared/documents/format';
import type { FormDoc } from '../../shared/documents/form-doc';
import type { DocumentFile, DocumentRenderInput } from '../../shared/schemas/document';
import { AppError } from '../../shared/errors';
import { batchItems, batchStatus, cancelBatch, startBatch } from '../documents/batch';
import { loadCaseContext } from '../documents/case-context';
import { plannedForm, plannedForms } from '../documents/case-plan';
import { dossierInputOf } from '../documents/dossier-input';
import { machineFonts, type FontSet } from '../documents/fonts';
import { tocForm, type TocData } from '../documents/forms/toc';
import { recordFormOf } from '../documents/registry';
import type { DossierOutput } from '../documents/pdf/dossier';
import { generatedFileName } from '../files/file-name';
import { customTemplateForms, customTemplateOf } from './template';
import { asyncHandler, type AsyncCallContext, type CallContext, type HandlerGroup } from './context';

/** The renderers, loaded on the first print (see documents/renderers.ts). */
const renderers = () => import('../documents/renderers');

const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

let fonts: FontSet | null = null;
/** The machine's fonts, looked up once per process (the GB/T 9704 faces when installed, else the bundled serif). */
function fontSet(): FontSet {
  fonts ??= machineFonts();
  return fonts;
}

/** Replaces the fonts found on this machine (null: look them up again), e.g. to print as another PC would. */
export function useDocumentFonts(set: FontSet | null): void {
  fonts = set;
}

function file(name: string, format: 'pdf' | 'docx', data: Buffer): DocumentFile {
  const fileName = generatedFileName(name, format);
  return { fileName, mime: format === 'pdf' ? PDF : DOCX, dataBase64: data.toString('base64') };
}

/** A form ready to print: its built-in layout, and the data and office template for Word when one is uploaded. */
interface Prepared {
  name: string;
  doc: FormDoc;
  data: unknown;
  /** Only read for Word output; PDF always prints the built-in layout. */
  template: Buffer | null;
}

/** The office's template for a Word print; never read for a PDF. */
const templateFor = (call: CallContext, input: DocumentRenderInput, form: DocumentFormCode) =>
  input.format === 'docx' ? customTemplateOf(call.db, form) : null;

function prepareCaseForm(call: CallContext, input: DocumentRenderInput, form: DocumentFormCode): Prepared {
  if (input.id === undefined) throw new AppError('VALIDATION_FAILED', '请指定案件', 'id');
  const ctx = loadCaseContext(call, input.id);
  const planned = plannedForm(ctx, form, input.stepId);
  const data = planned.form.build(ctx, planned.step);
  const who = ctx.detail.dossier?.number ?? ctx.detail.title;
  // Forms printed once per step (several 调解记录) carry the step's date, so two never share a file name.
  const when = planned.step ? `_${planned.step.occurredOn}` : '';
  return { name: `${formLabel(form)}_${who}${when}`, doc: planned.form.layout(data), data, template: templateFor(call, input, form) };
}

function prepareRecordForm(call: CallContext, input: DocumentRenderInput, form: DocumentFormCode): Prepared {
  const def = recordFormOf(form);
  if (def === undefined) throw new Error(`form ${form} is not registered`);
  if (input.id === undefined) throw new AppError('VALIDATION_FAILED', '请指定要打印的记录', 'id');
  const data = def.build(call, input.id);
  return { name: `${formLabel(form)}_${input.id}`, doc: def.layout(data), data, template: templateFor(call, input, form) };
}

/** The whole dossier, laid out once; also what a separately printed 卷内目录 takes its page numbers from. */
async function dossierOf(call: AsyncCallContext, caseId: number): Promise<DossierOutput & { title: string; number: string }> {
  const { input, title, number } = call.read((c) => {
    const ctx = loadCaseContext(c, caseId);
    return { input: dossierInputOf(c, ctx), title: ctx.detail.title, number: ctx.detail.dossier?.number ?? '' };
  });
  const { renderDossierPdf } = await renderers();
  return { ...(await renderDossierPdf(input, fontSet())), title, number };
}

async function renderToc(call: AsyncCallContext, input: DocumentRenderInput): Promise<DocumentFile> {
  if (input.id === undefined) throw new AppError('VALIDATION_FAILED', '请指定案件', 'id');
  const out = await dossierOf(call, input.id);
  const data: TocData = {
    卷号: out.number,
    卷名: out.title,
    目录: out.parts.map((p, i) => ({
      序号: String(i + 1),
      文书名称: p.label,
      页号: String(p.startPage),
      备注: p.from === 'scan' ? '扫描件' : '',
    })),
  };
  const name = `卷内目录_${out.number}`;
  const { renderFormsPdf, renderFormDocx, fillTemplate } = await renderers();
  if (input.format === 'pdf') return file(name, 'pdf', await renderFormsPdf([tocForm.layout(data)], fontSet()));
  const template = call.read((c) => customTemplateOf(c.db, 'toc'));
  return file(name, 'docx', template ? fillTemplate(template, data) : await renderFormDocx([tocForm.layout(data)]));
}

async function renderOne(call: AsyncCallContext, input: DocumentRenderInput): Promise<DocumentFile> {
  const form = input.form;
  const source = documentForms.find((f) => f.code === form)!.source;
  if (form === 'toc') return renderToc(call, input);
  if (source === 'office' || source === 'month') {
    if (source === 'month' && input.period === undefined) throw new AppError('VALIDATION_FAILED', '请选择月份', 'period');
    const { officialData, renderOfficialDoc } = await renderers();
    const data = call.read((c) => officialData(c, form as 'branchRequest' | 'monthlyReport', input.period ?? null));
    const out = await renderOfficialDoc(data, input.format, fontSet()).catch((cause: unknown) => {
      // A damaged GB/T 9704 font on the PC must not stop the document: print it with the bundled font.
      if (cause instanceof AppError || fontSet().fromSystem.length === 0) throw cause;
      console.error('[ledger] official document: a system font failed, printing with the bundled font', cause);
      return renderOfficialDoc(data, input.format, machineFonts(false));
    });
    return file(out.title, input.format, out.data);
  }
  const prepared = call.read((c) => (source === 'case' ? prepareCaseForm(c, input, form) : prepareRecordForm(c, input, form)));
  const { renderFormsPdf, renderFormDocx, fillTemplate } = await renderers();
  if (input.format === 'pdf') return file(prepared.name, 'pdf', await renderFormsPdf([prepared.doc], fontSet()));
  const word = prepared.template ? fillTemplate(prepared.template, prepared.data as never) : await renderFormDocx([prepared.doc]);
  return file(prepared.name, 'docx', word);
}

export const documentHandlers: HandlerGroup<
  'document.forms' | 'document.render' | 'document.dossier' | 'document.batchStart' | 'document.batchStatus' | 'document.batchCancel'
> = {
  'document.forms': (input, call) => {
    const ctx = loadCaseContext(call, input.caseId);
    const custom = customTemplateForms(call.db);
    const items = plannedForms(ctx).map((p) => ({
      form: p.code,
      label: p.label,
      stepId: p.step?.id ?? null,
      detail: p.detail,
      custom: custom.has(p.code),
    }));
    return { items };
  },

  // Printing is a sensitive read: once the file exists, a short write records who printed what (never the content).
  'document.render': asyncHandler(async (input, call) => {
    const out = await renderOne(call, input);
    call.write((c) =>
      c.audit({
        entity: 'document',
        entityId: input.id ?? null,
        before: null,
        after: { form: input.form, format: input.format, stepId: input.stepId ?? null, period: input.period ?? null, fileName: out.fileName },
      }),
    );
    return out;
  }),

  'document.dossier': asyncHandler(async (input, call) => {
    const out = await dossierOf(call, input.caseId);
    const fileName = generatedFileName(`整卷_${out.number}_${out.title}`, 'pdf');
    call.write((c) =>
      c.audit({ entity: 'document', entityId: input.caseId, before: null, after: { form: 'dossier', format: 'pdf', pages: out.pageCount, fileName } }),
    );
    return { fileName, mime: PDF, dataBase64: out.pdf.toString('base64'), pageCount: out.pageCount, parts: out.parts };
  }),

  'document.batchStart': asyncHandler(async (input, call) => {
    const items = call.read((c) => batchItems(c, input.period));
    if (items.length === 0) throw new AppError('VALIDATION_FAILED', `${monthCn(input.period)}没有已立卷归档的结案案件`, 'period');
    const job = startBatch(call, input.period, items, async (caseId) => {
      const out = await dossierOf(call, caseId);
      return { pdf: out.pdf, title: out.title };
    });
    call.write((c) =>
      c.audit({ entity: 'document', entityId: null, before: null, after: { form: 'dossierBatch', period: input.period, cases: items.length, folder: job.folder } }),
    );
    return job;
  }),

  'document.batchStatus': (input) => batchStatus(input.jobId),
  'document.batchCancel': (input) => cancelBatch(input.jobId),
};
