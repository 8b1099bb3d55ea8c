// Property: mutated templates (flipped bytes, truncated zips, stray { } # / ^ in the text) always yield a TemplateCheck.
import fc from 'fast-check';
import PizZip from 'pizzip';
import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../../electron/core/documents/templates/check';
import { fillTemplate } from '../../../electron/core/documents/templates/fill';
import { templateCheck } from '../../../electron/shared/schemas/document';
import { docxOf, p, table } from '../../fixtures/templates/docx-fixture';
import { testData, testFields } from '../../fixtures/templates/fields';

const BODY =
  p('编号：{编号}') +
  p('{#申请人}') +
  p('{姓名}，{单位或住址}{#是否单位}（单位）{/是否单位}') +
  p('{/申请人}') +
  table([['{#协议条款}{序号}', '{内容}{/协议条款}']]) +
  p('{#书面协议}书面{/书面协议}{^书面协议}口头{/书面协议}');
const VALID = docxOf(BODY);
const XML = new PizZip(VALID).file('word/document.xml')!.asText();

/** Checks, expects a TemplateCheck, and when accepted, fills without throwing. */
function checkAndFill(docx: Buffer) {
  const result = checkTemplate(docx, testFields);
  templateCheck.parse(result);
  if (result.accepted) fillTemplate(docx, testData);
  return result;
}

function withXml(xml: string): Buffer {
  const zip = new PizZip(VALID);
  zip.file('word/document.xml', xml);
  return zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** Offsets in the XML that are inside <w:t> text, where an office could type. */
const textOffsets = [...XML.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].flatMap((m) => {
  const start = m.index + m[0].indexOf('>') + 1;
  return Array.from({ length: m[1]!.length + 1 }, (_, i) => start + i);
});

describe('checkTemplate on mutated templates', () => {
  it('the unmutated template is accepted', () => {
    expect(checkAndFill(VALID)).toEqual({ accepted: true, problems: [] });
  });

  it('never throws on flipped bytes', () => {
    const flips = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(flips, (changes) => {
        const buf = Buffer.from(VALID);
        for (const [at, byte] of changes) buf[at % buf.length] = byte;
        checkAndFill(buf);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on a truncated zip, and refuses it as a bad file', () => {
    fc.assert(
      fc.property(fc.nat({ max: VALID.length - 1 }), (length) => {
        const result = checkAndFill(VALID.subarray(0, length));
        expect(result.problems.map((x) => x.kind)).toEqual(['badFile']);
      }),
      { numRuns: 200 },
    );
  });

  it('stray tag characters typed into the text give tag problems, never a bad file', () => {
    const insertion = fc.tuple(fc.constantFrom(...textOffsets), fc.stringMatching(/^[{}#/^.]{1,3}$/));
    fc.assert(
      fc.property(fc.array(insertion, { minLength: 1, maxLength: 6 }), (inserts) => {
        let xml = XML;
        for (const [at, chars] of [...inserts].sort((a, b) => b[0] - a[0])) xml = xml.slice(0, at) + chars + xml.slice(at);
        const result = checkAndFill(withXml(xml));
        expect(result.problems.some((x) => x.kind === 'badFile')).toBe(false);
      }),
      { numRuns: 150 },
    );
  });

  it('stray characters anywhere in document.xml never make it throw', () => {
    const insertion = fc.tuple(fc.nat({ max: XML.length }), fc.stringMatching(/^[{}#/^<>&"]{1,3}$/));
    fc.assert(
      fc.property(fc.array(insertion, { minLength: 1, maxLength: 4 }), (inserts) => {
        let xml = XML;
        for (const [at, chars] of [...inserts].sort((a, b) => b[0] - a[0])) xml = xml.slice(0, at) + chars + xml.slice(at);
        checkAndFill(withXml(xml));
      }),
      { numRuns: 200 },
    );
  });
});
