// Names of the files the app writes from its own data (卷号, 卷名, form titles): never a folder, never too long, never clashing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatedFileName, uniqueFileName } from '../../electron/core/files/file-name';

describe('generatedFileName', () => {
  it('keeps the whole name, turning a slash in the data into "_" instead of a folder', () => {
    expect(generatedFileName('（2026）城关调字第001号_甲公司/乙分公司合同纠纷', 'pdf')).toBe('（2026）城关调字第001号_甲公司_乙分公司合同纠纷.pdf');
    expect(generatedFileName('..\\..\\etc', 'pdf')).toBe('.._.._etc.pdf');
    expect(generatedFileName('a<b>:c"d|e?f*g', 'docx')).toBe('a_b__c_d_e_f_g.docx');
    expect(generatedFileName('a/b:c*?\u0001', 'pdf')).toBe('a_b_c__.pdf');
    expect(generatedFileName('  ', 'pdf')).toBe('文书.pdf');
    expect(generatedFileName('\u202e\u0000', 'pdf', '公文')).toBe('公文.pdf');
  });

  it('fits every file system: at most 180 bytes before the extension, cut on a character, keeping the start', () => {
    const long = `（2026）城关调字第001号_${'张三、'.repeat(60)}纠纷`;
    const name = generatedFileName(long, 'pdf');
    expect(Buffer.byteLength(name.slice(0, -4), 'utf8')).toBeLessThanOrEqual(180);
    expect(name.startsWith('（2026）城关调字第001号_张三')).toBe(true);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (raw) => {
        const n = generatedFileName(raw, 'pdf');
        expect(n.endsWith('.pdf')).toBe(true);
        // eslint-disable-next-line no-control-regex -- control characters are what must not appear
        expect(n).not.toMatch(/[\\/<>:"|?*\u0000-\u001f]/);
        expect(Buffer.byteLength(n, 'utf8')).toBeLessThanOrEqual(184);
        expect(n.length).toBeGreaterThan(4);
      }),
    );
  });
});

describe('uniqueFileName', () => {
  it('numbers a name already taken', () => {
    const taken = new Set(['a.pdf', 'a (2).pdf']);
    expect(uniqueFileName('b.pdf', taken)).toBe('b.pdf');
    expect(uniqueFileName('a.pdf', taken)).toBe('a (3).pdf');
    expect(uniqueFileName('noext', new Set(['noext']))).toBe('noext (2)');
  });
});
