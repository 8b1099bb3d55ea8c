// printable: what survives on paper of any text (properties), and the three renderers' names for it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../../../electron/core/documents/docx/text';
import { printable as officialPrintable } from '../../../electron/core/documents/official/model';
import { printable as pdfPrintable } from '../../../electron/core/documents/pdf/pdfmake-env';
import { printable } from '../../../electron/shared/documents/format';

/** True when a UTF-16 string carries a character that must not print. */
function hasUnprintable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x0a) || c === 0x7f || c === 0xfffe || c === 0xffff) return true;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

// Strings mixing controls, surrogate halves, non-characters, CJK and ASCII, in any order.
const nasty = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 0x20 }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('\u007f', '\uFFFE', '\uFFFF', '\uD83D', '\uDE00', '😀', '\r\n', '张', 'a', '＿'),
      fc.string({ unit: 'binary', maxLength: 3 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('printable', () => {
  it('leaves nothing unprintable, and is idempotent', () => {
    fc.assert(
      fc.property(nasty, (s) => {
        const out = printable(s);
        expect(hasUnprintable(out)).toBe(false);
        expect(printable(out)).toBe(out);
      }),
    );
  });

  it('keeps every printable character, in order (only removes)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const plain = s.replace(/\r\n?/g, '\n');
        if (!hasUnprintable(plain)) expect(printable(s)).toBe(plain);
      }),
    );
  });

  it('folds \\r\\n and \\r into \\n and drops controls, DEL, non-characters and lone surrogates', () => {
    expect(printable('张\u0000三\u0007\u001b[31m\r\n李\r四\u007f\uFFFE\uFFFF\uD800王\uDC00😀')).toBe('张三[31m\n李\n四王😀');
  });

  it('is what the PDF and Word renderers use; official documents also fold lines into spaces', () => {
    fc.assert(
      fc.property(nasty, (s) => {
        expect(pdfPrintable(s)).toBe(printable(s));
        expect(clean(s)).toBe(printable(s));
        expect(officialPrintable(s)).toBe(printable(s).replace(/\n/g, ' '));
      }),
    );
  });
});
