// Uploaded scans in a dossier: images checked before layout; PDF pages drawn, scaled to the text area, onto pages reserved for them.
import zlib from 'node:zlib';
import { PDFDocument } from '@cantoo/pdf-lib';
import { CONTENT_HEIGHT, CONTENT_WIDTH, FORM_MARGINS } from './pdfmake-env';

export interface ScanPlacement {
  /** 1-based page of the dossier PDF reserved for it. */
  readonly page: number;
  readonly scan: Buffer;
  /** 0-based page of the scan. */
  readonly index: number;
}

/** `keepMetadata`: leave the Producer and dates as laid out (byte-identical output); by default pdf-lib sets ModDate to now. */
export async function placeScanPages(pdf: Buffer, placements: readonly ScanPlacement[], keepMetadata = false): Promise<Buffer> {
  const out = await PDFDocument.load(pdf, { updateMetadata: !keepMetadata });
  const pages = out.getPages();
  const byScan = new Map<Buffer, ScanPlacement[]>();
  for (const p of placements) byScan.set(p.scan, [...(byScan.get(p.scan) ?? []), p]);
  for (const [scan, list] of byScan) {
    const source = await PDFDocument.load(scan, { ignoreEncryption: true });
    const embedded = await out.embedPages(list.map((p) => source.getPage(p.index)));
    list.forEach((p, i) => {
      const page = pages[p.page - 1];
      const art = embedded[i];
      if (!page || !art) throw new Error(`dossier: no page ${p.page} reserved for a scan`);
      const scale = Math.min(CONTENT_WIDTH / art.width, CONTENT_HEIGHT / art.height);
      const w = art.width * scale;
      const h = art.height * scale;
      // pdf-lib measures from the bottom-left corner; the text area starts at the left and bottom margins.
      page.drawPage(art, { x: FORM_MARGINS[0] + (CONTENT_WIDTH - w) / 2, y: FORM_MARGINS[3] + (CONTENT_HEIGHT - h), width: w, height: h });
    });
  }
  return Buffer.from(await out.save({ useObjectStreams: false }));
}

/** Whether a JPEG is whole: segments in bounds up to a frame header with a size, a scan, and the end marker. */
function jpegReadable(b: Buffer): boolean {
  let pos = 2;
  let sized = false;
  while (pos + 4 <= b.length) {
    if (b[pos] !== 0xff) return false;
    const marker = b[pos + 1]!;
    if (marker === 0xff) {
      pos++; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      pos += 2;
      continue;
    }
    const length = b.readUInt16BE(pos + 2);
    if (length < 2 || pos + 2 + length > b.length) return false;
    const frame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (frame && length >= 8) sized = b.readUInt16BE(pos + 5) > 0 && b.readUInt16BE(pos + 7) > 0;
    if (marker === 0xda) return sized && b.lastIndexOf(EOI) > pos + 2 + length;
    pos += 2 + length;
  }
  return false;
}
const EOI = Buffer.from([0xff, 0xd9]);

/** Whether a PNG is whole: every chunk in bounds, critical ones with a matching CRC, a sized IHDR first, image data, and IEND. */
function pngReadable(b: Buffer): boolean {
  let pos = PNG_SIGNATURE.length;
  let data = false;
  for (let n = 0; pos + 12 <= b.length; n++) {
    const length = b.readUInt32BE(pos);
    const end = pos + 12 + length;
    if (end > b.length) return false;
    // Like libpng: a damaged critical chunk makes the image unreadable; a bad ancillary one is only skipped.
    const critical = (b[pos + 4]! & 0x20) === 0;
    if (critical && zlib.crc32(b.subarray(pos + 4, end - 4)) !== b.readUInt32BE(end - 4)) return false;
    const type = b.toString('latin1', pos + 4, pos + 8);
    if (n === 0 && (type !== 'IHDR' || length < 8 || b.readUInt32BE(pos + 8) === 0 || b.readUInt32BE(pos + 12) === 0)) return false;
    if (type === 'IDAT') data = true;
    if (type === 'IEND') return data;
    pos = end;
  }
  return false;
}
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Whether an uploaded image can be placed whole (checked before layout, so a bad file is named to the user). */
export function imageReadable(data: Buffer): boolean {
  if (data.length > 2 && data[0] === 0xff && data[1] === 0xd8) return jpegReadable(data);
  if (data.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) return pngReadable(data);
  return false;
}
