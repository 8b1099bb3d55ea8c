// Property: any FormDoc — CJK, markup, control characters, odd spans — renders to a valid .docx with well-formed XML.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, Cell, FormDoc, Inline } from '../../../electron/shared/documents/form-doc';
import { docxXml, renderFormDocx } from '../../../electron/core/documents/docx/render-form';

/** A small XML 1.0 well-formedness check: balanced tags, quoted attributes, known entities, legal characters. */
function xmlProblem(xml: string): string | null {
  // eslint-disable-next-line no-control-regex -- the point is to find control characters
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml)) return 'illegal character';
  const body = xml.replace(/^<\?xml [^?]*\?>/, '');
  const entity = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  const stack: string[] = [];
  let roots = 0;
  for (const m of body.matchAll(/<([^<>]*)>|([^<]+)|(<)/g)) {
    if (m[3]) return 'stray <';
    if (m[2] !== undefined) {
      if (stack.length === 0) return 'text outside the root';
      if (entity.test(m[2]) || m[2].includes('>')) return `bad text ${m[2]}`;
      continue;
    }
    const tag = m[1]!;
    if (tag.startsWith('/')) {
      if (stack.pop() !== tag.slice(1)) return `unbalanced </${tag.slice(1)}>`;
      continue;
    }
    const parsed = /^([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*="[^"<]*")*)\s*(\/?)$/.exec(tag);
    if (!parsed) return `bad tag <${tag}>`;
    if (entity.test(parsed[2]!)) return `bad attribute in <${tag}>`;
    if (stack.length === 0) roots++;
    if (!parsed[3]) stack.push(parsed[1]!);
  }
  return stack.length === 0 && roots === 1 ? null : 'unclosed or several roots';
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const units = [...'张王李赵欧阳纠纷协议书　 ab1"\'<>&/;=，。、\n\r\t'.split(''), '\u0000', '\u0007', '\u001b', '\u000b', '\ufffe', '<script>', '</w:t>', '&amp;', ']]>'];
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...units), maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);
const span = fc.option(fc.integer({ min: -1, max: 5 }), { nil: undefined });
const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.record({ label: text, span, rowSpan: span }),
  fc.record({ value: text, span, rowSpan: span, lines: span, align: fc.option(fc.constantFrom('left' as const, 'center' as const), { nil: undefined }) }),
  fc.record({ pageRef: text, span }),
);
const rows = fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 5 });
const inline: fc.Arbitrary<Inline> = fc.oneof(text, fc.record({ text, bold: fc.boolean(), underline: fc.boolean() }), fc.record({ blank: fc.integer({ min: -2, max: 30 }) }));
const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ kind: fc.constant('fields' as const), columns: fc.integer({ min: 1, max: 6 }), rows, widths: fc.option(fc.array(fc.integer({ min: 0, max: 9 })), { nil: undefined }) }),
  fc.record({ kind: fc.constant('table' as const), header: fc.array(text, { minLength: 1, maxLength: 4 }), widths: fc.array(fc.integer({ min: 1, max: 9 }), { maxLength: 4 }), rows, minRows: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }) }),
  fc.record({ kind: fc.constant('paragraph' as const), text: fc.array(inline, { maxLength: 6 }), indent: fc.boolean(), align: fc.option(fc.constantFrom('left' as const, 'center' as const, 'right' as const), { nil: undefined }) }),
  fc.record({ kind: fc.constant('heading' as const), text }),
  fc.record({ kind: fc.constant('list' as const), items: fc.array(text, { maxLength: 4 }) }),
  fc.record({ kind: fc.constant('lines' as const), count: fc.integer({ min: -1, max: 4 }) }),
  fc.record({ kind: fc.constant('signatures' as const), lines: fc.array(fc.record({ label: text, date: fc.option(text, { nil: undefined }), width: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }) }), { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('seal' as const), organ: text, date: text }),
  fc.record({ kind: fc.constant('spacer' as const), lines: fc.integer({ min: -1, max: 3 }) }),
  fc.constant({ kind: 'pageBreak' as const }),
);
const formDoc: fc.Arbitrary<FormDoc> = fc.record({
  title: text,
  kicker: fc.option(text, { nil: undefined }),
  number: fc.option(text, { nil: undefined }),
  blocks: fc.array(block, { maxLength: 8 }),
  footnote: fc.option(text, { nil: undefined }),
  cover: fc.option(fc.boolean(), { nil: undefined }),
});

describe('renderFormDocx on random forms', () => {
  it('always writes a zip whose document and styles are well-formed XML, keeping the printable text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(formDoc, { minLength: 1, maxLength: 2 }), async (docs) => {
        const { document, styles } = docxXml(await renderFormDocx(docs));
        expect(xmlProblem(document)).toBeNull();
        expect(xmlProblem(styles)).toBeNull();
        expect(document).not.toMatch(/>(?:undefined|null)</);
        expect(document).not.toContain('<script>');
        const printed = [...document.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1]!)).join('');
        // eslint-disable-next-line no-control-regex -- the point is to find control characters
        for (const piece of docs[0]!.title.split(/[\s\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]+/)) expect(printed).toContain(piece);
      }),
      { numRuns: 150 },
    );
  });

  it('the well-formedness check itself rejects broken XML', () => {
    expect(xmlProblem('<?xml version="1.0"?><a><b>x</b></a>')).toBeNull();
    expect(xmlProblem('<a><b>x</a></b>')).not.toBeNull();
    expect(xmlProblem('<a>x & y</a>')).not.toBeNull();
    expect(xmlProblem('<a b=c/>')).not.toBeNull();
    expect(xmlProblem('<a>\u0007</a>')).not.toBeNull();
    expect(xmlProblem('<a/><b/>')).not.toBeNull();
  });
});
