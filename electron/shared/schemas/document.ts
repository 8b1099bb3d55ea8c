// Inputs and outputs of the documents area: print a form, the whole dossier, a month's batch, and office templates.
import { z } from 'zod';
import { documentFormCodes, templatableForms } from '../documents/form-codes';
import { codesOf } from '../codes';
import type { FieldSpec } from '../documents/fields';
import { codeOf, instant, recordId, requiredText } from './common';

export const documentFormCode = codeOf('文书', documentFormCodes);
export const templatableFormCode = codeOf('文书', codesOf(templatableForms));
const monthText = z.string('月份应为文字').regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 2026-11');
export const documentFormat = z.enum(['pdf', 'docx'], '请选择 PDF 或 Word 格式');

/** A generated file, as the save dialog (desktop) or a download (web) receives it. */
export const documentFile = z.object({
  fileName: z.string(),
  mime: z.string(),
  dataBase64: z.string(),
});
export type DocumentFile = z.output<typeof documentFile>;

/** Forms the case page offers under 生成文书, for the case's state and steps. */
export const documentFormsInput = z.object({ caseId: recordId });
export const documentFormItem = z.object({
  form: documentFormCode,
  label: z.string(),
  /** The step the form is printed from (调解记录 of 2026年10月3日), null for once-per-case forms. */
  stepId: recordId.nullable(),
  /** Which step, in words, when a case has several of its kind; '' otherwise. */
  detail: z.string(),
  /** The office's own template prints the .docx instead of the built-in layout. */
  custom: z.boolean(),
});
export const documentFormList = z.object({ items: z.array(documentFormItem) });
export type DocumentFormItem = z.output<typeof documentFormItem>;

/**
 * Print one form. `id` names the record the form is filled from: the case (case forms), the 共建活动, the
 * 三会一课 meeting, the 排查 round; for 关于成立党支部的请示 it is ignored (the office); for the monthly
 * report `period` names the month.
 */
export const documentRenderInput = z.object({
  form: documentFormCode,
  id: recordId.optional(),
  stepId: recordId.optional(),
  period: monthText.optional(),
  format: documentFormat,
});
export type DocumentRenderInput = z.input<typeof documentRenderInput>;

export const dossierPdfInput = z.object({ caseId: recordId });
export const dossierPdfPart = z.object({
  part: z.string(),
  label: z.string(),
  /** First page in the dossier's numbering (the first document is page 1; cover and 目录 are not numbered). */
  startPage: z.int().positive(),
  pages: z.int().positive(),
  /** generated from the register, or taken from the uploaded scans. */
  from: z.enum(['generated', 'scan']),
});
export const dossierPdf = documentFile.extend({
  /** Sheets of paper when printed double-sided, and the PDF's page count. */
  pageCount: z.int().positive(),
  parts: z.array(dossierPdfPart),
});
export type DossierPdf = z.output<typeof dossierPdf>;

export const batchStartInput = z.object({ period: monthText });
export const batchJob = z.object({
  jobId: z.string(),
  period: z.string(),
  state: z.enum(['running', 'done', 'cancelled']),
  total: z.int().nonnegative(),
  done: z.int().nonnegative(),
  /** The folder the PDFs are written to. */
  folder: z.string(),
  written: z.array(z.string()),
  failed: z.array(z.object({ caseId: recordId, title: z.string(), message: z.string() })),
  startedAt: instant,
});
export type BatchJob = z.output<typeof batchJob>;
export const batchJobInput = z.object({ jobId: z.string('任务编号应为文字').max(64, '任务编号不正确') });

export const fieldSpec: z.ZodType<FieldSpec> = z.lazy(() =>
  z.object({
    name: z.string(),
    description: z.string(),
    kind: z.enum(['text', 'flag', 'list']),
    fields: z.array(fieldSpec).optional(),
  }),
);

export const templateInfo = z.object({
  form: templatableFormCode,
  label: z.string(),
  /** The office's template, null while the built-in layout is used. */
  custom: z.object({ fileName: z.string(), uploadedAt: instant, sha256: z.string() }).nullable(),
  fields: z.array(fieldSpec),
});
export type TemplateInfo = z.output<typeof templateInfo>;
export const templateList = z.object({ items: z.array(templateInfo) });

/** Largest template accepted, decoded. */
export const TEMPLATE_MAX_BYTES = 5 * 1024 * 1024;
const templateData = z
  .string('请选择文件')
  .min(1, '请选择文件')
  .max(Math.ceil(TEMPLATE_MAX_BYTES / 3) * 4, '模板文件超过 5 MB 的上限')
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, '文件内容编码不正确');

export const templateCheckInput = z.object({ form: templatableFormCode, dataBase64: templateData });
export const templateProblem = z.object({
  /** error: the template is refused; warning: accepted, but worth fixing. */
  severity: z.enum(['error', 'warning']),
  kind: z.enum(['unknownField', 'unclosedTag', 'unopenedTag', 'splitTag', 'badSyntax', 'badFile']),
  message: z.string(),
  tag: z.string().nullable(),
});
export type TemplateProblem = z.output<typeof templateProblem>;
export const templateCheck = z.object({ accepted: z.boolean(), problems: z.array(templateProblem) });
export type TemplateCheck = z.output<typeof templateCheck>;

export const templateUploadInput = templateCheckInput.extend({ fileName: requiredText('文件名', 200) });
export const templateFormInput = z.object({ form: templatableFormCode });
