// Checks an uploaded workbook's zip container before exceljs sees it: magic bytes, central directory, real sizes, row counts.
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { AppError } from '../../shared/errors';
import { notXlsxMessage, tooManyDataRowsMessage, tooManyRowsMessage, xlsxLimits } from './limits';
import { SheetRowCounter } from './sheet-row-count';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const SHEET_ENTRY = /^xl\/worksheets\/[^/]+\.xml$/;

function refuse(message: string): never {
  throw new AppError('VALIDATION_FAILED', message);
}

function startsWith(buffer: Buffer, magic: number[]): boolean {
  return buffer.length >= magic.length && magic.every((byte, i) => buffer[i] === byte);
}

/** True for names that could escape a folder when extracted (zip slip). */
export function isUnsafeEntryName(name: string): boolean {
  return (
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[A-Za-z]:/.test(name) ||
    name.includes('\0') ||
    name.split('/').some((part) => part === '..')
  );
}

function openZip(buffer: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true }, (err, zip) =>
      err || !zip ? reject(err ?? new Error('no zip')) : resolve(zip),
    );
  });
}

/** Reads the central directory only: names, counts and declared sizes; nothing is inflated. */
function listEntries(zip: ZipFile): Promise<{ entry: Entry; name: string }[]> {
  return new Promise((resolve, reject) => {
    const entries: { entry: Entry; name: string }[] = [];
    let total = 0;
    zip.on('error', reject);
    zip.on('end', () => resolve(entries));
    zip.on('entry', (entry: Entry) => {
      try {
        const name = Buffer.isBuffer(entry.fileName) ? entry.fileName.toString('utf8') : String(entry.fileName);
        if (entries.length + 1 > xlsxLimits.maxEntries) refuse(`工作簿包含的部件过多（超过 ${xlsxLimits.maxEntries} 个），已拒绝`);
        if (isUnsafeEntryName(name)) refuse(`工作簿中含有非法的文件路径（${name.slice(0, 60)}），已拒绝`);
        if (entry.isEncrypted()) refuse('工作簿已加密，请在 Excel 中取消密码后再导入');
        total += entry.uncompressedSize;
        const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
        if (total > xlsxLimits.maxUncompressedBytes) refuse('工作簿解压后超过 100 MB 的上限（疑似压缩炸弹），已拒绝');
        if (entry.uncompressedSize >= xlsxLimits.ratioCheckFromBytes && ratio > xlsxLimits.maxRatio) {
          refuse('工作簿中有压缩比异常的部件（疑似压缩炸弹），已拒绝');
        }
        entries.push({ entry, name });
        zip.readEntry();
      } catch (err) {
        reject(err);
      }
    });
    zip.readEntry();
  });
}

/**
 * Inflates one entry as a stream: yauzl stops it the moment it outgrows its declared size (a lying
 * header), and worksheet rows are counted as they pass, so a million-row sheet is refused early. Rows
 * with a value count against maxDataRows (+1 for the header); all rows, styled empty ones too, against
 * the much higher maxSheetRows.
 */
function scanEntry(zip: ZipFile, entry: Entry, isSheet: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('no stream'));
      const counter = new SheetRowCounter();
      stream.on('data', (chunk: Buffer) => {
        if (!isSheet) return;
        counter.push(chunk.toString('latin1'));
        if (counter.dataRows > xlsxLimits.maxDataRows + 1) stream.destroy(new RowLimitError(tooManyDataRowsMessage));
        else if (counter.rows > xlsxLimits.maxSheetRows) stream.destroy(new RowLimitError(tooManyRowsMessage));
      });
      stream.on('error', reject);
      stream.on('end', () => resolve());
    });
  });
}

class RowLimitError extends Error {}

/** Throws an AppError with a Chinese message unless `buffer` is a plausible, bounded .xlsx zip. */
export async function guardXlsxZip(buffer: Buffer): Promise<void> {
  if (startsWith(buffer, OLE_MAGIC)) {
    refuse('这是旧版 Excel（.xls）文件或已加密的工作簿，请在 Excel 中另存为 .xlsx（不设密码）后再导入');
  }
  if (!startsWith(buffer, ZIP_MAGIC)) refuse(notXlsxMessage);
  let zip: ZipFile;
  try {
    zip = await openZip(buffer);
  } catch {
    refuse(notXlsxMessage);
  }
  try {
    const entries = await listEntries(zip);
    const names = new Set(entries.map((e) => e.name));
    if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) refuse(notXlsxMessage);
    for (const { entry, name } of entries) {
      if (name.endsWith('/')) continue;
      await scanEntry(zip, entry, SHEET_ENTRY.test(name));
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    if (err instanceof RowLimitError) refuse(err.message);
    refuse(notXlsxMessage);
  } finally {
    zip.close();
  }
}
