// The whole-dossier PDF, checked with poppler: 目录 page numbers, continuous numbering on alternating sides, scans, fonts.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts, rgb } from '@cantoo/pdf-lib';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormDoc } from '../../../electron/shared/documents/form-doc';
import { machineFonts } from '../../../electron/core/documents/fonts';
import { AppError } from '../../../electron/shared/errors';
import { bindingOrder, renderDossierPdf, type DossierInput, type DossierPartInput, type DossierScan } from '../../../electron/core/documents/pdf/dossier';
import { alonePages, checkDossier, embeddedFonts, pageText } from '../../fixtures/documents/dossier-check';
import * as specimen from '../../fixtures/documents/specimen';

const fonts = machineFonts(false);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-dossier-pdf-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let seq = 0;
function save(pdf: Buffer): string {
  const file = path.join(dir, `d${++seq}.pdf`);
  fs.writeFileSync(file, pdf);
  return file;
}
async function scanPdf(tag: string, pages: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i++) {
    const page = doc.addPage([595, 842]);
    page.drawText(`SCAN ${tag} P${i}`, { x: 60, y: 760, size: 28, font });
    page.drawRectangle({ x: 20, y: 20, width: 555, height: 802, borderWidth: 3, borderColor: rgb(0, 0, 0) });
  }
  return Buffer.from(await doc.save());
}

let png: Buffer;
let jpeg: Buffer;
beforeAll(async () => {
  const file = path.join(dir, 'scan.pdf');
  fs.writeFileSync(file, await scanPdf('IMG', 1));
  execFileSync('pdftoppm', ['-r', '20', '-png', '-singlefile', file, path.join(dir, 'img')]);
  execFileSync('pdftoppm', ['-r', '20', '-jpeg', '-singlefile', file, path.join(dir, 'img')]);
  png = fs.readFileSync(path.join(dir, 'img.png'));
  jpeg = fs.readFileSync(path.join(dir, 'img.jpg'));
});

/** A form with a unique title and `paragraphs` long paragraphs (about five fill a page, like a 调解记录). */
function form(title: string, paragraphs: number): FormDoc {
  const text = '调解员：双方是多年邻居，建议各让一步，把排水改好，把墙修好。'.repeat(6);
  return { title, blocks: Array.from({ length: paragraphs }, () => ({ kind: 'paragraph' as const, text: [text], indent: true })) };
}

const base = { number: '（2026）东调字第017号', title: '张三与李四相邻关系纠纷', cover: specimen.specimenCover, backCover: specimen.specimenBackCover };

