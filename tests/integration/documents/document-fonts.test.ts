// A GB/T 9704 font installed on the PC but damaged must not stop the official documents: they print with the bundled font.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledFonts, type FontSet } from '../../../electron/core/documents/fonts';
import { useDocumentFonts } from '../../../electron/core/services/document';
import type { DocumentFile } from '../../../electron/shared/schemas/document';
import { openDemoCore } from '../../helpers/demo-core';
import { pdfText } from '../../helpers/pdf-text';
import { ok } from '../../helpers/temp-core';

const core = openDemoCore();
afterAll(() => {
  useDocumentFonts(null);
  core.cleanup();
});

describe('official documents with a damaged system font', () => {
  it('print with the bundled font instead of failing', async () => {
    // A real font's first 64 KB: the signature passes the quick check, the tables are cut off.
    const cut = path.join(core.dir, 'simfang.ttf');
    fs.writeFileSync(cut, fs.readFileSync(bundledFonts().regular.path).subarray(0, 65536));
    const { regular, bold } = bundledFonts();
    const damaged: FontSet = { serif: regular, serifBold: bold, fangSong: { path: cut }, xiaoBiaoSong: bold, heiTi: bold, kaiTi: regular, fromSystem: ['fangSong'] };
    useDocumentFonts(damaged);
    const report = await ok<DocumentFile>(core, 'document.render', { form: 'monthlyReport', period: '2026-10', format: 'pdf' });
    expect(pdfText(Buffer.from(report.dataBase64, 'base64')).text).toContain('2026年10月');
  });
});
