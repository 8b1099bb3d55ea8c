// The whole dossier as one PDF: 封面, 卷内目录 with real page numbers, the parts (forms and scans), 封底; double-sided.
import { PDFDocument } from '@cantoo/pdf-lib';
import type { Content } from 'pdfmake/interfaces';
import type { FormDoc } from '../../../shared/documents/form-doc';
import { AppError } from '../../../shared/errors';
import type { FontSet } from '../fonts';
import { tocDoc } from '../forms/toc';
import { imageReadable, placeScanPages } from './dossier-scans';
import { CONTENT_HEIGHT, CONTENT_WIDTH, finish, layoutPdf, mm, stageImage } from './pdfmake-env';
import { formContent, formDefinition, pageOf, type Placed } from './render-form';

export interface DossierScan {
  name: string;
  mime: string;
  data: Buffer;
}
export interface DossierPartInput {
  part: string;
  label: string;
  docs: FormDoc[];
  scans: DossierScan[];
}
export interface DossierInput {
  number: string;
  title: string;
  cover: FormDoc;
  parts: DossierPartInput[];
  backCover: FormDoc;
}
export interface DossierOutput {
  pdf: Buffer;
  pageCount: number;
  parts: { part: string; label: string; startPage: number; pages: number; from: 'generated' | 'scan' }[];
}

const isPdf = (s: DossierScan) => s.mime === 'application/pdf';
const isImage = (s: DossierScan) => s.mime === 'image/jpeg' || s.mime === 'image/png';

/** "— 7 —" under the text area: odd pages on the right, even pages on the left (printed double-sided). */
function pageNumber(n: number): Content {
  const odd = n % 2 === 1;
  return { text: `— ${n} —`, fontSize: 14, alignment: odd ? 'right' : 'left', margin: [odd ? 0 : mm(28 + 7), mm(7), odd ? mm(20 + 7) : 0, 0] };
}

/** A PDF scan's pages are drawn later onto pages reserved here; each reserved page is one node. */
interface Reserved {
  node: Placed;
  scan: DossierScan;
  index: number;
}

/** The pages of an uploaded PDF; a damaged file is named to the user instead of failing as an internal error. */
async function scanPageCount(scan: DossierScan, label: string): Promise<number> {
  try {
    const count = (await PDFDocument.load(scan.data, { ignoreEncryption: true })).getPageCount();
    if (count > 0) return count;
  } catch {
    // fall through to the message below
  }
  throw new AppError('VALIDATION_FAILED', `“${label}”的扫描件“${scan.name}”不是可读的 PDF 文件，无法并入整卷；请重新上传该扫描件`);
}

/** Page counts of the layout, which holds the body first, then the 封面, the 目录 and the 封底 (each starts on a new page). */
export interface LayoutCounts {
  body: number;
  cover: number;
  toc: number;
  back: number;
}

/**
 * The printed order as 1-based layout pages, 0 for an added blank page. Double-sided: the 封面 (and its overflow)
 * is followed by a blank back if it is odd, so the 目录 starts on a front; the same after the 目录, so page 1 of
 * the body starts on a front; the 封底 follows the body, after one blank page when needed so that the total is
 * even and the 封底's last page is the back of the last sheet (a 2-page 封底 fills the last sheet's front and back).
 */
export function bindingOrder(n: LayoutCounts): number[] {
  if (n.body < 0 || n.cover < 1 || n.toc < 1 || n.back < 1) throw new Error(`dossier: unexpected layout ${JSON.stringify(n)}`);
  const run = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
  const padded = (pages: number[]) => (pages.length % 2 === 1 ? [...pages, 0] : pages);
  return [
    ...padded(run(n.body + 1, n.cover)),
    ...padded(run(n.body + n.cover + 1, n.toc)),
    ...run(1, n.body),
    ...((n.body + n.back) % 2 === 1 ? [0] : []),
    ...run(n.body + n.cover + n.toc + 1, n.back),
  ];
}

