// Parse each 15 MB font once per process: later documents reuse the parsed font and its shaping cache (pdfkit re-parses per document).
//
// pdfmake's PDFDocument.provideFont opens every font anew for each document (fontkit parses the tables, ~10 ms
// and much garbage per face). After the first document we know pdfkit's EmbeddedFont class and the parsed fontkit
// fonts; provideFont is then wrapped to build EmbeddedFonts around those. Each document still gets its own
// EmbeddedFont, so its own subset and font object. If pdfkit's internals ever differ, the original runs.

/** What this file relies on in pdfkit 0.19's EmbeddedFont and document. */
interface EmbeddedFont {
  font: object;
  name?: string;
  layoutCache?: Record<string, unknown>;
  constructor: new (doc: PdfmakeDoc, font: object, id: string) => EmbeddedFont;
}
interface PdfmakeDoc {
  fonts: Record<string, Record<string, string | [string, string] | undefined>>;
  fontCache: Record<string, Record<string, EmbeddedFont>>;
  _fontFamilies: Record<string, EmbeddedFont>;
  _fontCount: number;
  getFontType(bold: boolean, italics: boolean): string;
  provideFont(family: string, bold: boolean, italics: boolean): EmbeddedFont;
}

interface Parsed {
  readonly font: object;
  readonly make: EmbeddedFont['constructor'];
  readonly shaped: Record<string, unknown>;
}
const parsed = new Map<string, Parsed>();
let wrapped = false;

const keyOf = (def: string | [string, string] | undefined): string | undefined => (Array.isArray(def) ? `${def[0]}#${def[1]}` : def);

function looksRight(f: EmbeddedFont | undefined): f is EmbeddedFont {
  return typeof f === 'object' && f !== null && typeof f.font === 'object' && typeof f.constructor === 'function';
}

/** Called with each laid-out document: learns its parsed fonts (keyed by the font source in `dictionary`). */
export function learnFonts(doc: unknown, dictionary: Record<string, Record<string, string | [string, string] | undefined>>): void {
  const d = doc as PdfmakeDoc;
  if (typeof d.fontCache !== 'object' || typeof d._fontFamilies !== 'object' || typeof d._fontCount !== 'number') return;
  for (const [family, faces] of Object.entries(d.fontCache)) {
    for (const [type, font] of Object.entries(faces)) {
      const key = keyOf(dictionary[family]?.[type]);
      if (key === undefined || parsed.has(key) || !looksRight(font)) continue;
      parsed.set(key, { font: font.font, make: font.constructor, shaped: font.layoutCache ?? Object.create(null) });
    }
  }
  if (!wrapped) wrap(Object.getPrototypeOf(d) as PdfmakeDoc);
}

function wrap(proto: PdfmakeDoc): void {
  wrapped = true;
  const original = proto.provideFont;
  if (typeof original !== 'function') return;
  proto.provideFont = function (this: PdfmakeDoc, family: string, bold: boolean, italics: boolean): EmbeddedFont {
    const type = this.getFontType(bold, italics);
    const known = this.fontCache[family]?.[type];
    if (known) return known;
    const def = this.fonts[family]?.[type];
    const hit = parsed.get(keyOf(def) ?? '');
    if (!hit) return original.call(this, family, bold, italics);
    const remember = (font: EmbeddedFont) => ((this.fontCache[family] ??= {})[type] = font);
    // As pdfkit's own font(): faces from one source share one embedded font (so one subset), keyed by the
    // source (or the collection face's name), then by the font's name; ids are counted the same way. The
    // bytes of a document then do not depend on whether it was the first in the process.
    const cacheKey = Array.isArray(def) ? def[1] : def;
    const cached = cacheKey === undefined ? undefined : this._fontFamilies[cacheKey];
    if (cached) return remember(cached);
    const id = `F${++this._fontCount}`;
    const font = new hit.make(this, hit.font, id);
    if (font.layoutCache) font.layoutCache = hit.shaped;
    const named = font.name === undefined ? undefined : this._fontFamilies[font.name];
    if (named && named.font === font.font) return remember(named);
    // pdfkit embeds (subsets) every font registered here when the document ends.
    if (cacheKey !== undefined) this._fontFamilies[cacheKey] = font;
    if (font.name !== undefined && !this._fontFamilies[font.name]) this._fontFamilies[font.name] = font;
    return remember(font);
  };
}
