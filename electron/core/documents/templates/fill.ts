// Fills an office's .docx template with a form's data: {申请人.姓名}, loops {#申请人}…{/申请人}, conditions {^书面协议}…
import PizZip from 'pizzip';
import type { TemplateRecord } from '../../../shared/documents/fields';
import { AppError } from '../../../shared/errors';
import { clean } from '../docx/text';
import { compileTemplate, type TagContext, type TagParser } from './options';
import { resolvePath, tagPath } from './paths';

/**
 * Values print as text only: a flag used as a value prints 是/否, a list used as a value and raw-XML tags
 * ({@…}) print nothing; control characters are dropped. No expression is ever evaluated.
 */
export function valueParser(tag: string, context?: TagContext): TagParser {
  const path = tagPath(tag);
  const module = context?.tag?.module;
  return {
    get(scope: unknown): unknown {
      if (path === null || module === 'rawxml') return undefined;
      const value = resolvePath(scope, path);
      if (module === 'loop') return value;
      if (typeof value === 'string') return clean(value);
      if (typeof value === 'boolean') return value ? '是' : '否';
      return undefined;
    },
  };
}

/** The filled .docx. Throws AppError when the stored template cannot be filled (it was checked on upload). */
export function fillTemplate(docx: Buffer, data: TemplateRecord): Buffer {
  try {
    const doc = compileTemplate(new PizZip(docx), valueParser);
    doc.render(data);
    return doc.toBuffer({ compression: 'DEFLATE' });
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('VALIDATION_FAILED', '本所上传的文书模板无法填写，请重新检查并上传模板，或恢复内置模板');
  }
}
