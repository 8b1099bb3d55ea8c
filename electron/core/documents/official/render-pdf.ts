// GB/T 9704 PDF: lines broken on the 28-character grid here (pdfmake would measure CJK without character spacing), 22 lines a page.
import type { Content, ContentText, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { FontSet } from '../fonts';
import { A4, finish, layoutPdf, mm, type PdfFamily } from '../pdf/pdfmake-env';
import { fontMetrics } from './font-metrics';
import { balancedLines, breakLines, type Line, type Run } from './line-break';
import { BLOCK_MM, GB, signatureIndents, type OfficialBlock, type OfficialDoc } from './model';

type Face = Exclude<PdfFamily, 'serif'>;

/** Page geometry in pt: margins [left, top, right, bottom], the block, the line pitch and the character spacing. */
export const PDF_GEOMETRY = (() => {
  const margins: [number, number, number, number] = [mm(GB.margin.left), mm(GB.margin.top), mm(GB.margin.right), mm(GB.margin.bottom)];
  const width = mm(BLOCK_MM.width);
  const pitch = mm(BLOCK_MM.height) / GB.lines;
  // 28 characters end exactly at the right edge: 28 × 16 pt + 27 spacings = the block width.
  const spacing = (width - GB.chars * GB.size.body) / (GB.chars - 1);
  return { margins, width, pitch, spacing, charPitch: GB.size.body + spacing, blockBottom: A4.height - margins[3] } as const;
})();

const G = PDF_GEOMETRY;

interface Ctx {
  fonts: FontSet;
  lineHeight(face: Face, size: number): number;
  measure(size: number, spacing: number): (ch: string, face: Face) => number;
}

function context(fonts: FontSet): Ctx {
  const metrics = (face: Face) => fontMetrics(fonts[face]);
  return {
    fonts,
    // pdfmake's line = (ascent − descent) × size × lineHeight; a hair under the pitch so 22 lines fit the block.
    lineHeight: (face, size) => (G.pitch - 1e-3) / ((metrics(face).ascent - metrics(face).descent) * size),
    measure: (size, spacing) => (ch, face) => metrics(face).advance(ch) * size + spacing,
  };
}

type Align = 'left' | 'right' | 'center';

/** One laid-out line as its own node; noWrap keeps pdfmake from breaking it again (the right margin gives it 1 pt of play). */
function lineNode(ctx: Ctx, line: Line<Face>, size: number, spacing: number, align: Align, left = 0, right = 0): ContentText {
  const runs = line.runs.length > 0 ? line.runs : [{ text: '\u3000', face: 'fangSong' as Face }];
  return {
    text: runs.map((r) => ({ text: r.text, font: r.face, lineHeight: ctx.lineHeight(r.face, size) })),
    fontSize: size,
    characterSpacing: spacing,
    noWrap: true,
    alignment: align,
    margin: [left, 0, align === 'left' ? right - 1 : right, 0],
  };
}

function paragraph(ctx: Ctx, runs: Run<Face>[], indentChars = 2): ContentText[] {
  const size = GB.size.body;
  const indent = indentChars * G.charPitch;
  const lines = breakLines(runs, G.width, ctx.measure(size, G.spacing), G.spacing, indent);
  return lines.map((l, i) => lineNode(ctx, l, size, G.spacing, 'left', i === 0 ? indent : 0));
}

function bodyBlock(ctx: Ctx, block: OfficialBlock): ContentText[] {
  if (block.kind === 'heading') return paragraph(ctx, [{ text: block.text, face: 'heiTi' }]);
  return paragraph(ctx, [...(block.lead ? [{ text: block.lead, face: 'kaiTi' as Face }] : []), { text: block.text, face: 'fangSong' }]);
}

const blank = (ctx: Ctx) => lineNode(ctx, { runs: [], width: 0 }, GB.size.body, 0, 'left');

/** 版记 at the bottom of the block: 印发机关 and 印发日期 in 4号 between two 0.35 mm rules. */
function imprint(ctx: Ctx, doc: OfficialDoc): Content {
  const size = GB.size.small;
  const [left] = G.margins;
  const top = G.blockBottom - G.pitch;
  const m = fontMetrics(ctx.fonts.fangSong);
  const baseline = top + G.pitch / 2 + ((m.ascent + m.descent) * size) / 2;
  const y = baseline - m.ascent * size;
  const dateText = `${doc.imprint.date}印发`;
  const dateWidth = [...dateText].reduce((w, ch) => w + m.advance(ch) * size, 0);
  const rule = (at: number) => ({ type: 'line' as const, x1: 0, y1: at, x2: G.width, y2: at, lineWidth: mm(GB.rule.thick) });
  return {
    id: 'imprint',
    stack: [
      { canvas: [rule(0), rule(G.pitch)], absolutePosition: { x: left, y: top } },
      { text: doc.imprint.issuer, font: 'fangSong', fontSize: size, absolutePosition: { x: left + size, y } },
      { text: dateText, font: 'fangSong', fontSize: size, absolutePosition: { x: left + G.width - size - dateWidth, y } },
    ],
  } as Content;
}

/** `creationDate` fixes the PDF's CreationDate (and with it the file ID) for byte-identical output; by default it is now. */
export function officialDefinition(doc: OfficialDoc, fonts: FontSet, creationDate?: Date): TDocumentDefinitions {
  const ctx = context(fonts);
  const title = balancedLines([{ text: doc.title, face: 'xiaoBiaoSong' as Face }], G.width, ctx.measure(GB.size.title, 0));
  const sign = signatureIndents(doc.signer, doc.date);
  const signLine = (text: string, indent: number) =>
    lineNode(ctx, { runs: [{ text, face: 'fangSong' }], width: 0 }, GB.size.body, G.spacing, 'right', 0, indent * G.charPitch);
  const content: Content[] = [
    ...title.map((l) => lineNode(ctx, l, GB.size.title, 0, 'center')),
    blank(ctx),
    ...paragraph(ctx, [{ text: `${doc.addressee}：`, face: 'fangSong' }], 0),
    ...doc.body.flatMap((b) => bodyBlock(ctx, b)),
    blank(ctx),
    signLine(doc.signer, sign.signer),
    signLine(doc.date, sign.date),
    ...(doc.note ? paragraph(ctx, [{ text: `（${doc.note}）`, face: 'fangSong' }]) : []),
    imprint(ctx, doc),
  ];
  const serif = fontMetrics(fonts.serif);
  const small = GB.size.small;
  // The dash of "— 1 —" (about 0.38 em above the baseline) 7 mm below the block.
  const footerTop = mm(GB.pageNumberGap) + 0.38 * small - serif.ascent * small;
  return {
    pageSize: 'A4',
    pageMargins: G.margins,
    info: { title: doc.title, ...(creationDate ? { creationDate } : {}) },
    defaultStyle: { font: 'fangSong', fontSize: GB.size.body },
    content,
    footer: (page: number) => ({
      text: `— ${page} —`,
      font: 'serif',
      fontSize: small,
      alignment: page % 2 === 1 ? 'right' : 'left',
      margin: [G.margins[0] + small, footerTop, G.margins[2] + small, 0],
    }),
    // The 版记 goes to a new page when the block's last line is taken.
    pageBreakBefore: (node) => node.id === 'imprint' && node.startPosition.top > G.blockBottom - G.pitch + 0.5,
  };
}

export async function officialPdfBuffer(doc: OfficialDoc, fonts: FontSet, creationDate?: Date): Promise<Buffer> {
  return finish(await layoutPdf(officialDefinition(doc, fonts, creationDate), fonts));
}
