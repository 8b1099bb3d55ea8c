// The paragraphs of a WordprocessingML part as text, with each character's run: for error context and split-tag warnings.

export interface XmlParagraph {
  /** Offset of the paragraph's first character in the part's text, counted as docxtemplater does (entities undecoded). */
  readonly start: number;
  /** The paragraph's text as in the XML (entities undecoded). */
  readonly raw: string;
  /** For each character of `raw`, the index of the <w:r> it sits in (-1 outside any run). */
  readonly runOf: readonly number[];
}

// Paragraph and run boundaries, and the text elements docxtemplater reads in Word parts.
const TOKENS = /<w:p(?=[\s>])[^>]*?(\/?)>|<\/w:p>|<w:r(?=[\s>])[^>]*?(\/?)>|<\/w:r>|<(w|m|a):t(?=[\s>])[^>]*?(?<!\/)>([^<]*)<\/\3:t>/g;

/** Splits a part's XML into paragraphs (text boxes nested in a paragraph count as their own). */
export function xmlParagraphs(xml: string): XmlParagraph[] {
  const out: XmlParagraph[] = [];
  const stack: { start: number; raw: string; runOf: number[] }[] = [];
  let offset = 0;
  let run = -1;
  let runCount = 0;
  const close = () => {
    const p = stack.pop();
    if (p) out.push(p);
  };
  for (const m of xml.matchAll(TOKENS)) {
    const token = m[0];
    if (token.startsWith('<w:p')) {
      if (m[1] !== '/') stack.push({ start: offset, raw: '', runOf: [] });
    } else if (token === '</w:p>') close();
    else if (token.startsWith('<w:r')) {
      if (m[2] !== '/') run = runCount++;
    } else if (token === '</w:r>') run = -1;
    else {
      const text = m[4] ?? '';
      const p = stack[stack.length - 1];
      if (p) {
        p.raw += text;
        for (let i = 0; i < text.length; i++) p.runOf.push(run);
      }
      offset += text.length;
    }
  }
  while (stack.length) close();
  return out.sort((a, b) => a.start - b.start);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text with its entities decoded. */
export function decodeXml(raw: string): string {
  return raw.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (all, name: string) => {
    if (name.startsWith('#x')) return safeChar(parseInt(name.slice(2), 16)) ?? all;
    if (name.startsWith('#')) return safeChar(parseInt(name.slice(1), 10)) ?? all;
    return ENTITIES[name] ?? all;
  });
}

function safeChar(code: number): string | null {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}

/** Where a part sits in the document, in words. */
export function partLabel(file: string): string {
  if (/^word\/header\d*\.xml$/.test(file)) return '页眉';
  if (/^word\/footer\d*\.xml$/.test(file)) return '页脚';
  if (file === 'word/footnotes.xml') return '脚注';
  if (file === 'word/endnotes.xml') return '尾注';
  if (file === 'word/comments.xml') return '批注';
  if (file.startsWith('docProps/')) return '文档属性';
  return '正文';
}

/** The parts of a .docx whose text may hold tags and whose runs Word may split. */
export const WORD_TEXT_PART = /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/;

/** “正文第3段：……申请人：{申请人.姓名……”, the paragraph holding `offset`, shortened around it; '' when unknown. */
export function placeOf(paragraphs: readonly XmlParagraph[], file: string, offset: number | undefined): string {
  if (offset === undefined || !Number.isFinite(offset)) return '';
  let index = paragraphs.findIndex((p) => offset >= p.start && offset < p.start + p.raw.length);
  if (index < 0) index = paragraphs.findIndex((p) => p.raw.length > 0 && offset === p.start + p.raw.length);
  const p = paragraphs[index];
  if (!p) return '';
  const at = offset - p.start;
  const from = Math.max(0, at - 20);
  const to = Math.min(p.raw.length, at + 20);
  const snippet = `${from > 0 ? '……' : ''}${decodeXml(p.raw.slice(from, to))}${to < p.raw.length ? '……' : ''}`;
  return `${partLabel(file)}第${index + 1}段“${snippet}”`;
}

const ATTRS = String.raw`(?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*`;
const ELEMENT = new RegExp(
  String.raw`<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<(\/?)([A-Za-z_][\w.:-]*)${ATTRS}(\/?)>|<`,
  'g',
);
const DECLARATION = new RegExp(String.raw`^<\?xml${ATTRS}\?>$`);

/**
 * True when every element is closed in order and attributes are quoted (a damaged part would make Word refuse
 * the filled file); a quick structural check, not a full XML parser.
 */
export function hasBalancedElements(xml: string): boolean {
  const open: string[] = [];
  for (const m of xml.matchAll(ELEMENT)) {
    const [token, closing, name, selfClosing] = m;
    if (token.startsWith('<?')) {
      if (token.startsWith('<?xml') && !DECLARATION.test(token)) return false;
      continue;
    }
    if (token.startsWith('<!')) continue;
    if (name === undefined) return false; // a '<' that starts no well-formed tag
    if (closing) {
      if (selfClosing || open.pop() !== name) return false;
    } else if (!selfClosing) open.push(name);
  }
  return open.length === 0;
}
