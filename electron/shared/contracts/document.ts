// Contract methods of the documents area: forms, whole-dossier PDF, month batch, office templates.
import { z } from 'zod';
import { mutation, query } from '../contract-spec';
import {
  batchJob,
  batchJobInput,
  batchStartInput,
  documentFile,
  documentFormList,
  documentFormsInput,
  documentRenderInput,
  dossierPdf,
  dossierPdfInput,
  templateCheck,
  templateCheckInput,
  templateFormInput,
  templateInfo,
  templateList,
  templateUploadInput,
} from '../schemas/document';
import { noInput } from '../contract-spec';

export const documentContract = {
  'document.forms': query(documentFormsInput, documentFormList),
  /** Printing is a sensitive read: each render writes an audit row (form, record, format), never the content. */
  'document.render': query(documentRenderInput, documentFile),
  'document.dossier': query(dossierPdfInput, dossierPdf),
  /** Starts writing the whole-dossier PDFs of the month's closed dossiers into a folder; audited. */
  'document.batchStart': query(batchStartInput, batchJob),
  'document.batchStatus': query(batchJobInput, batchJob),
  /** Stops a running batch after the dossier in hand; files already written stay. */
  'document.batchCancel': query(batchJobInput, batchJob),
  'template.list': query(noInput, templateList),
  /** Checks an uploaded .docx against the form's fields without storing it. */
  'template.check': query(templateCheckInput, templateCheck),
  'template.upload': mutation(templateUploadInput, templateInfo),
  'template.restore': mutation(templateFormInput, templateInfo),
  /** The office's template, or a starter template listing the form's fields when none is uploaded. */
  'template.download': query(templateFormInput, documentFile),
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType; mutates: boolean }>;
