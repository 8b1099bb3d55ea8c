// `tsx bench/documents.bench.ts`: a ~20-page whole-dossier PDF and a 1-page form through pdfmake, vs raw pdfkit, same font.
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';
import type { Block, FormDoc } from '../electron/shared/documents/form-doc';
import { machineFonts } from '../electron/core/documents/fonts';
import { renderDossierPdf, type DossierInput } from '../electron/core/documents/pdf/dossier';
import { preloadFonts } from '../electron/core/documents/pdf/pdfmake-env';
import { renderFormsPdf } from '../electron/core/documents/pdf/render-form';
import * as s from '../tests/fixtures/documents/specimen';
import { alternate, type Stat } from './case-timing';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const fonts = machineFonts(false);

if (process.env.BENCH_FIRST === '1') {
  // A fresh process: font files not yet read, modules just loaded (their load time is not counted).
  const t = performance.now();
  await renderFormsPdf([s.specimenApplication], fonts);
  console.log(JSON.stringify({ firstMs: performance.now() - t }));
  process.exit(0);
}

const investigation: FormDoc = { ...s.specimenRecord, title: '人民调解调查记录' };
const input: DossierInput = {
  number: '（2026）东调字第017号',
  title: '张三与李四相邻关系纠纷',
  cover: s.specimenCover,
  backCover: s.specimenBackCover,
  parts: [
    { part: 'application', label: '人民调解申请书', docs: [s.specimenApplication], scans: [] },
    { part: 'investigation', label: '人民调解调查记录', docs: [investigation], scans: [] },
    { part: 'session', label: '人民调解记录', docs: [s.specimenRecord, s.specimenRecord], scans: [] },
    { part: 'agreement', label: '人民调解协议书', docs: [s.specimenAgreement], scans: [] },
    { part: 'visit', label: '人民调解回访记录', docs: [s.specimenVisit], scans: [] },
  ],
};
const allDocs = [input.cover, ...input.parts.flatMap((p) => p.docs), input.backCover];

/** Every text of a form, in order (what raw pdfkit writes). */
function texts(doc: FormDoc): string[] {
  const inline = (b: Extract<Block, { kind: 'paragraph' }>) => b.text.map((t) => (typeof t === 'string' ? t : 'blank' in t ? '\u3000'.repeat(t.blank) : t.text)).join('');
  const cells = (rows: readonly (readonly object[])[]) => rows.map((r) => r.map((c) => ('label' in c ? c.label : 'value' in c ? c.value : '')).join('\u3000'));
  return doc.blocks.flatMap((b): string[] => {
    if (b.kind === 'fields' || b.kind === 'table') return cells(b.rows);
    if (b.kind === 'paragraph') return [inline(b)];
    if (b.kind === 'heading') return [b.text];
    if (b.kind === 'list') return b.items.map((t, i) => `${i + 1}、${t}`);
    if (b.kind === 'signatures') return b.lines.map((l) => `${l.label}${'\u3000'.repeat(4)}${l.date ?? ''}`);
    if (b.kind === 'seal') return [b.organ, b.date];
    return [];
  });
}

/** The baseline: pdfkit (the version pdfmake bundles) writing the same texts, fonts selected by path. */
function rawPdfkit(docs: readonly FormDoc[]): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', margins: { left: 79, top: 71, right: 57, bottom: 71 }, autoFirstPage: false });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    for (const d of docs) {
      doc.addPage();
      doc.font(fonts.serifBold.path).fontSize(18).text(d.title, { align: 'center' });
      doc.font(fonts.serif.path).fontSize(12);
      for (const t of texts(d)) doc.text(t, { lineGap: 4 });
    }
    doc.end();
  });
}

const ms = (st: Stat) => `${st.p50.toFixed(1)} / ${st.p95.toFixed(1)} ms`;
preloadFonts(fonts);
const dossier = await renderDossierPdf(input, fonts);
const raw = await rawPdfkit(allDocs);
const one = await renderFormsPdf([s.specimenApplication], fonts);
const rawOne = await rawPdfkit([s.specimenApplication]);
const big = await alternate(RUNS, () => renderDossierPdf(input, fonts), () => rawPdfkit(allDocs));
const small = await alternate(RUNS, () => renderFormsPdf([s.specimenApplication], fonts), () => rawPdfkit([s.specimenApplication]));
const self = fileURLToPath(import.meta.url);
const firsts = [0, 1, 2].map(() => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', self], { env: { ...process.env, BENCH_FIRST: '1' }, encoding: 'utf8' });
  return (JSON.parse(out.trim().split('\n').pop()!) as { firstMs: number }).firstMs;
});
firsts.sort((a, b) => a - b);

const pagesOf = (b: Buffer) => b.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
const kb = (b: Buffer) => `${(b.length / 1024).toFixed(0)} KB`;
console.log(`\n司法所台账 document benchmarks — bundled Noto Serif SC TTF; ${RUNS} runs after warm-up, alternating with raw pdfkit; p50 / p95`);
console.log('| what | ours | raw pdfkit, same text and font | ratio p50 | size ours / raw | target |');
console.log('|---|---|---|---|---|---|');
console.log(`| whole dossier (${dossier.pageCount} pages, ${allDocs.length} forms) | ${ms(big.a)} | ${ms(big.b!)} | ${(big.a.p50 / big.b!.p50).toFixed(2)}× | ${kb(dossier.pdf)} / ${kb(raw)} | ≤ 250 ms, ≤ 600 KB, ≤ 1.5× |`);
console.log(`| one form (申请书, ${pagesOf(one)} page) | ${ms(small.a)} | ${ms(small.b!)} | ${(small.a.p50 / small.b!.p50).toFixed(2)}× | ${kb(one)} / ${kb(rawOne)} | ≤ 100 ms |`);
console.log(`| first form in a fresh process (median of 3) | ${firsts[1]!.toFixed(0)} ms | — | — | — | ≤ 1 s |`);
