// Warnings on text that looks like tags: tags Word split across runs (accepted, merged) and full-width ｛｝ braces (printed as is).
import type { TemplateProblem } from '../../../shared/schemas/document';
import type { PartTexts } from './check-errors';
import { decodeXml, partLabel } from './xml-text';

const TAG = /\{[^{}]*\}/g;

/** A warning for each {…} within one paragraph whose characters sit in more than one <w:r>. */
export function splitTagWarnings(texts: PartTexts): TemplateProblem[] {
  const warnings: TemplateProblem[] = [];
  for (const [file, paragraphs] of texts) {
    paragraphs.forEach((p, index) => {
      for (const m of p.raw.matchAll(TAG)) {
        const runs = new Set(p.runOf.slice(m.index, m.index + m[0].length));
        if (runs.size < 2) continue;
        const tag = decodeXml(m[0]);
        warnings.push({
          severity: 'warning',
          kind: 'splitTag',
          message: `${partLabel(file)}第${index + 1}段：标签“${tag}”被 Word 拆成了多段不同格式的文字，已自动合并；若格式异常请整段重新输入`,
          tag,
        });
      }
    });
  }
  return warnings;
}

/** Full-width braces around what looks like a field name: an input method typed ｛申请人.姓名｝, which is not a tag. */
const FULL_WIDTH = /[｛{]([^｛｝{}\s]{1,40})[｝}]/g;

export function fullWidthWarnings(texts: PartTexts): TemplateProblem[] {
  const warnings: TemplateProblem[] = [];
  for (const [file, paragraphs] of texts) {
    paragraphs.forEach((p, index) => {
      for (const m of decodeXml(p.raw).matchAll(FULL_WIDTH)) {
        if (!m[0].includes('｛') && !m[0].includes('｝')) continue;
        warnings.push({
          severity: 'warning',
          kind: 'badSyntax',
          message: `${partLabel(file)}第${index + 1}段：“${m[0]}”用了全角花括号，不会被填写；如要填入字段，请改用半角花括号 {${m[1]}}`,
          tag: m[0],
        });
      }
    });
  }
  return warnings;
}
