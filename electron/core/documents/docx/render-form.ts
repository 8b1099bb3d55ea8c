// Renders FormDocs (the shared layout model of printed forms) to one .docx file, each form in its own A4 section.
import { AlignmentType, Document, Packer, Paragraph, type ISectionOptions } from 'docx';
import type { FormDoc } from '../../../shared/documents/form-doc';
import { blockElements } from './blocks';
import { FONT, MARGIN, PAGE, SIZE, clean, textRuns } from './text';

export { docxXml } from './docx-xml';

/** Kicker, title (小二 bold; cover: 一号, lower on the page) and the number line under it. */
function titleBlock(doc: FormDoc): Paragraph[] {
  const cover = doc.cover === true;
  const out: Paragraph[] = [];
  if (doc.kicker) {
    out.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: cover ? 1600 : 0, after: 120 },
        children: textRuns(doc.kicker, { size: cover ? SIZE.heading : SIZE.body }),
      }),
    );
  }
  out.push(
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: cover ? (doc.kicker ? 1200 : 2800) : 0, after: cover ? 1600 : 240 },
      children: textRuns(doc.title, { bold: true, size: cover ? SIZE.cover : SIZE.title }),
    }),
  );
  if (doc.number) out.push(new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 120 }, children: textRuns(doc.number) }));
  return out;
}

function section(doc: FormDoc): ISectionOptions {
  const cover = doc.cover === true;
  const footnote = doc.footnote && clean(doc.footnote)
    ? [new Paragraph({ spacing: { before: 240 }, children: textRuns(doc.footnote, { size: SIZE.small }) })]
    : [];
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { ...MARGIN, header: 851, footer: 992, gutter: 0 },
      },
    },
    children: [...titleBlock(doc), ...doc.blocks.flatMap((b) => blockElements(b, cover)), ...footnote],
  };
}

/** The forms as one Word document: 宋体 / Times New Roman, 小四 body, zh-CN text, one section per form. */
export function formDocument(docs: readonly FormDoc[]): Document {
  return new Document({
    creator: '司法所台账',
    title: docs[0] ? clean(docs[0].title) : '',
    compatibility: { underlineTrailingSpaces: true },
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body, language: { value: 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing: { line: 300 } },
        },
      },
    },
    sections: docs.length > 0 ? docs.map(section) : [section({ title: '', blocks: [] })],
  });
}

/** Renders the forms to .docx bytes. */
export async function renderFormDocx(docs: readonly FormDoc[]): Promise<Buffer> {
  return Packer.toBuffer(formDocument(docs));
}
