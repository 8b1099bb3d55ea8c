// Attachment type sniffing: the allow-list is decided by content, never by the file's name.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { compoundEntryNames } from '../../electron/core/files/cfb-streams';
import { sniffFileType } from '../../electron/core/files/sniff';
import { compound, docm, docx, exe, html, jpeg, pdf, png, svg, webp, xlsx, zip } from './attachment-fixtures';

const typeOf = (buf: Buffer) => {
  const sniffed = sniffFileType(buf);
  return sniffed.ok ? sniffed.type.id : null;
};
const reasonOf = (buf: Buffer) => {
  const sniffed = sniffFileType(buf);
  return sniffed.ok ? null : sniffed.reason;
};

describe('sniffFileType', () => {
  it('accepts the allowed types, each with its MIME type', () => {
    expect(typeOf(png())).toBe('png');
    expect(typeOf(jpeg())).toBe('jpeg');
    expect(typeOf(webp())).toBe('webp');
    expect(typeOf(pdf())).toBe('pdf');
    expect(typeOf(docx())).toBe('docx');
    expect(typeOf(xlsx())).toBe('xlsx');
    expect(typeOf(compound(['WordDocument', '1Table']))).toBe('doc');
    expect(typeOf(compound(['Workbook']))).toBe('xls');
    expect(typeOf(compound(['Book']))).toBe('xls');
    const sniffed = sniffFileType(docx());
    expect(sniffed.ok && sniffed.type.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('knows a workbook written by a real spreadsheet library', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('签到表').addRow(['姓名', '签到']);
    expect(typeOf(Buffer.from(await book.xlsx.writeBuffer()))).toBe('xlsx');
  });

  it('refuses executables whatever their name, and says so', () => {
    expect(reasonOf(exe())).toBe('是可执行程序');
    expect(reasonOf(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]))).toBe('是可执行程序');
    expect(reasonOf(Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]))).toBe('是可执行程序');
    expect(reasonOf(Buffer.from('#!/bin/sh\nrm -rf ~\n'))).toBe('是脚本文件');
  });

  it('refuses HTML and SVG, which could run script when opened', () => {
    expect(reasonOf(html())).toBe('是网页（HTML）文件');
    expect(reasonOf(Buffer.from('<script>alert(1)</script>'))).toBe('是网页（HTML）文件');
    expect(reasonOf(svg())).toMatch(/SVG/);
    expect(reasonOf(Buffer.from('<svg><script>alert(1)</script></svg>'))).toMatch(/SVG/);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<html><body></body></html>', 'utf16le')]);
    expect(reasonOf(utf16)).toBe('是网页（HTML）文件');
  });

  it('refuses a zip that is not a Word or Excel document, and macro-enabled ones', () => {
    expect(reasonOf(zip({ 'readme.txt': 'hi', 'setup.exe': exe() }))).toMatch(/压缩包/);
    // OOXML-looking names without the matching content type: a .pptx, or a forged package.
    expect(reasonOf(zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }))).toMatch(/不是 Word 或 Excel/);
    expect(reasonOf(docm())).toMatch(/宏/);
    expect(reasonOf(Buffer.from('PK\x03\x04 truncated', 'latin1'))).toMatch(/损坏/);
  });

  it('refuses compound files other than Word and Excel (installers, PowerPoint) and broken ones', () => {
    expect(reasonOf(compound(['PowerPoint Document']))).toMatch(/复合文档/);
    expect(reasonOf(compound(['\u4840\u3b3f\u4577']))).toMatch(/复合文档/); // an .msi's encoded stream name
    expect(reasonOf(compound(['WordDocument', 'Macros']))).toMatch(/宏/);
    const broken = compound(['WordDocument']);
    broken.writeUInt32LE(7, 0x30); // the directory points past the end
    expect(reasonOf(broken)).toMatch(/损坏/);
  });

  it('refuses empty files and anything unknown, listing what is allowed', () => {
    expect(reasonOf(Buffer.alloc(0))).toBe('是空文件');
    expect(reasonOf(Buffer.from('just some text'))).toMatch(/仅限 JPEG、PNG、WebP 图片，PDF/);
    expect(reasonOf(Buffer.from('GIF89a'))).toMatch(/不在允许之列/);
  });
});

describe('compoundEntryNames', () => {
  it('reads the directory by following the FAT', () => {
    expect(compoundEntryNames(compound(['WordDocument', 'SummaryInformation']))).toEqual([
      'Root Entry',
      'WordDocument',
      'SummaryInformation',
    ]);
  });

  it('gives up on a directory chain that loops', () => {
    const looping = compound(['Workbook']);
    looping.writeUInt32LE(1, 512 + 4); // sector 1 → sector 1 → …
    expect(compoundEntryNames(looping)).toBeNull();
  });
});
