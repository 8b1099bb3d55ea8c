// Attachment names: folders, control and bidi characters stripped, length bounded, extension agreeing with the content.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainFileName, storedFileName } from '../../electron/core/files/file-name';
import { fileTypes } from '../../electron/core/files/file-types';

describe('plainFileName', () => {
  it('strips folders of either kind of slash', () => {
    expect(plainFileName('C:\\Users\\张三\\Desktop\\签到表.jpg')).toBe('签到表.jpg');
    expect(plainFileName('../../etc/passwd')).toBe('passwd');
    expect(plainFileName('/tmp/')).toBe('');
  });

  it('drops control, zero-width and direction-override characters, and trailing dots', () => {
    expect(plainFileName('会议\u0000纪要\n.pdf')).toBe('会议纪要.pdf');
    expect(plainFileName('photo\u202egpj.exe')).toBe('photogpj.exe');
    expect(plainFileName('  报告.pdf . . ')).toBe('报告.pdf');
    expect(plainFileName('a<b>:c"d|e?f*.png')).toBe('a_b__c_d_e_f_.png');
  });
});

describe('storedFileName', () => {
  it('keeps a right extension, lower-cased', () => {
    expect(storedFileName('签到表.JPEG', fileTypes.jpeg)).toBe('签到表.jpeg');
    expect(storedFileName('纪要.docx', fileTypes.docx)).toBe('纪要.docx');
  });

  it('replaces the wrong extension of an allowed type, and appends to any other', () => {
    expect(storedFileName('photo.png', fileTypes.jpeg)).toBe('photo.jpg');
    expect(storedFileName('report.doc', fileTypes.pdf)).toBe('report.pdf');
    expect(storedFileName('scan.exe', fileTypes.png)).toBe('scan.exe.png');
    expect(storedFileName('2026.11 会议', fileTypes.pdf)).toBe('2026.11 会议.pdf');
    expect(storedFileName('无扩展名', fileTypes.xlsx)).toBe('无扩展名.xlsx');
  });

  it('names a file with nothing left 附件', () => {
    expect(storedFileName('', fileTypes.pdf)).toBe('附件.pdf');
    expect(storedFileName('\u202e\u0001', fileTypes.png)).toBe('附件.png');
    expect(storedFileName('.png', fileTypes.png)).toBe('附件.png');
    expect(storedFileName('.bashrc', fileTypes.pdf)).toBe('bashrc.pdf');
  });

  it('keeps at most 120 characters without cutting a character in half', () => {
    const long = `${'𠀀'.repeat(200)}.pdf`;
    const name = storedFileName(long, fileTypes.pdf);
    expect(Array.from(name)).toHaveLength(120);
    expect(name.endsWith('.pdf')).toBe(true);
    expect(name).toBe(`${'𠀀'.repeat(116)}.pdf`);
  });

  it('always gives a bounded, slash- and control-free name ending in the type\'s extension', () => {
    const types = Object.values(fileTypes);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom(...types), (raw, type) => {
        const name = storedFileName(raw, type);
        expect(Array.from(name).length).toBeLessThanOrEqual(120);
        // eslint-disable-next-line no-control-regex -- the name must hold no control characters
        expect(name).not.toMatch(/[\\/\u0000-\u001f\u202e]/);
        expect(type.extensions.some((ext) => name.endsWith(`.${ext}`))).toBe(true);
        expect(name.startsWith('.')).toBe(false);
      }),
    );
  });
});
