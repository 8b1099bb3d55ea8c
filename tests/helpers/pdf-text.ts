// Reading printed forms in tests: a PDF's text (pdftotext -layout) page by page, a FormDoc's strings, values-in-order checks.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect } from 'vitest';
import type { FormDoc } from '../../electron/shared/documents/form-doc';

export interface PdfText {
  /** The whole text, pages separated by form feeds. */
  readonly text: string;
  /** The text of each page, first page first. */
  readonly pages: readonly string[];
  /** The PDF file read (written to a temp folder when a buffer was given). */
  readonly file: string;
}

let scratch: string | null = null;
function scratchDir(): string {
  scratch ??= fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-pdf-text-'));
  return scratch;
}
afterAll(() => {
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
  scratch = null;
});

/**
 * The text of a PDF (a file, or a buffer written under `name` to a temp folder) as `pdftotext -layout` reads it.
 * With KEEP_FORM_PNG=folder the PDF is also drawn at 50 dpi into that folder, a PNG a page, to look at.
 */
export function pdfText(pdf: Buffer | Uint8Array | string, name = `f${Math.random().toString(36).slice(2)}`): PdfText {
  let file: string;
  if (typeof pdf === 'string') file = pdf;
  else {
    file = path.join(scratchDir(), `${name}.pdf`);
    fs.writeFileSync(file, pdf);
  }
  const keep = process.env.KEEP_FORM_PNG;
  if (keep) execFileSync('pdftoppm', ['-r', '50', '-png', file, path.join(keep, name)]);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  // pdftotext ends every page with a form feed.
  return { text, pages: text.split('\f').slice(0, -1), file };
}

/** The text with layout spaces and line breaks removed, so values wrapped in cells still read in order. */
export const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** Expects each value in the text after the one before it (white space ignored on both sides). */
export function inOrder(text: string, values: readonly string[]): void {
  const flat = squeeze(text);
  let at = 0;
  for (const v of values) {
    const i = flat.indexOf(squeeze(v), at);
    expect(i, `"${v}" after position ${at}`).toBeGreaterThanOrEqual(0);
    at = i + squeeze(v).length;
  }
}

/** Every string a form's layout (FormDoc) holds, in reading order: what will print, before it prints. */
export function textsOf(doc: FormDoc): string[] {
  const out: string[] = [doc.kicker ?? '', doc.title, doc.number ?? ''];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(doc.blocks);
  if (doc.footnote) out.push(doc.footnote);
  return out;
}

/** The labels of a layout's field tables, in order. */
export function labelsOf(doc: FormDoc): string[] {
  return doc.blocks.flatMap((b) => (b.kind === 'fields' ? b.rows.flatMap((r) => r.flatMap((c) => ('label' in c ? [c.label] : []))) : []));
}