describe('renderDossierPdf', () => {
  it('binds cover, 目录, forms, image and PDF scans and 封底 with continuous page numbers', async () => {
    const input: DossierInput = {
      ...base,
      parts: [
        { part: 'application', label: '人民调解申请书', docs: [specimen.specimenApplication], scans: [] },
        { part: 'idProof', label: '当事人身份证明', docs: [], scans: [{ name: 'id.png', mime: 'image/png', data: png }, { name: 'id.jpg', mime: 'image/jpeg', data: jpeg }] },
        { part: 'empty', label: '授权委托书', docs: [], scans: [] },
        { part: 'evidence', label: '人民调解证据材料', docs: [], scans: [{ name: 'EV', mime: 'application/pdf', data: await scanPdf('EV', 2) }] },
        { part: 'session', label: '人民调解记录', docs: [specimen.specimenRecord], scans: [] },
        { part: 'agreement', label: '人民调解协议书', docs: [specimen.specimenAgreement], scans: [] },
      ],
    };
    const out = await renderDossierPdf(input, fonts);
    const file = save(out.pdf);
    const firstBody = await checkDossier(file, out, input, fonts);
    expect(out.parts.map((p) => [p.part, p.from])).toEqual([
      ['application', 'generated'], ['idProof', 'scan'], ['evidence', 'scan'], ['session', 'generated'], ['agreement', 'generated'],
    ]);
    expect(out.parts[1]!.pages).toBe(2);
    expect(out.parts[2]!.pages).toBe(2);
    expect(pageText(file, firstBody + out.parts[2]!.startPage)).toContain('SCAN EV P2');
    const all = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    expect(all).not.toMatch(/undefined|null|NaN/);
    // Our text is in subsets of the bundled font; the scanned PDF keeps its own (Helvetica).
    expect(embeddedFonts(file).filter((f) => !f.startsWith('Helvetica'))).toEqual(expect.arrayContaining([expect.stringMatching(/NotoSerifSC-Regular/)]));
  });

  it('prints no "undefined" or "null" for forms whose values are all empty', async () => {
    const empty: FormDoc = {
      title: '人民调解受理登记表',
      number: '',
      blocks: [
        { kind: 'fields', columns: 4, rows: [[{ label: '申请人' }, { value: '' }, { label: '被申请人' }, { value: '', lines: 2 }], [{ label: '纠纷简要情况' }, { value: '', span: 3, lines: 5 }]] },
        { kind: 'paragraph', text: ['', { blank: 6 }, ''] },
        { kind: 'signatures', lines: [{ label: '登记人：', date: '' }] },
        { kind: 'seal', organ: '', date: '' },
      ],
    };
    const input: DossierInput = { ...base, number: '', title: '', parts: [{ part: 'acceptance', label: '人民调解受理登记表', docs: [empty], scans: [] }] };
    const out = await renderDossierPdf(input, fonts);
    const file = save(out.pdf);
    await checkDossier(file, out, input, fonts);
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).not.toMatch(/undefined|null/);
    // With the system fonts left out, only subsets of the bundled Noto Serif SC are embedded.
    const faces = embeddedFonts(file);
    expect(faces.length).toBe(2);
    for (const f of faces) expect(f).toMatch(/^[A-Z]{6}\+NotoSerifSC-(Regular|Bold)\s.*\byes\s+yes\s+yes\b/);
  });

  it('a 目录 running over two pages keeps page 1 on a front side', async () => {
    const parts = Array.from({ length: 21 }, (_, k) => ({ part: `p${k}`, label: `第${k + 1}件文书`, docs: [form(`文书${k + 1}`, 1 + (k % 3) * 4)], scans: [] }));
    const input: DossierInput = { ...base, parts };
    const out = await renderDossierPdf(input, fonts);
    const file = save(out.pdf);
    expect(await checkDossier(file, out, input, fonts)).toBe(5); // cover, its blank back, 目录 ×2, then page 1
  }, 60_000);

  it('a 封面 and a 封底 of two pages each: the cover overflows onto its back, the 封底 fills both sides of the last sheet', async () => {
    const cover = specimen.specimenCoverWith('张三与李四因相邻房屋翻建、屋面排水、院墙损坏及通行道路占用等引起的相邻关系纠纷'.repeat(3), '');
    const backCover = specimen.specimenBackCoverWith(Array.from({ length: 30 }, (_, i) => `说明第${i + 1}行。`));
    expect([await alonePages(cover, fonts), await alonePages(backCover, fonts)]).toEqual([2, 2]);
    for (const body of [1, 2]) {
      const parts = [{ part: 'session', label: '人民调解记录', docs: [form('调解记录', body === 1 ? 2 : 8)], scans: [] }];
      const input: DossierInput = { ...base, cover, backCover, parts };
      const out = await renderDossierPdf(input, fonts);
      const file = save(out.pdf);
      expect(await checkDossier(file, out, input, fonts)).toBe(5); // 封面 ×2, 目录, a blank back, then page 1
      // The body ends on a back (a blank one when it is odd), then the two-page 封底.
      expect(out.pageCount).toBe(4 + 2 + 2);
      expect(pageText(file, 3)).toContain('卷内目录');
    }
  }, 60_000);

  it('binding order: every laid-out page once, blanks only where the sides require', () => {
    fc.assert(
      fc.property(fc.nat(9), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }), (body, cover, toc, back) => {
        const order = bindingOrder({ body, cover, toc, back });
        const laid = body + cover + toc + back;
        expect(order.filter((p) => p > 0).sort((a, b) => a - b)).toEqual(Array.from({ length: laid }, (_, i) => i + 1));
        expect(order.length % 2).toBe(0);
        expect(order.length - laid).toBeLessThanOrEqual(3);
        expect(order.slice(0, cover)).toEqual(Array.from({ length: cover }, (_, i) => body + i + 1));
        expect(order.indexOf(body + cover + 1) % 2).toBe(0); // the 目录 on a front (0-based even)
        if (body > 0) expect(order.indexOf(1) % 2).toBe(0);
        expect(order.slice(-back)).toEqual(Array.from({ length: back }, (_, i) => body + cover + toc + i + 1));
      }),
    );
  });

  it('names a damaged image scan to the user instead of failing as an internal error', async () => {
    const broken: [string, string, Buffer][] = [
      ['truncated.jpg', 'image/jpeg', jpeg.subarray(0, Math.floor(jpeg.length / 2))],
      ['head-only.jpg', 'image/jpeg', jpeg.subarray(0, 40)],
      ['garbage.png', 'image/png', Buffer.concat([png.subarray(0, 8), Buffer.alloc(500, 0x5a)])],
      ['truncated.png', 'image/png', png.subarray(0, png.length - 20)],
      ['not-an-image.png', 'image/png', Buffer.from('这不是图片')],
    ];
    for (const [name, mime, data] of broken) {
      const input: DossierInput = { ...base, parts: [{ part: 'idProof', label: '当事人身份证明', docs: [], scans: [{ name: 'ok.png', mime: 'image/png', data: png }, { name, mime, data }] }] };
      const error = await renderDossierPdf(input, fonts).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'VALIDATION_FAILED', message: `“当事人身份证明”的扫描件“${name}”不是可读的图片，无法并入整卷；请重新上传该扫描件` });
    }
  });

  it('the 目录 page numbers equal the real start pages for any mix of forms and scans', async () => {
    const pdfScans = new Map<number, Buffer>();
    for (const n of [1, 2, 3]) pdfScans.set(n, await scanPdf(`S${n}`, n));
    const partArb = fc.oneof(
      fc.record({ kind: fc.constant('docs' as const), docs: fc.array(fc.integer({ min: 1, max: 14 }), { minLength: 1, maxLength: 3 }) }),
      fc.record({ kind: fc.constant('images' as const), count: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ kind: fc.constant('pdf' as const), pages: fc.integer({ min: 1, max: 3 }) }),
    );
    // Covers of one to three pages (long 卷名, many 备注 lines) and 封底 of one to three pages.
    const frontArb = fc
      .record({ name: fc.constantFrom(11, 90, 400), notes: fc.integer({ min: 0, max: 60 }), back: fc.integer({ min: 0, max: 70 }) })
      .map(({ name, notes, back }) => ({
        cover: specimen.specimenCoverWith('相邻关系纠纷'.repeat(Math.ceil(name / 6)).slice(0, name), Array.from({ length: notes }, (_, i) => `第${i + 1}条备注。`).join('\n')),
        backCover: specimen.specimenBackCoverWith(Array.from({ length: back }, (_, i) => `说明第${i + 1}行。`)),
      }));
    await fc.assert(
      fc.asyncProperty(fc.array(partArb, { minLength: 1, maxLength: 6 }), frontArb, async (spec, front) => {
        const parts: DossierPartInput[] = spec.map((s, k) => {
          const scans: DossierScan[] =
            s.kind === 'images' ? Array.from({ length: s.count }, (_, i) => ({ name: `i${i}`, mime: i % 2 ? 'image/jpeg' : 'image/png', data: i % 2 ? jpeg : png }))
            : s.kind === 'pdf' ? [{ name: `S${s.pages}`, mime: 'application/pdf', data: pdfScans.get(s.pages)! }]
            : [];
          return { part: `p${k}`, label: `第${k + 1}件文书`, docs: s.kind === 'docs' ? s.docs.map((n, i) => form(`文书${k + 1}之${i + 1}`, n)) : [], scans };
        });
        const input: DossierInput = { ...base, ...front, parts };
        const out = await renderDossierPdf(input, fonts);
        await checkDossier(save(out.pdf), out, input, fonts);
      }),
      { numRuns: 10, seed: 20261127 },
    );
  }, 240_000);
});
