// E2E: the text of a printed form as the browser received it — a document.render PDF (pdftotext) or a saved .docx — without whitespace.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Response } from '@playwright/test';
import PizZip from 'pizzip';

/** Whitespace removed: a form may space or box an ID number's digits, which must not hide it from a scan. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

/** The text of the PDF in a document.render answer. */
export async function renderedText(response: Response): Promise<string> {
  const body = (await response.json()) as { ok: boolean; value?: { dataBase64: string }; error?: unknown };
  if (!body.ok || !body.value) throw new Error(`document.render failed: ${JSON.stringify(body.error)}`);
  const bytes = Buffer.from(body.value.dataBase64, 'base64');
  if (bytes.subarray(0, 4).toString('latin1') !== '%PDF') throw new Error('document.render did not answer a PDF');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-e2e-pdf-'));
  try {
    const file = path.join(dir, 'form.pdf');
    fs.writeFileSync(file, bytes);
    return squeezed(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a .docx file's body (its XML with the tags taken out). */
export function wordText(file: string): string {
  const xml = new PizZip(fs.readFileSync(file)).file('word/document.xml')?.asText();
  if (xml === undefined) throw new Error(`${file} is not a Word document`);
  return squeezed(xml.replace(/<[^>]+>/g, ''));
}
