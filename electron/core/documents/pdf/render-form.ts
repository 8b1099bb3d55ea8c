// FormDoc → pdfmake content, and forms → one A4 PDF (each form on new pages, "第 n 页 共 m 页" on multi-page forms).
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { FormDoc } from '../../../shared/documents/form-doc';
import type { FontSet } from '../fonts';
import { BODY_SIZE } from './form-blocks';
import { formBlocks } from './form-closing';
import { A4, FORM_MARGINS, finish, layoutPdf, mm, printable } from './pdfmake-env';

/** A node laid out by pdfmake: it records where it went (pdfmake writes `positions` onto the content objects). */
export interface Placed {
  positions?: { pageNumber: number }[];
}
/** The page (1-based, in layout order) where a laid-out node starts; 0 when it printed nothing. */
export const pageOf = (node: Placed): number => node.positions?.[0]?.pageNumber ?? 0;

export interface FormContent {
  readonly content: Content[];
  /** The form's first node: after layout, `pageOf(first)` is its first page. */
  readonly first: Placed;
}

/**
 * The content of one form. `id` names its first node (for `pageReference`); `newPage` starts it on a new page.
 * The first node always prints something (the title), so its position is the form's first page.
 */
export function formContent(doc: FormDoc, opts: { id?: string; newPage?: boolean } = {}): FormContent {
  const cover = doc.cover ?? false;
  const head: Content[] = [];
  if (doc.kicker) head.push({ text: printable(doc.kicker), alignment: 'center', fontSize: cover ? 18 : 14, margin: [0, cover ? mm(30) : 0, 0, cover ? 12 : 6] });
  head.push({
    text: printable(doc.title) || ' ',
    alignment: 'center',
    bold: true,
    fontSize: cover ? 26 : 18,
    margin: [0, cover ? (doc.kicker ? mm(8) : mm(40)) : 0, 0, cover ? mm(25) : 8],
    characterSpacing: cover ? 6 : 0,
  });
  if (doc.number) head.push({ text: printable(doc.number), alignment: 'right', margin: [0, 0, 0, 8] });
  const first = head[0] as Content & Placed & { id?: string; pageBreak?: 'before' };
  if (opts.id) first.id = opts.id;
  if (opts.newPage) first.pageBreak = 'before';
  const body = formBlocks(doc.blocks, cover);
  const foot: Content[] = doc.footnote ? [{ text: printable(doc.footnote), fontSize: 9, margin: [0, 10, 0, 0] }] : [];
  return { content: [...head, ...body, ...foot], first };
}

/**
 * `title` goes into the PDF's metadata: the viewer shows it instead of the blob's random name. `creationDate`
 * fixes the PDF's CreationDate (and with it the file ID) for byte-identical output; by default it is now.
 */
export function formDefinition(content: Content[], footer?: TDocumentDefinitions['footer'], title?: string, creationDate?: Date): TDocumentDefinitions {
  return {
    pageSize: { width: A4.width, height: A4.height },
    pageMargins: FORM_MARGINS,
    content,
    footer,
    defaultStyle: { font: 'serif', fontSize: BODY_SIZE, lineHeight: 1.25 },
    info: { creator: '司法所台账', producer: '司法所台账', ...(title ? { title } : {}), ...(creationDate ? { creationDate } : {}) },
  };
}

/** "第 n 页 共 m 页" for the page of a form that runs over more than one page; nothing on single pages. */
export function formPageFooter(firsts: readonly Placed[]): NonNullable<TDocumentDefinitions['footer']> {
  return (page: number, pageCount: number) => {
    const starts = firsts.map(pageOf);
    let k = starts.length - 1;
    while (k > 0 && starts[k]! > page) k--;
    const start = starts[k]!;
    const end = (starts[k + 1] ?? pageCount + 1) - 1;
    if (end <= start) return null;
    return { text: `第 ${page - start + 1} 页 共 ${end - start + 1} 页`, alignment: 'center', fontSize: 10.5, margin: [0, mm(8), 0, 0] };
  };
}

/** Forms in order, each starting on a new page, as one A4 PDF. */
export async function renderFormsPdf(docs: readonly FormDoc[], fonts: FontSet): Promise<Buffer> {
  if (docs.length === 0) throw new Error('renderFormsPdf: no forms');
  const forms = docs.map((d, i) => formContent(d, { newPage: i > 0 }));
  const doc = await layoutPdf(
    formDefinition(
      forms.flatMap((f) => f.content),
      formPageFooter(forms.map((f) => f.first)),
      docs[0]!.title,
    ),
    fonts,
  );
  return finish(doc);
}
