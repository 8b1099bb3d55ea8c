// Tells a file's type from its first bytes and structure — never from its name — and says why a refused file is refused.
import { compoundEntryNames, isCompoundFile } from './cfb-streams';
import { ALLOWED_TYPES_TEXT, fileTypes, type FileType } from './file-types';
import { readZipEntry, zipEntries } from './zip-entries';

export type Sniffed = { ok: true; type: FileType } | { ok: false; reason: string };

const refuse = (reason: string): Sniffed => ({ ok: false, reason });
const accept = (type: FileType): Sniffed => ({ ok: true, type });

const startsWith = (buf: Buffer, bytes: readonly number[], at = 0) => bytes.every((b, i) => buf[at + i] === b);
const ascii = (buf: Buffer, text: string, at = 0) => buf.toString('latin1', at, at + text.length) === text;

function isExecutable(buf: Buffer): boolean {
  return (
    ascii(buf, 'MZ') || // Windows .exe/.dll/.scr
    startsWith(buf, [0x7f, 0x45, 0x4c, 0x46]) || // ELF
    [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(buf.length >= 4 ? buf.readUInt32BE(0) : 0) // Mach-O
  );
}

/** The start of a text file, lower-cased, without BOM and leading white space. */
function textHead(buf: Buffer): string {
  let head = buf.toString('utf8', 0, 4096);
  if (head.charCodeAt(0) === 0xfeff) head = head.slice(1);
  if (buf[0] === 0xff && buf[1] === 0xfe) head = buf.toString('utf16le', 2, 8192);
  return head.trimStart().toLowerCase();
}

function sniffMarkup(buf: Buffer): Sniffed | null {
  const head = textHead(buf);
  if (head.startsWith('#!')) return refuse('是脚本文件');
  if (!head.startsWith('<')) return null;
  if (/<svg[\s>]/.test(head)) return refuse('是 SVG 图形（其中可以含有脚本）');
  if (/<(!doctype html|html|head|body|script|iframe)[\s>]/.test(head)) return refuse('是网页（HTML）文件');
  return refuse('是标记语言（XML）文本');
}

const OOXML = [
  { type: fileTypes.docx, part: 'word/document.xml', main: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml' },
  { type: fileTypes.xlsx, part: 'xl/workbook.xml', main: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml' },
] as const;

function sniffZip(buf: Buffer): Sniffed {
  const entries = zipEntries(buf);
  if (entries === null) return refuse('是已损坏或不支持的压缩文件');
  const names = new Set(entries.map((e) => e.name));
  const typesEntry = entries.find((e) => e.name === '[Content_Types].xml');
  const types = typesEntry ? readZipEntry(buf, typesEntry, 1024 * 1024)?.toString('utf8') : undefined;
  if (types === undefined) return refuse('是压缩包，不是 Word 或 Excel 文档');
  if ([...names].some((n) => /(^|\/)vbaProject\.bin$/i.test(n)) || /macroEnabled/i.test(types)) {
    return refuse('含有宏（.docm/.xlsm），请另存为不含宏的 .docx/.xlsx 后上传');
  }
  for (const candidate of OOXML) {
    if (names.has(candidate.part) && types.includes(candidate.main)) return accept(candidate.type);
  }
  return refuse('是压缩包或其他 Office 文档，不是 Word 或 Excel 文档');
}

function sniffCompound(buf: Buffer): Sniffed {
  const names = compoundEntryNames(buf);
  if (names === null) return refuse('是已损坏的 Office 文档');
  if (names.includes('Macros') || names.includes('_VBA_PROJECT_CUR')) {
    return refuse('含有宏，请另存为不含宏的文档后上传');
  }
  if (names.includes('WordDocument')) return accept(fileTypes.doc);
  if (names.includes('Workbook') || names.includes('Book')) return accept(fileTypes.xls);
  return refuse('是不支持的复合文档（如安装包或 PowerPoint 文件）');
}

/** The type of `buf` as far as the allow-list goes; refusals carry a Chinese reason to follow the file's name. */
export function sniffFileType(buf: Buffer): Sniffed {
  if (buf.length === 0) return refuse('是空文件');
  if (startsWith(buf, [0xff, 0xd8, 0xff])) return accept(fileTypes.jpeg);
  if (startsWith(buf, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return accept(fileTypes.png);
  if (buf.length >= 16 && ascii(buf, 'RIFF') && ascii(buf, 'WEBPVP8', 8)) return accept(fileTypes.webp);
  if (ascii(buf, '%PDF-')) return accept(fileTypes.pdf);
  if (ascii(buf, 'PK\x03\x04')) return sniffZip(buf);
  if (isCompoundFile(buf)) return sniffCompound(buf);
  if (isExecutable(buf)) return refuse('是可执行程序');
  return sniffMarkup(buf) ?? refuse(`的类型不在允许之列（${ALLOWED_TYPES_TEXT}）`);
}