/** `creationDate` fixes the PDF's dates for byte-identical output (the upload package); by default they are now. */
export async function renderDossierPdf(input: DossierInput, fonts: FontSet, opts: { creationDate?: Date } = {}): Promise<DossierOutput> {
  const parts = input.parts.filter((p) => p.docs.length > 0 || p.scans.some((s) => isPdf(s) || isImage(s)));
  const pdfPages = new Map<DossierScan, number>();
  for (const p of parts) {
    for (const s of p.scans.filter(isPdf)) pdfPages.set(s, await scanPageCount(s, p.label));
    for (const s of p.scans.filter(isImage)) {
      if (!imageReadable(s.data)) throw new AppError('VALIDATION_FAILED', `“${p.label}”的扫描件“${s.name}”不是可读的图片，无法并入整卷；请重新上传该扫描件`);
    }
  }
  const staged: (() => void)[] = [];
  const images: Record<string, string> = {};
  const reserved: Reserved[] = [];
  const firsts: Placed[] = [];
  const content: Content[] = [];
  // The parts first, so that page n of the layout is page n of the dossier's numbering.
  parts.forEach((p, k) => {
    const id = `part-${k}`;
    // A scan page starts with a tiny blank text line: pdfmake records page positions (ids) of text nodes only.
    const start = (node: Content, i: number): Content => {
      const mark: Content & Placed & { id?: string; pageBreak?: 'before' } = { text: '\u3000', fontSize: 1, lineHeight: 1 };
      if (i === 0) mark.id = id;
      if (content.length > 0) mark.pageBreak = 'before';
      if (i === 0) firsts.push(mark);
      return { stack: [mark, node] };
    };
    let i = 0;
    for (const doc of p.docs) {
      const f = formContent(doc, { id: i === 0 ? id : undefined, newPage: content.length > 0 });
      if (i++ === 0) firsts.push(f.first);
      content.push(...f.content);
    }
    for (const scan of p.scans) {
      if (isImage(scan)) {
        const img = stageImage(scan.data);
        staged.push(img.drop);
        images[img.name] = img.name;
        content.push(start({ image: img.name, fit: [CONTENT_WIDTH, CONTENT_HEIGHT - 2], alignment: 'center' }, i++));
      } else if (isPdf(scan)) {
        for (let index = 0; index < (pdfPages.get(scan) ?? 0); index++) {
          const node = start({ text: '' }, i++);
          reserved.push({ node: (node as { stack: Placed[] }).stack[0]!, scan, index });
          content.push(node);
        }
      }
    }
  });
  // Then the front and back matter, laid out after the body and moved to their places below.
  const toc = tocDoc(
    input.number,
    input.title,
    parts.map((p, k) => ({ title: p.label, page: { pageRef: `part-${k}` }, note: p.docs.length === 0 ? '扫描件' : '' })),
  );
  const cover = formContent(input.cover, { newPage: content.length > 0 });
  const tocPart = formContent(toc, { newPage: true });
  const back = formContent(input.backCover, { newPage: true });
  content.push(...cover.content, ...tocPart.content, ...back.content);
  const footer = (page: number) => (page < pageOf(cover.first) ? pageNumber(page) : null);
  try {
    const doc = await layoutPdf({ ...formDefinition(content, footer, `${input.number} ${input.title}`.trim(), opts.creationDate), images }, fonts);
    const kids = doc._root.data.Pages.data.Kids;
    const [coverAt, tocAt, backAt] = [cover.first, tocPart.first, back.first].map(pageOf) as [number, number, number];
    const order = bindingOrder({ body: coverAt - 1, cover: tocAt - coverAt, toc: backAt - tocAt, back: kids.length - backAt + 1 });
    const laid = [...kids];
    const sheets = order.map((at) => {
      if (at > 0) return laid[at - 1];
      doc.addPage();
      return kids[kids.length - 1];
    });
    kids.splice(0, kids.length, ...sheets);
    doc._root.data.Pages.data.Count = kids.length;
    const front = order.indexOf(1);
    let pdf = await finish(doc);
    if (reserved.length > 0) pdf = await placeScanPages(pdf, reserved.map((r) => ({ page: front + pageOf(r.node), scan: r.scan.data, index: r.index })), opts.creationDate !== undefined);
    const body = coverAt - 1;
    const starts = firsts.map(pageOf);
    return {
      pdf,
      pageCount: kids.length,
      parts: parts.map((p, k) => ({
        part: p.part,
        label: p.label,
        startPage: starts[k]!,
        pages: (starts[k + 1] ?? body + 1) - starts[k]!,
        from: p.docs.length > 0 ? 'generated' : 'scan',
      })),
    };
  } finally {
    for (const drop of staged) drop();
  }
}
