// Office templates: list forms with their fields, check and upload a .docx, restore the built-in form, download a template.
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { documentTemplate } from '../../../drizzle/schema';
import { formLabel, templatableForms, type DocumentFormCode } from '../../shared/documents/form-codes';
import { generatedFileName, plainFileName } from '../files/file-name';
import { AppError } from '../../shared/errors';
import { TEMPLATE_MAX_BYTES, type DocumentFile, type TemplateCheck, type TemplateInfo } from '../../shared/schemas/document';
import type { Db } from '../db/open';
import { templateFieldsOf } from '../documents/registry';
import { checkTemplate } from '../documents/templates/check';
import { asyncHandler, type HandlerGroup } from './context';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type TemplatableForm = TemplateInfo['form'];
type CustomInfo = NonNullable<TemplateInfo['custom']>;

/** The office's .docx for a form, or null while the built-in layout prints it (document.render uses this). */
export function customTemplateOf(db: Db, form: DocumentFormCode): Buffer | null {
  const row = db.select({ data: documentTemplate.data }).from(documentTemplate).where(eq(documentTemplate.form, form)).get();
  return row ? Buffer.from(row.data) : null;
}

/** The forms that have an office template (names only, no template bytes read). */
export function customTemplateForms(db: Db): Set<string> {
  return new Set(db.select({ form: documentTemplate.form }).from(documentTemplate).all().map((r) => r.form));
}

function customInfoOf(db: Db, form: TemplatableForm): CustomInfo | null {
  const row = db
    .select({ fileName: documentTemplate.fileName, uploadedAt: documentTemplate.uploadedAt, sha256: documentTemplate.sha256 })
    .from(documentTemplate)
    .where(eq(documentTemplate.form, form))
    .get();
  return row ?? null;
}

function infoOf(form: TemplatableForm, custom: CustomInfo | null): TemplateInfo {
  return { form, label: formLabel(form), custom, fields: templateFieldsOf(form) };
}

/** What the audit keeps of a template: never its bytes. */
function auditShape(form: TemplatableForm, custom: CustomInfo | null) {
  return custom ? { form, fileName: custom.fileName, sha256: custom.sha256 } : null;
}

function decode(dataBase64: string): Buffer {
  const data = Buffer.from(dataBase64, 'base64');
  if (data.length > TEMPLATE_MAX_BYTES) throw new AppError('VALIDATION_FAILED', '模板文件超过 5 MB 的上限', 'dataBase64');
  return data;
}

function check(form: TemplatableForm, dataBase64: string): TemplateCheck {
  return checkTemplate(decode(dataBase64), templateFieldsOf(form));
}

/** A file name to store and offer for download: the uploaded name without folders or unsafe characters, ending in .docx. */
export function safeFileName(name: string): string {
  return generatedFileName(plainFileName(name).replace(/\.docx$/i, ''), 'docx', '模板');
}

function refusal(result: TemplateCheck): AppError {
  const errors = result.problems.filter((p) => p.severity === 'error');
  const first = errors[0]?.message ?? '模板未通过检查';
  return new AppError('VALIDATION_FAILED', errors.length > 1 ? `${first}等${errors.length}个问题` : first, 'dataBase64');
}

export const templateHandlers: HandlerGroup<'template.list' | 'template.check' | 'template.upload' | 'template.restore' | 'template.download'> = {
  'template.list': (_input, { db }) => ({
    items: templatableForms.map((f) => infoOf(f.code, customInfoOf(db, f.code))),
  }),

  'template.check': (input) => check(input.form, input.dataBase64),

  // Checked outside the transaction (parsing a large .docx must not hold the write lock), then stored.
  'template.upload': asyncHandler(async (input, call) => {
    const data = decode(input.dataBase64);
    const result = checkTemplate(data, templateFieldsOf(input.form));
    if (!result.accepted) throw refusal(result);
    const custom: CustomInfo = {
      fileName: safeFileName(input.fileName),
      uploadedAt: call.now,
      sha256: crypto.createHash('sha256').update(data).digest('hex'),
    };
    return call.write((c) => {
      const before = customInfoOf(c.db, input.form);
      c.db
        .insert(documentTemplate)
        .values({ form: input.form, data, ...custom })
        .onConflictDoUpdate({ target: documentTemplate.form, set: { data, ...custom } })
        .run();
      c.audit({ entity: 'documentTemplate', entityId: input.form, before: auditShape(input.form, before), after: auditShape(input.form, custom) });
      return infoOf(input.form, custom);
    });
  }),

  'template.restore': (input, call) => {
    const before = customInfoOf(call.db, input.form);
    call.db.delete(documentTemplate).where(eq(documentTemplate.form, input.form)).run();
    call.audit({ entity: 'documentTemplate', entityId: input.form, before: auditShape(input.form, before), after: null });
    return infoOf(input.form, null);
  },

  'template.download': asyncHandler(async (input, call): Promise<DocumentFile> => {
    const stored = call.read((c) =>
      c.db
        .select({ fileName: documentTemplate.fileName, data: documentTemplate.data })
        .from(documentTemplate)
        .where(eq(documentTemplate.form, input.form))
        .get(),
    );
    if (stored) return { fileName: stored.fileName, mime: DOCX_MIME, dataBase64: Buffer.from(stored.data).toString('base64') };
    const label = formLabel(input.form);
    // The starter is built with the Word renderer, loaded on first use like the other renderers.
    const { starterTemplate } = await import('../documents/templates/starter');
    const data = await starterTemplate(label, templateFieldsOf(input.form));
    return { fileName: `${label}模板.docx`, mime: DOCX_MIME, dataBase64: data.toString('base64') };
  }),
};
