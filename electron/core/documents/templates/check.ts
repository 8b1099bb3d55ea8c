// Checks an uploaded .docx template before it is accepted: a readable, bounded file, sound tags, known fields, split tags.
import type PizZip from 'pizzip';
import type { FieldSpec } from '../../../shared/documents/fields';
import type { TemplateCheck, TemplateProblem } from '../../../shared/schemas/document';
import { templateErrors, type PartTexts } from './check-errors';
import { fieldProblems, unknownPlainTags } from './check-fields';
import { openDocx } from './docx-zip';
import { compiledParts, compileTemplate, type TagParser } from './options';
import { fullWidthWarnings, splitTagWarnings } from './split-tags';
import { WORD_TEXT_PART, hasBalancedElements, xmlParagraphs, type XmlParagraph } from './xml-text';

/** More problems than this are cut short: past it the office should fix what is listed first. */
export const MAX_PROBLEMS = 100;

const DAMAGED = '文件内容已损坏，无法读取，请在 Word 中打开并另存为 .docx 后再上传';

const noValues = (): TagParser => ({ get: () => undefined });

function badFile(message: string): TemplateCheck {
  return { accepted: false, problems: [{ severity: 'error', kind: 'badFile', message, tag: null }] };
}

const XML_PART = /\.(xml|rels)$/i;

/** The paragraphs of the parts tags may sit in; null when any XML part is not well-formed. */
function textsOf(zip: PizZip): PartTexts | null {
  const texts = new Map<string, readonly XmlParagraph[]>();
  for (const name of Object.keys(zip.files).sort()) {
    if (!XML_PART.test(name)) continue;
    const xml = zip.file(name)?.asText() ?? '';
    if (!hasBalancedElements(xml)) return null;
    if (WORD_TEXT_PART.test(name)) texts.set(name, xmlParagraphs(xml));
  }
  return texts;
}

/** Tag and field errors; when the tags do not compile, a lenient compile still finds the unknown fields. */
function tagProblems(zip: PizZip, fields: readonly FieldSpec[], texts: PartTexts): TemplateProblem[] {
  try {
    return fieldProblems(compiledParts(compileTemplate(zip, noValues)), fields, texts);
  } catch (err) {
    const problems = templateErrors(err, texts);
    if (problems.some((p) => p.kind === 'badFile')) return problems.filter((p) => p.kind === 'badFile').slice(0, 1);
    try {
      const lenient = compileTemplate(zip, noValues, true);
      const seen = new Set(problems.map((p) => p.message));
      problems.push(...fieldProblems(compiledParts(lenient), fields, texts).filter((p) => !seen.has(p.message)));
    } catch {
      // Loops that do not pair up stop the lenient compile too: the tag errors above say why, and the plain
      // tags are still checked by name so every misspelt field is listed in the same pass.
      const seen = new Set(problems.map((p) => p.tag));
      problems.push(...unknownPlainTags(fields, texts).filter((p) => !seen.has(p.tag)));
    }
    return problems;
  }
}

function capped(problems: TemplateProblem[]): TemplateProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const rest = problems.length - (MAX_PROBLEMS - 1);
  const severity = problems.slice(MAX_PROBLEMS - 1).some((p) => p.severity === 'error') ? 'error' : 'warning';
  const more: TemplateProblem = { severity, kind: 'badSyntax', message: `另有 ${rest} 个问题未列出，请先修改以上问题后再检查`, tag: null };
  return [...problems.slice(0, MAX_PROBLEMS - 1), more];
}

/** The check of a template against a form's fields; never throws. accepted = no errors (warnings allowed). */
export function checkTemplate(docx: Buffer, fields: readonly FieldSpec[]): TemplateCheck {
  try {
    const opened = openDocx(docx);
    if (!opened.ok) return badFile(opened.message);
    const texts = textsOf(opened.zip);
    if (!texts) return badFile(DAMAGED);
    const errors = tagProblems(opened.zip, fields, texts);
    if (errors.some((p) => p.kind === 'badFile')) return { accepted: false, problems: errors };
    const problems = capped([...errors, ...splitTagWarnings(texts), ...fullWidthWarnings(texts)]);
    return { accepted: !problems.some((p) => p.severity === 'error'), problems };
  } catch {
    return badFile(DAMAGED);
  }
}
