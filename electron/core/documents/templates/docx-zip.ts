// Opens an uploaded .docx safely: magic bytes, entry count, real inflated sizes and ratios checked before PizZip parses it.
import zlib from 'node:zlib';
import PizZip from 'pizzip';
import { zipEntries, type ZipEntry } from '../../files/zip-entries';

export const docxLimits = {
  /** Entries in the central directory (Word writes 10–40, a few hundred with many images). */
  maxEntries: 1000,
  /** Sum of the entries' real (inflated) sizes. */
  maxUncompressedBytes: 64 * 1024 * 1024,
  /** Entries inflating to at least this many bytes must not compress better than maxRatio : 1. */
  ratioCheckFromBytes: 1024 * 1024,
  maxRatio: 100,
} as const;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const LOCAL = 0x04034b50;

export const notDocxMessage = '文件不是有效的 Word 文档（.docx），请在 Word 中另存为 .docx 后再上传';
const bombMessage = '文件解压后过大或压缩比异常（疑似压缩炸弹），已拒绝';

export type OpenedDocx = { ok: true; zip: PizZip } | { ok: false; message: string };

function startsWith(buffer: Buffer, magic: number[]): boolean {
  return buffer.length >= magic.length && magic.every((byte, i) => buffer[i] === byte);
}

class BombError extends Error {}

/** The real content of one entry, inflating at most `budget` bytes; null when it cannot be read. */
function inflate(buf: Buffer, entry: ZipEntry, budget: number): Buffer | null {
  const at = entry.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) return null;
  if ((buf.readUInt16LE(at + 6) & 1) === 1) return null; // encrypted entry
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > buf.length) return null;
  const raw = buf.subarray(start, end);
  if (entry.method === 0) {
    if (raw.length > budget) throw new BombError();
    return raw;
  }
  if (entry.method !== 8) return null;
  try {
    return zlib.inflateRawSync(raw, { maxOutputLength: Math.max(budget, 1) });
  } catch (err) {
    if (err instanceof RangeError || (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new BombError();
    return null;
  }
}

/** Checks every entry by inflating it within the limits; the message says why the file is refused. */
function guard(buf: Buffer): string | null {
  if (startsWith(buf, OLE_MAGIC)) return '文件已设置打开密码，或是旧版 Word（.doc）文件：请在 Word 中取消密码并另存为 .docx 后再上传';
  if (!startsWith(buf, ZIP_MAGIC)) return notDocxMessage;
  const entries = zipEntries(buf);
  if (!entries || entries.length === 0) return '文件已损坏，无法读取（不是完整的 .docx）';
  if (entries.length > docxLimits.maxEntries) return `文件包含的部件过多（超过 ${docxLimits.maxEntries} 个），已拒绝`;
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml') || !names.has('word/document.xml')) return notDocxMessage;
  let total = 0;
  try {
    for (const entry of entries) {
      if (entry.name.endsWith('/')) continue;
      const data = inflate(buf, entry, docxLimits.maxUncompressedBytes - total + 1);
      if (data === null) return `文件已损坏或已加密，无法读取其中的“${entry.name.slice(0, 60)}”`;
      total += data.length;
      if (total > docxLimits.maxUncompressedBytes) return bombMessage;
      const ratio = data.length / Math.max(entry.compressedSize, 1);
      if (data.length >= docxLimits.ratioCheckFromBytes && ratio > docxLimits.maxRatio) return bombMessage;
    }
  } catch (err) {
    if (err instanceof BombError) return bombMessage;
    throw err;
  }
  return null;
}

/** Only a plain Word document: a macro-enabled one (.docm) or a Word template (.dotx) would not open as .docx. */
function kindProblem(zip: PizZip): string | null {
  const types = zip.file('[Content_Types].xml')?.asText() ?? '';
  if (/macroEnabled/i.test(types)) return '含宏的 Word 文档（.docm）不能作为模板，请在 Word 中另存为 .docx 后再上传';
  if (types.includes('wordprocessingml.document.main+xml')) return null;
  if (types.includes('wordprocessingml.template.main+xml')) return '这是 Word 模板文件（.dotx），请在 Word 中另存为 .docx 后再上传';
  return notDocxMessage;
}

/** The .docx as a PizZip, or the reason (Chinese) it cannot be opened. Never throws. */
export function openDocx(buf: Buffer): OpenedDocx {
  try {
    const refused = guard(buf);
    if (refused) return { ok: false, message: refused };
    const zip = new PizZip(buf);
    const wrongKind = kindProblem(zip);
    return wrongKind ? { ok: false, message: wrongKind } : { ok: true, zip };
  } catch {
    return { ok: false, message: '文件已损坏，无法读取（不是完整的 .docx）' };
  }
}
