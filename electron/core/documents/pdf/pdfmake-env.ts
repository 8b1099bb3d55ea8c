// pdfmake set up for documents: fonts read once per process and handed over from memory, no network, no other files.
import fs from 'node:fs';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import type { FontFile, FontSet } from '../fonts';
import { learnFonts } from './font-reuse';
import { installInlineMerge } from './inline-merge';

/** pdfmake's in-memory file store (a process-wide singleton of the library; typed loosely by @types/pdfmake). */
interface VirtualFs {
  storage: Record<string, Buffer>;
  existsSync(name: string): boolean;
}
const vfs = (pdfmake as unknown as { virtualfs: VirtualFs }).virtualfs;

/** The family names documents use in `font:`; `serif` is the default. */
export type PdfFamily = 'serif' | 'fangSong' | 'xiaoBiaoSong' | 'heiTi' | 'kaiTi';

// Font files are 15 MB: read each once, keep the Buffer, and let pdfmake take it from its virtual file system
// (pdfmake's font dictionary itself cannot hold Buffers: it rewrites entries it does not recognise as URLs).
const fontKeys = new Map<string, string>();
function fontKey(file: FontFile): string {
  let key = fontKeys.get(file.path);
  if (key === undefined) {
    key = `ledger-font-${fontKeys.size}.font`;
    vfs.storage[key] = fs.readFileSync(file.path);
    fontKeys.set(file.path, key);
  }
  return key;
}

/** Reads the fonts of the set now (the first document then pays no file reads). */
export function preloadFonts(fonts: FontSet): void {
  for (const f of [fonts.serif, fonts.serifBold, fonts.fangSong, fonts.xiaoBiaoSong, fonts.heiTi, fonts.kaiTi]) fontKey(f);
}

function source(file: FontFile): string | [string, string] {
  const key = fontKey(file);
  return file.postscriptName ? [key, file.postscriptName] : key;
}

/** A fresh dictionary per document: pdfmake rewrites its entries while resolving them. */
function dictionary(fonts: FontSet): TFontDictionary {
  const face = (normal: FontFile, bold: FontFile = normal) => ({ normal: source(normal), bold: source(bold) }) as TFontDictionary[string];
  return {
    serif: face(fonts.serif, fonts.serifBold),
    fangSong: face(fonts.fangSong),
    xiaoBiaoSong: face(fonts.xiaoBiaoSong),
    heiTi: face(fonts.heiTi),
    kaiTi: face(fonts.kaiTi, fonts.heiTi),
  };
}

installInlineMerge();
pdfmake.setUrlAccessPolicy(() => false);
// Every font and image comes from the virtual file system; nothing is read from disk by path.
pdfmake.setLocalAccessPolicy(() => false);

let imageCount = 0;
/** Puts an image into pdfmake's store for one document; returns its name and a function that removes it. */
export function stageImage(data: Buffer): { name: string; drop: () => void } {
  const name = `ledger-image-${++imageCount}`;
  vfs.storage[name] = data;
  return { name, drop: () => void delete vfs.storage[name] };
}

/** The laid-out pdfkit document, before `end()`: callers may still add or reorder pages. */
export type PdfKitDoc = PDFKit.PDFDocument & { _root: { data: { Pages: { data: { Kids: unknown[]; Count: number } } } } };

export async function layoutPdf(dd: TDocumentDefinitions, fonts: FontSet): Promise<PdfKitDoc> {
  pdfmake.setFonts(dictionary(fonts));
  const doc = (await pdfmake.createPdf(dd).getStream()) as PdfKitDoc;
  learnFonts(doc, dictionary(fonts) as Parameters<typeof learnFonts>[1]);
  return doc;
}

/** Ends the document and collects its bytes. */
export function finish(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

export const mm = (v: number): number => (v * 72) / 25.4;
export const A4 = { width: 595.28, height: 841.89 } as const;
/** Form margins [left, top, right, bottom]: 28 mm binding side, 25 mm top and bottom, 20 mm right. */
export const FORM_MARGINS: [number, number, number, number] = [mm(28), mm(25), mm(20), mm(25)];
export const CONTENT_WIDTH = A4.width - FORM_MARGINS[0] - FORM_MARGINS[2];
export const CONTENT_HEIGHT = A4.height - FORM_MARGINS[1] - FORM_MARGINS[3];

/** Text as it may print in a PDF: see shared/documents/format.ts. */
export { printable } from '../../../shared/documents/format';
